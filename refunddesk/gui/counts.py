"""Sentences with a count in them, in the right plural form for each language (context "Counts").

Qt picks the form from ``n`` (``%n``) and the catalogue: English, Polish (one, few, many) and
Chinese (one form) each have theirs in counts_en.ts / counts_pl.ts / counts_zh_CN.ts. A
sentence with two counts is built from two pieces, each with its own count, because one
sentence can only follow one number. ``%1`` is the amount or name that goes with the count.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Counts"


def _fill(text: str, value: str = "") -> str:
    return text.replace("%1", value)


# -- Review --------------------------------------------------------------------------------


def refunds_selected(n: int, total: str) -> str:
    return _fill(
        QCoreApplication.translate("Counts", "%n refund(s) selected, together %1", None, n), total
    )


def approve_question(n: int, total: str) -> str:
    return _fill(
        QCoreApplication.translate(
            "Counts", "Approve %n refund(s) and send %1 to the buyers?", None, n
        ),
        total,
    )


def approve_found_at_connect_question(n: int, total: str) -> str:
    return _fill(
        QCoreApplication.translate(
            "Counts",
            "Approve all %n refund(s) found when your shops were connected, together %1? "
            "They are sent to the buyers on the next round, each checked live with Allegro "
            "first. Cases also held for another reason stay here for you to look at.",
            None,
            n,
        ),
        total,
    )


def send_again_question(n: int, total: str) -> str:
    return _fill(
        QCoreApplication.translate("Counts", "Send %n refund(s) (%1) again?", None, n), total
    )


def dismiss_question(n: int, total: str) -> str:
    return _fill(
        QCoreApplication.translate(
            "Counts",
            "Dismiss %n refund(s), together %1? Nothing is sent to the buyer. Say in a few "
            "words why (kept with the refund).",
            None,
            n,
        ),
        total,
    )


def mark_by_hand_question(n: int, total: str) -> str:
    return _fill(
        QCoreApplication.translate(
            "Counts",
            "Mark %n refund(s), together %1, as refunded outside RefundDesk? A note is "
            "optional (for example the transfer's date).",
            None,
            n,
        ),
        total,
    )


def more_notices(n: int) -> str:
    return QCoreApplication.translate("Counts", "(%n more notice(s) wait after this one.)", None, n)


# -- Dashboard -----------------------------------------------------------------------------


def held(n: int) -> str:
    return QCoreApplication.translate("Counts", "%n held", None, n)


def failed_or_unchecked(n: int) -> str:
    return QCoreApplication.translate("Counts", "%n failed or unchecked", None, n)


def left_to_you(n: int) -> str:
    return QCoreApplication.translate(
        "Counts", "%n older case(s) left to you (found when the shop was connected)", None, n
    )


# -- Simulate and the arming preview --------------------------------------------------------


def ledger_moved(n: int, total: str) -> str:
    return _fill(
        QCoreApplication.translate("Counts", "Demo shop ledger: %1 moved in %n refund(s)", None, n),
        total,
    )


def scenarios(n: int) -> str:
    return QCoreApplication.translate("Counts", "%n scenario(s)", None, n)


def changed(n: int) -> str:
    return QCoreApplication.translate("Counts", "%n changed", None, n)


def cases_replayed(n: int) -> str:
    return QCoreApplication.translate("Counts", "%n case(s) replayed", None, n)


def would_change(n: int) -> str:
    return QCoreApplication.translate("Counts", "%n would change", None, n)


def cancelled_after(done: int, n: int) -> str:
    return _fill(
        QCoreApplication.translate(
            "Counts", "Cancelled after %1 of %n case(s): the figures cover those only.", None, n
        ),
        str(done),
    )


def refunds_amount(n: int, total: str) -> str:
    return _fill(QCoreApplication.translate("Counts", "%n refund(s) (%1)", None, n), total)


def holds_amount(n: int, total: str) -> str:
    return _fill(QCoreApplication.translate("Counts", "%n hold(s) (%1)", None, n), total)


def over_the_last_days(n: int, rule: str) -> str:
    return _fill(
        QCoreApplication.translate("Counts", "Over the last %n day(s), “%1” would have:", None, n),
        rule,
    )


def refunded_orders(n: int, total: str) -> str:
    return _fill(
        QCoreApplication.translate(
            "Counts", "• refunded %n order(s) automatically, %1 in total", None, n
        ),
        total,
    )


def cases_looked_at(n: int) -> str:
    return QCoreApplication.translate(
        "Counts", "%n case(s) of its trigger were looked at; earlier rules decide first.", None, n
    )


# -- Orders, rules and automation -----------------------------------------------------------


def orders(n: int) -> str:
    return QCoreApplication.translate("Counts", "%n order(s)", None, n)


def unreadable_orders(n: int) -> str:
    return QCoreApplication.translate(
        "Counts", "%n order(s) could not be read from Allegro.", None, n
    )


def rules_saved(n: int, path: str) -> str:
    return _fill(
        QCoreApplication.translate("Counts", "%n rule(s) were saved to %1.", None, n), path
    )


def replace_rules_question(n: int, file: str) -> str:
    return _fill(
        QCoreApplication.translate(
            "Counts",
            "The rules in %1 will replace your %n rule(s). The old ones stay in the history of "
            "the refunds they decided. Go on?",
            None,
            n,
        ),
        file,
    )


def rule_held_of(name: str, affected: int, n: int) -> str:
    text = QCoreApplication.translate(
        "Counts", "“%1” held %2 of its %n case(s) since it was last reviewed.", None, n
    )
    return text.replace("%2", str(affected)).replace("%1", name)


def rule_failed_of(name: str, affected: int, n: int) -> str:
    text = QCoreApplication.translate(
        "Counts", "“%1” failed %2 of its %n case(s) since it was last reviewed.", None, n
    )
    return text.replace("%2", str(affected)).replace("%1", name)


def breaker_stopped(n: int) -> str:
    return QCoreApplication.translate(
        "Counts",
        "Automation stopped after %n failure(s) in a row: look at Review, then reset it in "
        "Settings.",
        None,
        n,
    )


def breaker_stopped_sending(n: int) -> str:
    return QCoreApplication.translate(
        "Counts",
        "Automation stopped sending refunds after %n failure(s) in a row. Look at the failures "
        "on the Review screen, then reset it.",
        None,
        n,
    )


def pieces(*parts: str) -> str:
    """Two counted pieces of one sentence, joined as the language lists them."""
    return QCoreApplication.translate("Counts", ", ").join(parts)


def labelled(label: str, text: str) -> str:
    """``label: text`` with the language's colon."""
    return QCoreApplication.translate("Counts", "%1: %2").replace("%1", label).replace("%2", text)
