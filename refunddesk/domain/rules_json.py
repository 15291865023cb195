"""Export and import a rule list as JSON ({"schema": 1, "rules": [...]}), exactly and strictly."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.money import Money, MoneyError
from refunddesk.domain.rules import Mode, OverCap, RefundScope, Rule, RuleAction, validate

SCHEMA = 1

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class RulesFileError(ValueError):
    """A rules file that cannot be imported; the message says where and what is wrong."""


# -- export ---------------------------------------------------------------------------------


def export_rules(rules: Sequence[Rule]) -> str:
    """The rules, in their order, as JSON text (money as Allegro-style decimal strings)."""
    doc = {"schema": SCHEMA, "rules": [_rule_to_json(r) for r in rules]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _money(m: Money | None) -> dict[str, str] | None:
    return None if m is None else m.to_allegro()


def _seconds(span: timedelta) -> int:
    return span // timedelta(seconds=1)


def _rule_to_json(rule: Rule) -> dict[str, Any]:
    c, a = rule.conditions, rule.action
    return {
        "id": rule.id,
        "version": rule.version,
        "name": rule.name,
        "trigger": rule.trigger.value,
        "enabled": rule.enabled,
        "mode": rule.mode.value,
        "cap": _money(rule.cap),
        "over_cap": rule.over_cap.value,
        "delay_seconds": _seconds(rule.delay),
        "handling_time_seconds": _seconds(rule.handling_time),
        "grace_seconds": _seconds(rule.grace),
        "conditions": {
            "total_at_least": _money(c.total_at_least),
            "total_under": _money(c.total_under),
            "products": {
                "offer_ids": sorted(c.products.offer_ids),
                "skus": sorted(c.products.skus),
                "name_contains": list(c.products.name_contains),
                "groups": list(c.products.groups),
                "match_all": c.products.match_all,
            },
            "payment_types": sorted(c.payment_types),
            "min_days_since_purchase": c.min_days_since_purchase,
            "max_days_since_purchase": c.max_days_since_purchase,
            "return_reasons": sorted(c.return_reasons),
            "min_buyer_orders": c.min_buyer_orders,
            "blocked_logins": sorted(c.blocked_logins),
            "marketplaces": sorted(c.marketplaces),
        },
        "action": {
            "scope": a.scope.value,
            "percent": str(a.percent),
            "deduction": _money(a.deduction),
            "deduction_label": a.deduction_label,
            "include_delivery": a.include_delivery,
            "reason": a.reason,
            "seller_comment": a.seller_comment,
            "notify_buyer": a.notify_buyer,
            "notice_template": a.notice_template,
            "mark_cancelled": a.mark_cancelled,
            "claim_commission": a.claim_commission,
            "require_review": a.require_review,
        },
    }


# -- import ---------------------------------------------------------------------------------


def import_rules(text: str, *, check: bool = True) -> list[Rule]:
    """Parse an exported rules file. With ``check``, every rule must also pass ``validate``."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RulesFileError(
            f"This is not a rules file: not valid JSON ({exc.msg}, line {exc.lineno})."
        ) from exc
    if not isinstance(doc, dict) or "schema" not in doc:
        raise RulesFileError('This is not a rules file: it has no "schema" number.')
    if doc["schema"] != SCHEMA:
        raise RulesFileError(
            f"This rules file has schema {doc['schema']!r}; this version of RefundDesk reads "
            f"schema {SCHEMA}."
        )
    _Obj(doc, "file", {"schema", "rules"})
    raw_rules = doc.get("rules")
    if not isinstance(raw_rules, list):
        raise RulesFileError('file: "rules" must be a list.')
    rules = [
        _rule_from_json(_Obj(raw, f"rules[{i}]", _RULE_KEYS)) for i, raw in enumerate(raw_rules)
    ]
    if check:
        for i, rule in enumerate(rules):
            problems = validate(rule)
            if problems:
                listed = " ".join(p.message for p in problems)
                raise RulesFileError(f"rules[{i}] '{rule.name}': {listed}")
    return rules


_RULE_KEYS = frozenset(
    {
        "id",
        "version",
        "name",
        "trigger",
        "enabled",
        "mode",
        "cap",
        "over_cap",
        "delay_seconds",
        "handling_time_seconds",
        "grace_seconds",
        "conditions",
        "action",
    }
)
_CONDITION_KEYS = frozenset(
    {
        "total_at_least",
        "total_under",
        "products",
        "payment_types",
        "min_days_since_purchase",
        "max_days_since_purchase",
        "return_reasons",
        "min_buyer_orders",
        "blocked_logins",
        "marketplaces",
    }
)
_PRODUCT_KEYS = frozenset({"offer_ids", "skus", "name_contains", "groups", "match_all"})
_ACTION_KEYS = frozenset(
    {
        "scope",
        "percent",
        "deduction",
        "deduction_label",
        "include_delivery",
        "reason",
        "seller_comment",
        "notify_buyer",
        "notice_template",
        "mark_cancelled",
        "claim_commission",
        "require_review",
    }
)


class _Obj:
    """A JSON object being read, which knows where it is for error messages."""

    def __init__(self, raw: Any, where: str, allowed: frozenset[str] | set[str]) -> None:
        if not isinstance(raw, dict):
            raise RulesFileError(f"{where}: expected an object.")
        unknown = sorted(set(raw) - set(allowed))
        if unknown:
            raise RulesFileError(f"{where}: unknown field {', '.join(map(repr, unknown))}.")
        self.raw: dict[str, Any] = raw
        self.where = where

    def error(self, key: str, what: str) -> RulesFileError:
        return RulesFileError(f"{self.where}.{key}: {what}, got {self.raw.get(key)!r}.")

    def get(self, key: str, kind: type[T], default: T) -> T:
        value = self.raw.get(key, default)
        # bool is an int; a count of True is a mistake in the file.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.error(key, f"expected {_KIND_NAMES.get(kind, kind.__name__)}")
        return value

    def required_str(self, key: str) -> str:
        if key not in self.raw:
            raise RulesFileError(f"{self.where}: missing {key!r}.")
        return self.get(key, str, "")

    def optional_int(self, key: str) -> int | None:
        value = self.raw.get(key)
        if value is None:
            return None
        return self.get(key, int, 0)

    def enum(self, key: str, kind: type[E], default: E | None) -> E:
        """An enum value; with no default the field is required."""
        if key not in self.raw and default is None:
            raise RulesFileError(f"{self.where}: missing {key!r}.")
        value = self.raw.get(key, default.value if default is not None else None)
        try:
            return kind(str(value))
        except ValueError:
            allowed = ", ".join(m.value for m in kind)
            raise self.error(key, f"expected one of {allowed}") from None

    def money(self, key: str) -> Money | None:
        value = self.raw.get(key)
        if value is None:
            return None
        try:
            return Money.from_allegro(value, allow_negative=True)
        except MoneyError as exc:
            raise self.error(
                key, f'expected {{"amount": "12.34", "currency": "PLN"}} ({exc})'
            ) from None

    def strings(self, key: str) -> list[str]:
        value = self.get(key, list, [])
        if not all(isinstance(v, str) for v in value):
            raise self.error(key, "expected a list of strings")
        return value

    def seconds(self, key: str, default: timedelta) -> timedelta:
        return timedelta(seconds=self.get(key, int, _seconds(default)))

    def obj(self, key: str, allowed: frozenset[str]) -> _Obj:
        return _Obj(self.raw.get(key, {}), f"{self.where}.{key}", allowed)

    def decimal(self, key: str, default: Decimal) -> Decimal:
        text = self.get(key, str, str(default))
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise self.error(key, "expected a decimal number as a string") from None
        if not value.is_finite():
            raise self.error(key, "expected a finite number")
        return value


_KIND_NAMES: dict[type, str] = {
    str: "text",
    int: "a whole number",
    bool: "true or false",
    list: "a list",
}


def _rule_from_json(o: _Obj) -> Rule:
    defaults = Rule(id="", name="", trigger=Trigger.BUYER_CANCELLED)
    return Rule(
        id=o.required_str("id"),
        name=o.required_str("name"),
        trigger=o.enum("trigger", Trigger, None),
        version=o.get("version", int, 1),
        enabled=o.get("enabled", bool, True),
        mode=o.enum("mode", Mode, Mode.SHADOW),
        cap=o.money("cap"),
        over_cap=o.enum("over_cap", OverCap, OverCap.HOLD),
        delay=o.seconds("delay_seconds", defaults.delay),
        handling_time=o.seconds("handling_time_seconds", defaults.handling_time),
        grace=o.seconds("grace_seconds", defaults.grace),
        conditions=_conditions(o.obj("conditions", _CONDITION_KEYS)),
        action=_action(o.obj("action", _ACTION_KEYS)),
    )


def _conditions(o: _Obj) -> Conditions:
    p = o.obj("products", _PRODUCT_KEYS)
    return Conditions(
        total_at_least=o.money("total_at_least"),
        total_under=o.money("total_under"),
        products=ProductFilter(
            offer_ids=frozenset(p.strings("offer_ids")),
            skus=frozenset(p.strings("skus")),
            name_contains=tuple(p.strings("name_contains")),
            groups=tuple(p.strings("groups")),
            match_all=p.get("match_all", bool, True),
        ),
        payment_types=frozenset(o.strings("payment_types")),
        min_days_since_purchase=o.optional_int("min_days_since_purchase"),
        max_days_since_purchase=o.optional_int("max_days_since_purchase"),
        return_reasons=frozenset(o.strings("return_reasons")),
        min_buyer_orders=o.optional_int("min_buyer_orders"),
        blocked_logins=frozenset(o.strings("blocked_logins")),
        marketplaces=frozenset(o.strings("marketplaces")),
    )


def _action(o: _Obj) -> RuleAction:
    reason = o.raw.get("reason")
    if reason is not None and not isinstance(reason, str):
        raise o.error("reason", "expected text or null")
    return RuleAction(
        scope=o.enum("scope", RefundScope, RefundScope.EVERYTHING),
        percent=o.decimal("percent", Decimal(100)),
        deduction=o.money("deduction"),
        deduction_label=o.get("deduction_label", str, ""),
        include_delivery=o.get("include_delivery", bool, True),
        reason=reason,
        seller_comment=o.get("seller_comment", str, ""),
        notify_buyer=o.get("notify_buyer", bool, False),
        notice_template=o.get("notice_template", str, ""),
        mark_cancelled=o.get("mark_cancelled", bool, False),
        claim_commission=o.get("claim_commission", bool, False),
        require_review=o.get("require_review", bool, False),
    )


# -- one rule, for the database (a rule version's definition) --------------------------------


def rule_to_json(rule: Rule) -> dict[str, Any]:
    """One rule as the JSON object of the file format."""
    return _rule_to_json(rule)


def rule_from_json(raw: Any, where: str = "rule") -> Rule:
    """One rule from the JSON object of the file format (not validated)."""
    return _rule_from_json(_Obj(raw, where, _RULE_KEYS))
