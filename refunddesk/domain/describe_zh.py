"""The rule summary's parts in Simplified Chinese: "当买家取消已付款订单时，退还全部款项…"."""

from __future__ import annotations

from refunddesk.domain import describe_parts as p
from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import ProductFilter
from refunddesk.domain.describe_words import caps_text, duration, money, pct

PAYMENTS = {
    "ONLINE": "在线支付",
    "ALLEGRO_PAY": "Allegro Pay",
    "CASH_ON_DELIVERY": "货到付款",
    "WIRE_TRANSFER": "银行转账",
    "SPLIT_PAYMENT": "拆分付款",
    "EXTENDED_TERM": "延期付款",
    "UNKNOWN": "未知方式",
}
# The editor's own labels for Allegro's return reasons, so the summary matches the form.
RETURN_REASONS = {
    "DONT_LIKE_IT": "不喜欢",
    "NOT_AS_DESCRIBED": "与描述不符",
    "NOT_AS_EXPECTED": "不符合预期",
    "DAMAGED": "已损坏",
    "TRANSPORT": "运输中损坏",
    "INCOMPLETE": "不完整",
    "DIFFERENT": "商品不同",
    "MISTAKE": "误购",
    "OVERDUE_DELIVERY": "送达太晚",
    "HIDDEN_FLAW": "隐藏缺陷",
    "OTHER_FLAW": "其他缺陷",
    "COUNTERFEIT": "假冒商品",
    "NOT_NEW": "非全新",
    "TOO_LARGE": "太大",
    "TOO_SMALL": "太小",
    "ORDERED_FOR_COMPARISON": "订购用于比较",
    "NONE": "未提供原因",
}
# Built-in message templates by the names the editor shows; a merchant's own id stays as is.
NOTICE_TEMPLATES = {
    "refund_cancelled": "取消后的退款",
    "refund_late": "无法发货订单的退款",
    "refund_return": "退货后的退款",
    "refund_generic": "退款（通用消息）",
}


def render_zh(parts: p.RuleParts) -> str:
    """The same parts as render_en(), in Chinese."""
    amount = total_modifier(parts.total)
    grace = f"再加 {duration(parts.grace, 'zh_CN')}宽限期后" if parts.grace else ""
    handling = duration(parts.handling_time, "zh_CN")
    # Returns name their order only when its total matters: "当退货送回给您时".
    of_order = f"{amount}订单的" if amount else ""
    for_order = f"为{amount}订单" if amount else ""
    when = {
        Trigger.BUYER_CANCELLED: f"当买家取消{amount}已付款订单时",
        Trigger.NOT_SENT_IN_TIME: f"当{amount}已付款订单超过发货截止时间（或付款后 {handling}）"
        f"{grace}仍未发货时",
        Trigger.RETURN_DELIVERED: f"当{of_order}退货送回给您时",
        Trigger.RETURN_DECLARED: f"当买家{for_order}申请退货时",
    }[parts.trigger]
    conditions = [_condition(c) for c in parts.conditions]
    if conditions:
        head = "，".join(conditions[:-1])
        joined = f"{head}，且{conditions[-1]}" if head else conditions[-1]
        when += f"，如果{joined}，则"
    else:
        when += "，"
    main = f"{when}{_what(parts.refund)}{_left_out(parts.refund)}。"
    return "".join([main, *(_extra(e) for e in parts.extras)])


def total_modifier(total: p.Range | None) -> str:
    """The order-total condition as a modifier before "订单"; "" when there is none."""
    if total is None:
        return ""
    return f"金额{_bounds(total)} 的"


def _bounds(r: p.Range) -> str:
    """ "不低于 PLN 10.00 且低于 PLN 50.00", "低于 PLN 50.00", "不低于 PLN 10.00"."""
    if r.low is not None and r.high is not None:
        return f"不低于 {money(r.low, 'zh_CN')} 且低于 {money(r.high, 'zh_CN')}"
    if r.high is not None:
        return f"低于 {money(r.high, 'zh_CN')}"
    assert r.low is not None
    return f"不低于 {money(r.low, 'zh_CN')}"


def _condition(c: p.Condition) -> str:
    match c:
        case p.PaidRange(r):
            return f"买家实付金额（含附加付款）{_bounds(r)}"
        case p.PaidBy(kinds):
            return _spaced("付款方式为", *_or([PAYMENTS.get(k, k) for k in kinds]))
        case p.Products(f):
            return _products(f)
        case p.WithinDays(days):
            return f"距购买不超过 {days} 天"
        case p.AfterDays(days):
            return f"距购买至少 {days} 天"
        case p.ReturnReasons(codes):
            names = "或".join(f"“{RETURN_REASONS.get(r, r)}”" for r in codes)
            return f"退货原因为{names}"
        case p.RepeatBuyers(n):
            return f"买家至少有 {n} 个订单"
        case p.NotBlocked(n):
            return f"买家不在黑名单上（共 {n} 人）"
        case p.Marketplaces(names):
            return _spaced("站点为", *_or(list(names)))
    raise AssertionError(c)


def _products(products: ProductFilter) -> str:
    names = [f"商品组“{g}”中" for g in products.groups]
    names += [_spaced("编号为", o) for o in sorted(products.offer_ids)]
    names += [_spaced("SKU", "为", s) for s in sorted(products.skus)]
    names += [f"名称包含“{t}”" for t in products.name_contains]
    which = "仅涉及" if products.match_all else "至少涉及一件"
    return _spaced(which, *_or(names), "的商品")


def _what(r: p.Refund) -> str:
    share = "" if r.whole else f"的 {pct(r.percent)}%"
    if r.returned_items:
        base = "退回商品及运费金额" if r.delivery else "退回商品金额"
        text = f"退还{base}{share}"
    else:
        delivery = "（含运费）" if r.delivery else "（不含运费）"
        text = f"退还全部款项{share}{delivery}"
    if r.deduction is not None:
        text += f"，并扣除 {money(r.deduction, 'zh_CN')}"
        text += f"（{r.deduction_label}）" if r.deduction_label else ""
    return text


def _left_out(r: p.Refund) -> str:
    out = "（不含附加付款）" if r.without_surcharges else ""
    return out + ("（不含附加服务）" if r.without_services else "")


_FLAGS = {
    p.OTHER_CURRENCY_HOLDS: "其他币种的订单需等待您的批准。",
    p.EVERY_REFUND_HELD: "每笔退款都需等待您的批准。",
    p.MARK_CANCELLED: "订单会被标记为已取消。",
    p.CLAIM_COMMISSION: "退款完成后会申请退还佣金。",
    p.SHADOW: "影子模式：只记录将会执行的操作。",
    p.TURNED_OFF: "此规则已关闭。",
}


def _extra(e: p.Extra) -> str:
    match e:
        case p.Caps(caps, hold_above):
            if hold_above:
                return f"超过 {caps_text(caps, 'zh_CN')} 的退款需等待您的批准。"
            return f"每单退款上限为 {caps_text(caps, 'zh_CN')}。"
        case p.Delay(span):
            return f"退款会先等待 {duration(span, 'zh_CN')}，在此期间您可以取消这笔退款。"
        case p.Notice(template):
            return f"买家会收到消息“{NOTICE_TEMPLATES.get(template, template)}”。"
        case p.Flag(name):
            return _FLAGS[name]
    raise AssertionError(e)


def _or(items: list[str]) -> list[str]:
    """Items as "A、B或C", as separate parts for _spaced() to space around Latin words."""
    out: list[str] = []
    for i, item in enumerate(items):
        if i:
            out.append("或" if i == len(items) - 1 else "、")
        out.append(item)
    return out


def _spaced(*parts: str) -> str:
    """Join parts, with a space only where a Chinese character meets a Latin letter or digit."""
    text = ""
    for part in parts:
        if text and part and _script(text[-1]) + _script(part[0]) in ("hl", "lh"):
            text += " "
        text += part
    return text


def _script(char: str) -> str:
    """ "h" for a Chinese character, "l" for a Latin letter or digit, "" for punctuation."""
    if "\u4e00" <= char <= "\u9fff":
        return "h"
    return "l" if char.isascii() and char.isalnum() else ""
