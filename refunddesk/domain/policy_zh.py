"""One rule as a sentence of the buyer-facing refund policy in Simplified Chinese."""

from __future__ import annotations

from refunddesk.domain.cases import RETURN_TRIGGERS, Trigger
from refunddesk.domain.conditions import Conditions
from refunddesk.domain.describe_parts import order_total
from refunddesk.domain.describe_words import caps_text, duration, money, pct
from refunddesk.domain.describe_zh import PAYMENTS, total_modifier
from refunddesk.domain.rules import RefundScope, Rule


def policy_zh(rule: Rule) -> str:
    """The same promise as the English sentence: "如果您取消…，我们将自动退还…。"."""
    c, a = rule.conditions, rule.action
    total = total_modifier(order_total(c))
    scope = _scope(c)
    if total and rule.trigger in RETURN_TRIGGERS:
        scope.insert(0, f"{total}订单")
        total = ""
    q = f"（{'，'.join(scope)}）" if scope else ""
    share = "" if a.percent == 100 else f"的 {pct(a.percent)}%"
    if a.scope is RefundScope.RETURNED_ITEMS:
        base = "退回商品及运费金额" if a.include_delivery else "退回商品金额"
        what = f"{base}{share}"
    else:
        what = f"全部订单金额{share}" + ("（含运费）" if a.include_delivery else "（不含运费）")
    if a.deduction is not None and not a.deduction.is_zero():
        label = a.deduction_label.strip()
        what += f"，并扣除 {money(a.deduction, 'zh_CN')}" + (f"（{label}）" if label else "")
    when = f"，在 {duration(rule.delay, 'zh_CN')}内完成" if rule.delay else ""
    cap = f"；自动退款上限为 {caps_text(rule.caps, 'zh_CN')}，超出部分单独处理" if rule.caps else ""
    head = {
        Trigger.BUYER_CANCELLED: f"如果您取消{total}已付款订单{q}，我们将自动退还",
        Trigger.NOT_SENT_IN_TIME: f"如果我们未在发货截止时间前发出您{total}的订单{q}，"
        "我们将自动退还",
        Trigger.RETURN_DELIVERED: f"您的退货送达我们后{q}，我们将自动退还",
        Trigger.RETURN_DECLARED: f"您申请退货后{q}，我们无需等待包裹寄回，即自动退还",
    }[rule.trigger]
    if a.require_review:  # held for the merchant: no automatic promise
        return f"{head.partition('，我们')[0]}，我们将单独处理退款。"
    return f"{head}{what}{when}{cap}。"


def _scope(c: Conditions) -> list[str]:
    out: list[str] = []
    if c.products.groups:
        out.append("商品组" + "或".join(f"“{g}”" for g in c.products.groups) + "中的商品")
    elif c.products.is_set:
        out.append("指定商品")
    if c.payment_types:
        out.append("付款方式为" + "或".join(PAYMENTS.get(p, p) for p in sorted(c.payment_types)))
    if c.max_days_since_purchase is not None:
        out.append(f"购买后 {c.max_days_since_purchase} 天内")
    return out
