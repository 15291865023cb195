"""Why a decision refunds nothing, in one message a merchant can act on.

A decision's trace says something about every rule; "Rule decided: no refund" needs the one
reason that matters: the order cannot be refunded yet, no rule is written for this trigger,
the rules for it are turned off, which rule's conditions were not met, or the rule that
matched found nothing left to refund (and whether it is only in shadow mode). It is read from
the trace alone, so a decision stored long ago gets its reason too.
"""

from __future__ import annotations

from collections.abc import Iterable

from refunddesk.domain.messages import Message, Said, msg

# A rule's condition misses named in the reason; more are counted, not listed.
MAX_NAMED = 3


def no_refund_reason(trace: Iterable[Said]) -> Message:
    """The reason a decision with this trace refunds nothing (``no_refund.*`` codes)."""
    lines = [line for line in trace if isinstance(line, Message)]
    codes = {line.code: line for line in lines}
    if "trace.backlog_left_to_you" in codes:
        return codes["trace.backlog_left_to_you"]
    if "trace.no_rule_applies" in codes:
        why = codes["trace.no_rule_applies"].values.get("why", "")
        return msg("no_refund.cannot_refund", why=why)
    matched = codes.get("trace.rule_matches")
    if matched is not None:
        rule = matched.values.get("rule", "")
        code = (
            "no_refund.shadow_nothing_left" if "trace.shadow" in codes else "no_refund.nothing_left"
        )
        return msg(code, rule=rule)
    return _why_no_rule_matched(lines)


def _why_no_rule_matched(lines: list[Message]) -> Message:
    skipped = [line for line in lines if line.code == "trace.rule_skipped"]
    whys = [(line, line.values.get("why")) for line in skipped]
    other_trigger = [s for s, why in whys if _code(why) == "skip.other_trigger"]
    turned_off = [s for s, why in whys if _code(why) == "skip.turned_off"]
    missed = [
        (s, why) for s, why in whys if _code(why) not in ("skip.other_trigger", "skip.turned_off")
    ]
    if missed:
        named = tuple(
            msg("no_refund.rule_missed", rule=line.values.get("rule", ""), why=why or "")
            for line, why in missed[:MAX_NAMED]
        )
        more = len(missed) - len(named)
        if more:
            return msg("no_refund.conditions_not_met_more", misses=named, n=more)
        return msg("no_refund.conditions_not_met", misses=named)
    if turned_off:
        return msg("no_refund.rules_turned_off", n=len(turned_off))
    if other_trigger:
        skip = other_trigger[0].values["why"]
        assert isinstance(skip, Message)
        return msg("no_refund.no_rule_for_trigger", trigger=skip.values.get("case", ""))
    return msg("no_refund.no_rules")


def _code(value: object) -> str:
    return value.code if isinstance(value, Message) else ""
