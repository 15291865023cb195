"""What the merchant does with rules (GUI and CLI): edit, order, arm, import, group, preview."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from refunddesk.domain.cases import RefundCase, Trigger
from refunddesk.domain.decisions import Outcome, evaluate
from refunddesk.domain.messages import msg
from refunddesk.domain.money import Money
from refunddesk.domain.returns import DELIVERED_RETURN_STATUSES
from refunddesk.domain.rule_book import RuleBook
from refunddesk.domain.rules import Mode, Rule
from refunddesk.domain.rules_file import MAX_FILE_BYTES, RulesFileError, too_big
from refunddesk.domain.rules_json import export_rules, import_rules, import_rules_file
from refunddesk.domain.starter_rules import renamed_starter, starter_rules
from refunddesk.infra.private_files import open_private
from refunddesk.notify.templates import list_templates
from refunddesk.services import shops as shop_service
from refunddesk.store import models as m
from refunddesk.store import orders_repo, rules_repo, sync_repo
from refunddesk.store.database import Database

# Re-exported so callers need one import for rule work.
InvalidRule = rules_repo.InvalidRule
PREVIEW_DAYS = 30
# Decisions that are neither money moved nor money on its way (or would-have, in shadow).
_PREVIEW_ID = "\x00preview"  # marks the rule under preview; no stored id looks like it


class RuleNotFound(LookupError):
    """The rule was deleted (perhaps from another window) before the action reached it."""


class ProductGroupError(ValueError):
    """A product group that cannot be saved as it is (empty or duplicate name)."""


# -- the rule list ---------------------------------------------------------------------------


def list_rules(db: Database) -> list[Rule]:
    return rules_repo.load_rules(db)


def save_rule(db: Database, rule: Rule, now: datetime) -> Rule:
    """Create or edit a rule; a changed rule gets a new version. Raises InvalidRule."""
    return rules_repo.save_rule(db, rule, now)


def _find(db: Database, rule_id: str) -> Rule:
    for rule in rules_repo.load_rules(db):
        if rule.id == rule_id:
            return rule
    raise RuleNotFound(f"there is no rule {rule_id}")


def duplicate_rule(db: Database, rule_id: str, name: str, now: datetime) -> Rule:
    """A copy placed right after the original, in shadow mode so it moves no money by surprise."""
    original = _find(db, rule_id)
    copy = rules_repo.save_rule(
        db, replace(original, id="", uid="", version=1, name=name, mode=Mode.SHADOW), now
    )
    order = [r.id for r in rules_repo.load_rules(db) if r.id != copy.id]
    order.insert(order.index(rule_id) + 1, copy.id)
    rules_repo.reorder(db, [int(i) for i in order])
    return copy


def delete_rule(db: Database, rule_id: str) -> None:
    rules_repo.delete_rule(db, int(rule_id))


def reorder_rules(db: Database, rule_ids: Sequence[str]) -> None:
    """The given order becomes the priority order (the first decides first)."""
    rules_repo.reorder(db, [int(i) for i in rule_ids])


def move_before(db: Database, rule_id: str, before_id: str) -> None:
    """Put a rule right above another one (the "move it up" of a pre-empted rule)."""
    order = [r.id for r in rules_repo.load_rules(db) if r.id != rule_id]
    if before_id not in order:
        raise RuleNotFound(f"there is no rule {before_id}")
    order.insert(order.index(before_id), rule_id)
    rules_repo.reorder(db, [int(i) for i in order])


def save_rule_before(db: Database, rule: Rule, before_id: str, now: datetime) -> Rule:
    """Save a new rule and place it right above ``before_id``. Raises InvalidRule."""
    saved = rules_repo.save_rule(db, rule, now)
    move_before(db, saved.id, before_id)
    return saved


def set_enabled(db: Database, rule_id: str, enabled: bool) -> None:
    rules_repo.set_enabled(db, int(rule_id), enabled)


def set_mode(db: Database, rule_id: str, mode: Mode, now: datetime) -> Rule:
    """Arm a rule or put it back in shadow: a new version, so decisions show their mode."""
    return rules_repo.save_rule(db, replace(_find(db, rule_id), mode=mode), now)


def add_starter_rules(
    db: Database, indexes: Sequence[int], now: datetime, names: Sequence[str] | None = None
) -> list[Rule]:
    """Add starter templates by position in ``starter_rules()``; ``names`` may translate them."""
    templates = starter_rules()
    saved: list[Rule] = []
    for i in indexes:
        rule = templates[i]
        if names is not None:
            rule = replace(rule, name=names[i])
        saved.append(rules_repo.save_rule(db, rule, now))
    return saved


def rename_starter_rules(
    db: Database, language: str, now: datetime, except_ids: Sequence[str] = ()
) -> list[Rule]:
    """Give starter rules still called by a default name (in any language) their name in
    ``language``; a name the merchant chose stays. Returns the renamed rules.

    ``except_ids``: rules not to touch now (one with unsaved edits in the editor).

    The name is the rule's own data, so this saves it (a new version, like any rename)
    rather than translating on screen: lists, exports and the CLI then agree.
    """
    renamed: list[Rule] = []
    for rule in rules_repo.load_rules(db):
        name = renamed_starter(rule.name, language)
        if name is not None and rule.id not in except_ids:
            renamed.append(rules_repo.save_rule(db, replace(rule, name=name), now))
    return renamed


def export_rules_to(db: Database, path: Path) -> int:
    """Write the rule list to a JSON file; returns how many rules were written."""
    rules = rules_repo.load_rules(db)
    # Like every export: readable by the merchant only (rules name products, limits, groups).
    with open_private(path, "w", encoding="utf-8") as out:
        out.write(export_rules(rules))
    return len(rules)


ImportMode = Literal["refuse", "replace", "merge"]


class RulesAlreadyExist(Exception):
    """The profile has rules and the import was told neither to replace nor to merge them."""

    def __init__(self, count: int) -> None:
        self.count = count
        super().__init__(
            f"This profile already has {count} rule{'s' if count != 1 else ''}; "
            "choose whether the file replaces them or is merged into them."
        )


def import_rules_from(
    db: Database,
    path: Path,
    now: datetime,
    *,
    mode: ImportMode = "refuse",
    keep_modes: bool = False,
) -> list[Rule]:
    """Import a rules file; returns the imported rules as saved.

    ``mode``: "refuse" raises RulesAlreadyExist when the profile has rules; "replace" makes the
    file the whole list (old rules stay in the history of their refunds); "merge" updates the
    rules whose id is in the file and adds the others after the existing ones. Imported rules
    arrive in shadow unless ``keep_modes``. Raises RulesFileError for a bad file.
    """
    rules, settings = import_rules_file(_read_bounded(path), templates=known_templates())
    if not keep_modes:
        rules = [replace(r, mode=Mode.SHADOW) for r in rules]
    existing = rules_repo.load_rules(db)
    if mode == "refuse" and existing:
        raise RulesAlreadyExist(len(existing))
    if mode == "replace" and existing and not rules:
        # Most likely the wrong file (or a half-written one): it would delete every rule.
        raise RulesFileError.of_file(msg("rules_file.empty_replace", n=len(existing)))
    if mode == "merge":
        # A rule the profile already has as the file says is left alone, mode and version
        # too: merging a profile's own export back used to make a new version of every rule
        # and switch the armed ones to shadow, while saying only "imported".
        mine = {r.uid: r for r in existing if r.uid}
        rules = [r for r in rules if not (r.uid in mine and _same_rule(mine[r.uid], r))]
    saved = rules_repo.import_rules(db, rules, now, replace_list=mode != "merge")
    if "backlog" in settings:  # a file that names the backlog choice sets it for every shop
        for shop in shop_service.list_shops(db):
            shop_service.set_backlog_mode(db, shop.id, settings["backlog"])
    return saved


def _same_rule(a: Rule, b: Rule) -> bool:
    """Whether two rules decide alike: what they say, not their number, version or mode."""
    plain = {"id": "", "version": 0, "mode": Mode.SHADOW}
    return replace(a, **plain) == replace(b, **plain)  # type: ignore[arg-type]


def armed_turned_to_shadow(before: Sequence[Rule], saved: Sequence[Rule]) -> list[str]:
    """The names of armed rules whose new, imported version is in shadow."""
    armed = {r.uid for r in before if r.uid and r.mode is Mode.ARMED and r.enabled}
    return [r.name for r in saved if r.uid in armed and r.mode is Mode.SHADOW]


def read_rules_file(path: Path) -> list[Rule]:
    """A rules file's rules, checked: bounded size, known templates, every problem at once.

    Raises RulesFileError (also for a file that cannot be read: it names the file's problem).
    """
    return import_rules(_read_bounded(path), templates=known_templates())


def _read_bounded(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)  # never read a huge file whole
    except OSError as exc:
        raise RulesFileError.of_file(
            msg("rules_file.unreadable", name=str(path), why=exc.strerror or str(exc))
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise too_big(path.stat().st_size)
    return data


def known_templates() -> set[str]:
    """The buyer notice templates this install has (built-in and the merchant's own)."""
    return {t.id for t in list_templates()}


# -- product groups --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProductGroupInfo:
    id: int
    name: str
    members: tuple[str, ...]  # offer ids and SKUs


def product_groups(db: Database) -> list[ProductGroupInfo]:
    with db.sessions() as s:
        rows = s.scalars(select(m.ProductGroup).order_by(m.ProductGroup.name))
        return [_group_info(g) for g in rows]


def _group_info(g: m.ProductGroup) -> ProductGroupInfo:
    return ProductGroupInfo(g.id, g.name, tuple(sorted(str(x) for x in (g.members or []))))


def save_product_group(
    db: Database,
    name: str,
    members: Sequence[str],
    now: datetime,
    group_id: int | None = None,
) -> ProductGroupInfo:
    """Create or change a group. Renaming one also renames it in the rules that use it."""
    name = name.strip()
    if not name:
        raise ProductGroupError("Give the group a name.")
    old_name: str | None = None
    try:
        with db.transaction() as s:
            row = s.get(m.ProductGroup, group_id) if group_id is not None else None
            if row is None:
                row = m.ProductGroup(name=name, members=[])
                s.add(row)
            else:
                old_name = row.name
            row.name = name
            row.members = sorted({x.strip() for x in members if x.strip()})
            s.flush()
            info = _group_info(row)
    except IntegrityError:
        raise ProductGroupError(f"There is already a group called {name!r}.") from None
    if old_name is not None and old_name != name:
        _rename_group_in_rules(db, old_name, name, now)
    return info


def _rename_group_in_rules(db: Database, old: str, new: str, now: datetime) -> None:
    for rule in rules_repo.load_rules(db):
        groups = rule.conditions.products.groups
        if old in groups:
            products = replace(
                rule.conditions.products, groups=tuple(new if g == old else g for g in groups)
            )
            conditions = replace(rule.conditions, products=products)
            rules_repo.save_rule(db, replace(rule, conditions=conditions), now)


def delete_product_group(db: Database, group_id: int) -> None:
    with db.transaction() as s:
        row = s.get(m.ProductGroup, group_id)
        if row is not None:
            s.delete(row)


def rules_using_group(db: Database, name: str) -> list[str]:
    """Names of the rules that refer to a group (shown before deleting it)."""
    return [r.name for r in rules_repo.load_rules(db) if name in r.conditions.products.groups]


# -- what rules did and would do ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ArmingPreview:
    """What a rule would have done over the last ``days`` of synced orders and returns."""

    days: int
    cases: int  # cases of the rule's trigger that were looked at
    refunds: int  # would have refunded (or waited for a pending refund, then refunded)
    refund_amounts: tuple[Money, ...]
    holds: int  # would have held for approval
    held_amounts: tuple[Money, ...]
    nothing_left: int = 0  # matched, but nothing was left to refund
    # Earlier rules that decided some of the cases first: (name, cases), most cases first.
    decided_earlier: tuple[tuple[str, int], ...] = ()


def arming_preview(
    db: Database, rules: Sequence[Rule], index: int, now: datetime, days: int = PREVIEW_DAYS
) -> ArmingPreview:
    """Evaluate ``rules`` (with ``rules[index]`` armed and on) over the last ``days`` of history.

    Only the cases this rule decides count: an earlier rule that matches first still wins,
    exactly as in the worker. Refunds already made are not known here, so each case is
    taken as fully refundable (what the rule *would* have done on the day).
    """
    target = replace(rules[index], id=_PREVIEW_ID, mode=Mode.ARMED, enabled=True)
    trial = [*rules[:index], target, *rules[index + 1 :]]
    cases = history_cases(db, target.trigger, now - timedelta(days=days), now)
    refunds = holds = nothing = 0
    refunded: dict[str, int] = {}
    held: dict[str, int] = {}
    earlier: dict[str, int] = {}
    book = RuleBook.of(trial)
    for case in cases:
        decision = evaluate(book, case, now, explain=False)
        if decision.rule is not None and decision.rule.id != _PREVIEW_ID:
            earlier[decision.rule.name] = earlier.get(decision.rule.name, 0) + 1
        if decision.rule is None or decision.rule.id != _PREVIEW_ID:
            continue
        plan = decision.plan
        if decision.outcome in (Outcome.REFUND, Outcome.WAIT) and plan is not None:
            refunds += 1
            refunded[plan.total.currency] = refunded.get(plan.total.currency, 0) + plan.total.minor
        elif decision.outcome is Outcome.HOLD and plan is not None:
            holds += 1
            held[plan.total.currency] = held.get(plan.total.currency, 0) + plan.total.minor
        elif decision.outcome is Outcome.NOTHING_TO_REFUND:
            nothing += 1
    return ArmingPreview(
        days=days,
        cases=len(cases),
        refunds=refunds,
        refund_amounts=tuple(Money(v, c) for c, v in sorted(refunded.items())),
        holds=holds,
        held_amounts=tuple(Money(v, c) for c, v in sorted(held.items())),
        nothing_left=nothing,
        decided_earlier=tuple(sorted(earlier.items(), key=lambda kv: (-kv[1], kv[0]))),
    )


def history_cases(
    db: Database, trigger: Trigger, since: datetime, now: datetime
) -> list[RefundCase]:
    """Every case of ``trigger`` that happened in [since, now] in the synced data, all shops."""
    with db.sessions() as s:
        groups = {
            g.name: frozenset(str(x) for x in (g.members or []))
            for g in s.scalars(select(m.ProductGroup))
        }
        cases: list[RefundCase] = []
        for shop_id in s.scalars(select(m.Shop.id)).all():
            for order_id, detected, return_id in _history_keys(s, shop_id, trigger, since, now):
                case = _history_case(s, shop_id, trigger, order_id, detected, return_id, groups)
                if case is not None:
                    cases.append(case)
    return cases


def _history_keys(
    s: Session, shop_id: int, trigger: Trigger, since: datetime, now: datetime
) -> list[tuple[str, datetime, str | None]]:
    if trigger is Trigger.BUYER_CANCELLED:
        cancelled = s.execute(
            select(m.Order.order_id, m.Order.updated_at, m.Order.synced_at).where(
                m.Order.shop_id == shop_id, m.Order.status == "CANCELLED"
            )
        ).all()
        events = dict(
            s.execute(
                select(m.OrderEvent.order_id, func.min(m.OrderEvent.occurred_at))
                .where(m.OrderEvent.shop_id == shop_id, m.OrderEvent.type == "BUYER_CANCELLED")
                .group_by(m.OrderEvent.order_id)
            ).all()
        )
        keys = [(o, events.get(o) or updated or synced, None) for o, updated, synced in cancelled]
        return [k for k in keys if since <= k[1] <= now]
    if trigger is Trigger.NOT_SENT_IN_TIME:
        # Orders still waiting to be sent; whether they are late is the rule's own call.
        rows = s.execute(
            select(m.Order.order_id).where(
                m.Order.shop_id == shop_id,
                m.Order.status == "READY_FOR_PROCESSING",
                m.Order.fulfillment_status.not_in(["SENT", "PICKED_UP", "CANCELLED"]),
                m.Order.bought_at >= since,
            )
        ).all()
        return [(r[0], now, None) for r in rows]
    returns = sync_repo.load_returns(s, shop_id)
    delivered = {str(x) for x in DELIVERED_RETURN_STATUSES}
    return [
        (r.order_id, r.created_at, r.id)
        for r in returns
        if since <= r.created_at <= now
        and (trigger is Trigger.RETURN_DECLARED or str(r.status) in delivered)
    ]


def _history_case(
    s: Session,
    shop_id: int,
    trigger: Trigger,
    order_id: str,
    detected: datetime,
    return_id: str | None,
    groups: dict[str, frozenset[str]],
) -> RefundCase | None:
    order = orders_repo.load_order(s, shop_id, order_id)
    if order is None:
        return None
    shipped = orders_repo.has_shipments(s, shop_id, order_id)
    if trigger is Trigger.NOT_SENT_IN_TIME and shipped:
        return None
    customer_return = None
    if return_id is not None:
        found = [
            r for r in sync_repo.load_returns(s, shop_id, order_id=order_id) if r.id == return_id
        ]
        if not found:
            return None
        customer_return = found[0]
    buyer_orders = s.scalar(
        select(func.count(m.Order.id)).where(
            m.Order.shop_id == shop_id, m.Order.buyer_login == order.buyer.login
        )
    )
    return RefundCase(
        trigger=trigger,
        order=order,
        detected_at=detected,
        customer_return=customer_return,
        buyer_order_count=int(buyer_orders or 1),
        product_groups=groups,
        shipped=shipped,
    )
