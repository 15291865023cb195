"""Export and import a rule list as JSON ({"schema": 1, "rules": [...]}), exactly and strictly.

A file may also carry settings that belong with the rules ({"settings": {"backlog": "ask"}}):
what happens to the cases found when a shop is connected.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, NamedTuple, TypeVar

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.messages import Message, Said, msg
from refunddesk.domain.money import Money, MoneyError
from refunddesk.domain.rules import (
    SPAN_MAX,
    Mode,
    OverCap,
    RefundScope,
    Rule,
    RuleAction,
    validate,
)
from refunddesk.domain.rules_file import (
    MAX_DIGITS,
    MAX_RULES,
    THE_FILE,
    FileProblem,
    RulesFileError,
    load_document,
)

SCHEMA = 1
_NUMBER_TEXT_MAX = 24  # "1000000000.00" and "12.5" fit; a 400-digit amount does not

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")

# What happens to the cases found when a shop is connected (services.shops uses the same list).
BACKLOG_CHOICES = ("ask", "apply", "ignore")

__all__ = [
    "BACKLOG_CHOICES",
    "FileProblem",
    "RulesFile",
    "RulesFileError",
    "export_rules",
    "import_rules",
    "import_rules_file",
]


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
        "id": rule.uid,
        "version": rule.version,
        "name": rule.name,
        "trigger": rule.trigger.value,
        "enabled": rule.enabled,
        "mode": rule.mode.value,
        "caps": [cap.to_allegro() for cap in rule.caps],
        "over_cap": rule.over_cap.value,
        "delay_seconds": _seconds(rule.delay),
        "handling_time_seconds": _seconds(rule.handling_time),
        "grace_seconds": _seconds(rule.grace),
        "conditions": {
            "total_at_least": _money(c.total_at_least),
            "total_under": _money(c.total_under),
            "paid_at_least": _money(c.paid_at_least),
            "paid_under": _money(c.paid_under),
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
            "include_surcharges": a.include_surcharges,
            "include_additional_services": a.include_additional_services,
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


class RulesFile(NamedTuple):
    rules: list[Rule]
    settings: dict[str, str]  # only the settings the file names, e.g. {"backlog": "apply"}


def import_rules(
    data: str | bytes, *, check: bool = True, templates: Collection[str] | None = None
) -> list[Rule]:
    """A rules file's rules (see import_rules_file)."""
    return import_rules_file(data, check=check, templates=templates).rules


def import_rules_file(
    data: str | bytes, *, check: bool = True, templates: Collection[str] | None = None
) -> RulesFile:
    """Parse a rules file; every problem in it is reported at once, by rule and field.

    With ``check``, every rule must also pass ``validate`` and the ids must be unique; with
    ``templates`` (the template names this install has) a buyer notice must name one of them.
    Raises RulesFileError.
    """
    doc = load_document(data)
    problems: list[FileProblem] = []
    if not isinstance(doc, dict) or "schema" not in doc:
        raise RulesFileError.of_file(msg("rules_file.no_schema"))
    if doc["schema"] != SCHEMA:
        raise RulesFileError.one(
            THE_FILE,
            "schema",
            msg("rules_file.other_schema", schema=_shown(doc["schema"]), ours=SCHEMA),
        )
    _Obj(doc, THE_FILE, "", {"schema", "rules", "settings"}, problems)
    settings = _settings(doc, problems)
    raw_rules = doc.get("rules")
    if not isinstance(raw_rules, list):
        missing = FileProblem(THE_FILE, "rules", msg("rules_file.rules_not_list"))
        raise RulesFileError([*problems, missing])
    if len(raw_rules) > MAX_RULES:
        raise RulesFileError.one(
            THE_FILE, "rules", msg("rules_file.too_many_rules", limit=MAX_RULES, n=len(raw_rules))
        )
    rules: list[Rule] = []
    for i, raw in enumerate(raw_rules):
        label = _label(i, raw)
        before = len(problems)
        rule = _rule_from_json(_Obj(raw, label, "", _RULE_KEYS, problems))
        if check and len(problems) == before and rule is not None:
            problems += [FileProblem(label, p.field, p.said) for p in validate(rule)]
            problems += _template_problems(label, rule, templates)
        if rule is not None:
            rules.append(rule)
    if check:
        problems += _duplicate_ids(raw_rules, rules)
    if problems:
        raise RulesFileError(problems)
    return RulesFile(rules, settings)


def _settings(doc: dict[str, Any], problems: list[FileProblem]) -> dict[str, str]:
    if "settings" not in doc:
        return {}
    o = _Obj(doc["settings"], THE_FILE, "settings", {"backlog"}, problems)
    found: dict[str, str] = {}
    if "backlog" in o.raw:
        backlog = o.raw["backlog"]
        if backlog in BACKLOG_CHOICES:
            found["backlog"] = backlog
        else:
            o.bad("backlog", msg("rules_file.expected_one_of", choices=", ".join(BACKLOG_CHOICES)))
    return found


def _label(index: int, raw: Any) -> Message:
    """How a rule is named in messages: its position as the merchant counts, and its name."""
    name = raw.get("name") if isinstance(raw, dict) else None
    if isinstance(name, str) and name.strip():
        shown = name.strip() if len(name) <= 60 else name.strip()[:57] + "…"
        return msg("rules_file.rule_named", number=index + 1, name=shown)
    return msg("rules_file.rule", number=index + 1)


def _template_problems(
    label: Message, rule: Rule, templates: Collection[str] | None
) -> list[FileProblem]:
    name = rule.action.notice_template
    if templates is None or not name or name in templates:
        return []
    known: Said = ", ".join(sorted(templates)) or msg("rules_file.no_templates")
    said = msg("rules_file.no_such_template", name=_quoted(name[:64]), known=known)
    return [FileProblem(label, "action.notice_template", said)]


def _duplicate_ids(raw_rules: list[Any], rules: list[Rule]) -> list[FileProblem]:
    seen: dict[str, int] = {}
    problems: list[FileProblem] = []
    for i, rule in enumerate(rules):
        if not rule.uid:
            continue
        if rule.uid in seen:
            problems.append(
                FileProblem(
                    _label(i, raw_rules[i] if i < len(raw_rules) else None),
                    "id",
                    msg("rules_file.duplicate_id", id=_quoted(rule.uid), other=seen[rule.uid] + 1),
                )
            )
        else:
            seen[rule.uid] = i
    return problems


_RULE_KEYS = frozenset(
    {
        "id",
        "version",
        "name",
        "trigger",
        "enabled",
        "mode",
        "cap",  # files and stored versions from before caps per currency
        "caps",
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
        "paid_at_least",
        "paid_under",
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
        "include_surcharges",
        "include_additional_services",
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
    """A JSON object being read; a bad field is noted (rule, field, what) and a default used."""

    def __init__(
        self,
        raw: Any,
        label: Said,
        path: str,
        allowed: frozenset[str] | set[str],
        problems: list[FileProblem],
    ) -> None:
        self.label, self.path, self.problems = label, path, problems
        self.ok = isinstance(raw, dict)
        self.raw: dict[str, Any] = raw if isinstance(raw, dict) else {}
        if not self.ok:
            self.add("", msg("rules_file.got", expected=_EXPECTED[dict], got=_shown(raw)))
            return
        unknown = sorted(str(k)[:40] for k in set(self.raw) - set(allowed))
        if unknown:
            fields = ", ".join(map(_quoted, unknown))
            self.add("", msg("rules_file.unknown_field", fields=fields))

    def field(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path and key else self.path or key

    def add(self, key: str, said: Message) -> None:
        self.problems.append(FileProblem(self.label, self.field(key), said))

    def bad(self, key: str, expected: Message) -> None:
        self.add(key, msg("rules_file.got", expected=expected, got=_shown(self.raw.get(key))))

    def get(self, key: str, kind: type[T], default: T) -> T:
        value = self.raw.get(key, default)
        # bool is an int; a count of True is a mistake in the file.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.bad(key, _EXPECTED[kind])
            return default
        return value

    def required_str(self, key: str) -> str:
        if key not in self.raw:
            self.add(key, msg("rules_file.missing", key=_quoted(key)))
            return ""
        return self.get(key, str, "")

    def optional_int(self, key: str) -> int | None:
        if self.raw.get(key) is None:
            return None
        value = self.get(key, int, -1)
        return value if self.raw.get(key) is value else None

    def enum(self, key: str, kind: type[E], default: E | None) -> E | None:
        """An enum value; with no default the field is required (None: noted as a problem)."""
        if key not in self.raw and default is None:
            self.add(key, msg("rules_file.missing", key=_quoted(key)))
            return None
        value = self.raw.get(key, default.value if default is not None else None)
        if isinstance(value, str) and value in {m.value for m in kind}:
            return kind(value)
        allowed = ", ".join(m.value for m in kind)
        self.bad(key, msg("rules_file.expected_one_of", choices=allowed))
        return default

    def money(self, key: str, value: Any = None, where: str | None = None) -> Money | None:
        value = self.raw.get(key) if where is None else value
        if value is None:
            return None
        amount = value.get("amount") if isinstance(value, dict) else None
        if isinstance(amount, str) and len(amount) > _NUMBER_TEXT_MAX:
            self.add(where or key, msg("rules_file.amount_too_long", n=len(amount)))
            return None
        try:
            return Money.from_allegro(value, allow_negative=True)
        except MoneyError as exc:
            # The money check's own words say what is wrong with it (a detail, in English).
            expected = msg("rules_file.expected_money", why=str(exc))
            self.add(where or key, msg("rules_file.got", expected=expected, got=_shown(value)))
            return None

    def caps(self) -> tuple[Money, ...]:
        if "cap" in self.raw and "caps" in self.raw:
            self.add("caps", msg("rules_file.cap_and_caps"))
        if "cap" in self.raw:
            cap = self.money("cap")
            return (cap,) if cap is not None else ()
        raw = self.get("caps", list, [])
        found = [self.money("caps", v, f"caps[{i}]") for i, v in enumerate(raw)]
        return tuple(m for m in found if m is not None)

    def strings(self, key: str) -> list[str]:
        value = self.get(key, list, [])
        if not all(isinstance(v, str) for v in value):
            self.bad(key, msg("rules_file.expected_strings"))
            return []
        return value

    def seconds(self, key: str, default: timedelta) -> timedelta:
        value = self.get(key, int, _seconds(default))
        limit = _seconds(SPAN_MAX)
        if abs(value) > limit:
            # timedelta overflows long before an int does; validate() gives the plain limit.
            most = msg("rules_file.at_most_seconds", limit=limit, days=SPAN_MAX.days)
            self.add(key, msg("rules_file.got", expected=most, got=_shown(value)))
            return default
        return timedelta(seconds=value)

    def obj(self, key: str, allowed: frozenset[str]) -> _Obj:
        return _Obj(self.raw.get(key, {}), self.label, self.field(key), allowed, self.problems)

    def decimal(self, key: str, default: Decimal) -> Decimal:
        text = self.get(key, str, str(default))
        if len(text) > _NUMBER_TEXT_MAX:
            self.add(key, msg("rules_file.percent_too_long", n=len(text)))
            return default
        try:
            value = Decimal(text)
        except InvalidOperation:
            self.bad(key, msg("rules_file.expected_decimal"))
            return default
        if not value.is_finite():
            self.bad(key, msg("rules_file.expected_finite"))
            return default
        return value


def _shown(value: Any) -> Said:
    """A value as the message shows it (as the file has it): never the whole of a huge one."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**MAX_DIGITS:
        return msg("rules_file.long_number", n=len(str(abs(value))))
    # As JSON, the file's own notation (null, true, "text"), not Python's (None, True, 'text').
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 80 else text[:77] + "…"


def _quoted(text: str) -> str:
    """A name from the file (a field, an id) as JSON writes it: "name"."""
    return json.dumps(text, ensure_ascii=False)


_EXPECTED: dict[type, Message] = {
    dict: msg("rules_file.expected_object"),
    str: msg("rules_file.expected_text"),
    int: msg("rules_file.expected_whole_number"),
    bool: msg("rules_file.expected_true_or_false"),
    list: msg("rules_file.expected_list"),
}


def _rule_from_json(o: _Obj) -> Rule | None:
    if not o.ok:
        return None
    defaults = Rule(id="", name="", trigger=Trigger.BUYER_CANCELLED)
    uid = o.get("id", str, "")
    trigger = o.enum("trigger", Trigger, None)
    rule = Rule(
        id="",
        uid=uid,
        name=o.required_str("name"),
        trigger=trigger or Trigger.BUYER_CANCELLED,
        version=o.get("version", int, 1),
        enabled=o.get("enabled", bool, True),
        mode=o.enum("mode", Mode, Mode.SHADOW) or Mode.SHADOW,
        caps=o.caps(),
        over_cap=o.enum("over_cap", OverCap, OverCap.HOLD) or OverCap.HOLD,
        delay=o.seconds("delay_seconds", defaults.delay),
        handling_time=o.seconds("handling_time_seconds", defaults.handling_time),
        grace=o.seconds("grace_seconds", defaults.grace),
        conditions=_conditions(o.obj("conditions", _CONDITION_KEYS)),
        action=_action(o.obj("action", _ACTION_KEYS)),
    )
    return rule if trigger is not None else None


def _conditions(o: _Obj) -> Conditions:
    p = o.obj("products", _PRODUCT_KEYS)
    return Conditions(
        total_at_least=o.money("total_at_least"),
        total_under=o.money("total_under"),
        paid_at_least=o.money("paid_at_least"),
        paid_under=o.money("paid_under"),
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
        o.bad("reason", msg("rules_file.expected_text_or_null"))
        reason = None
    return RuleAction(
        scope=o.enum("scope", RefundScope, RefundScope.EVERYTHING) or RefundScope.EVERYTHING,
        percent=o.decimal("percent", Decimal(100)),
        deduction=o.money("deduction"),
        deduction_label=o.get("deduction_label", str, ""),
        include_delivery=o.get("include_delivery", bool, True),
        include_surcharges=o.get("include_surcharges", bool, True),
        include_additional_services=o.get("include_additional_services", bool, True),
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


def rule_from_json(raw: Any, where: Said | None = None) -> Rule:
    """One rule from the JSON object of the file format (not validated). Raises RulesFileError."""
    problems: list[FileProblem] = []
    label = where if where is not None else msg("rules_file.a_rule")
    rule = _rule_from_json(_Obj(raw, label, "", _RULE_KEYS, problems))
    if problems or rule is None:
        missing = msg("rules_file.missing", key=_quoted("trigger"))
        raise RulesFileError(problems or [FileProblem(label, "trigger", missing)])
    return rule
