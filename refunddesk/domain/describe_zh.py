"""The merchant's rule summary in Simplified Chinese: the same facts as the English describe()."""

from __future__ import annotations

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.describe_words import caps_text, duration, left_out, paid_phrase, pct
from refunddesk.domain.rules import Mode, OverCap, RefundScope, Rule, RuleAction

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


def describe_zh(rule: Rule) -> str:
    """describe() in Chinese: "当买家取消已付款订单时，退还全部款项（含运费）。"."""
    c = rule.conditions
    amount = total_modifier(c)
    grace = f"再加 {duration(rule.grace, 'zh_CN')}宽限期后" if rule.grace else ""
    handling = duration(rule.handling_time, "zh_CN")
    # Returns name their order only when its total matters: "当退货送回给您时".
    of_order = f"{amount}订单的" if amount else ""
    for_order = f"为{amount}订单" if amount else ""
    when = {
        Trigger.BUYER_CANCELLED: f"当买家取消{amount}已付款订单时",
        Trigger.NOT_SENT_IN_TIME: f"当{amount}已付款订单超过发货截止时间（或付款后 {handling}）"
        f"{grace}仍未发货时",
        Trigger.RETURN_DELIVERED: f"当{of_order}退货送回给您时",
        Trigger.RETURN_DECLARED: f"当买家{for_order}申请退货时",
    }[rule.trigger]
    conditions = _condition_clauses(c)
    if conditions:
        head = "，".join(conditions[:-1])
        joined = f"{head}，且{conditions[-1]}" if head else conditions[-1]
        when += f"，如果{joined}，则"
    else:
        when += "，"
    sentences = [f"{when}{_what(rule.action)}{left_out(rule.action, 'zh_CN')}。", *_extras(rule)]
    return "".join(sentences)


def total_modifier(c: Conditions) -> str:
    """The order-total condition as a modifier before "订单"; "" when there is none."""
    low, high = c.total_at_least, c.total_under
    if low is not None and high is not None:
        return f"金额不低于 {low} 且低于 {high} 的"
    if high is not None:
        return f"金额低于 {high} 的"
    return f"金额不低于 {low} 的" if low is not None else ""


def _condition_clauses(c: Conditions) -> list[str]:
    out: list[str] = [paid] if (paid := paid_phrase(c, "zh_CN")) else []
    if c.payment_types:
        kinds = [PAYMENTS.get(p, p) for p in sorted(c.payment_types)]
        out.append(_spaced("付款方式为", *_or(kinds)))
    if c.products.is_set:
        out.append(_products(c.products))
    if c.max_days_since_purchase is not None:
        out.append(f"距购买不超过 {c.max_days_since_purchase} 天")
    if c.min_days_since_purchase is not None:
        out.append(f"距购买至少 {c.min_days_since_purchase} 天")
    if c.return_reasons:
        names = "或".join(f"“{RETURN_REASONS.get(r, r)}”" for r in sorted(c.return_reasons))
        out.append(f"退货原因为{names}")
    if c.min_buyer_orders is not None and c.min_buyer_orders > 1:
        out.append(f"买家至少有 {c.min_buyer_orders} 个订单")
    if c.blocked_logins:
        out.append(f"买家不在黑名单上（共 {len(c.blocked_logins)} 人）")
    if c.marketplaces:
        out.append(_spaced("站点为", *_or(sorted(c.marketplaces))))
    return out


def _products(products: ProductFilter) -> str:
    names = [f"商品组“{g}”中" for g in products.groups]
    names += [_spaced("编号为", o) for o in sorted(products.offer_ids)]
    names += [_spaced("SKU", "为", s) for s in sorted(products.skus)]
    names += [f"名称包含“{t}”" for t in products.name_contains]
    which = "仅涉及" if products.match_all else "至少涉及一件"
    return _spaced(which, *_or(names), "的商品")


def _what(action: RuleAction) -> str:
    share = "" if action.percent == 100 else f"的 {pct(action.percent)}%"
    if action.scope is RefundScope.RETURNED_ITEMS:
        base = "退回商品及运费金额" if action.include_delivery else "退回商品金额"
        text = f"退还{base}{share}"
    else:
        delivery = "（含运费）" if action.include_delivery else "（不含运费）"
        text = f"退还全部款项{share}{delivery}"
    if action.deduction is not None and not action.deduction.is_zero():
        label = action.deduction_label.strip()
        text += f"，并扣除 {action.deduction}" + (f"（{label}）" if label else "")
    return text


def _extras(rule: Rule) -> list[str]:
    action = rule.action
    out: list[str] = []
    if rule.caps:
        caps = caps_text(rule.caps, "zh_CN")
        if rule.over_cap is OverCap.HOLD:
            out.append(f"超过 {caps} 的退款需等待您的批准。")
        else:
            out.append(f"每单退款上限为 {caps}。")
        out.append("其他币种的订单需等待您的批准。")
    if action.require_review:
        out.append("每笔退款都需等待您的批准。")
    if rule.delay:
        out.append(f"退款会先等待 {duration(rule.delay, 'zh_CN')}，在此期间您可以取消这笔退款。")
    if action.notify_buyer:
        name = NOTICE_TEMPLATES.get(action.notice_template, action.notice_template)
        out.append(f"买家会收到消息“{name}”。")
    if action.mark_cancelled:
        out.append("订单会被标记为已取消。")
    if action.claim_commission:
        out.append("退款完成后会申请退还佣金。")
    if rule.mode is Mode.SHADOW:
        out.append("影子模式：只记录将会执行的操作。")
    if not rule.enabled:
        out.append("此规则已关闭。")
    return out


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
