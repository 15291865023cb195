"""Notice templates: every language reads right, the merchant's files win, the sandbox holds."""

from __future__ import annotations

import dataclasses

import pytest

from refunddesk.domain.money import Money
from refunddesk.domain.orders import Buyer, LineItem, Order
from refunddesk.domain.plans import PlannedLine
from refunddesk.notify.errors import (
    MessageTooLong,
    MissingVariable,
    TemplateNotAllowed,
    TemplateProblem,
)
from refunddesk.notify.facts import NoticeFacts, NoticeItem
from refunddesk.notify.templates import (
    ALLEGRO_MESSAGE_MAX,
    BUILTIN_TEMPLATES,
    builtin_dir,
    list_templates,
    override_dir,
    preview_notice,
    render,
    render_text,
    validate_template,
)

FACTS = NoticeFacts(
    order_id="ORDER-42",
    amount=Money(123456, "PLN"),
    items=(
        NoticeItem("Herbata zielona Sencha 100 g", 2, Money(3998, "PLN")),
        NoticeItem("Czajniczek żeliwny 0,8 l", 1, Money(119458, "PLN")),
    ),
    buyer_login="kupujacy_1",
    buyer_first_name="Anna",
    delivery_refunded=True,
    shop_name="Herbaciarnia Lipowa",
    trigger="BUYER_CANCELLED",
)

# A phrase only a real text in that language has, and the amount written its way.
LANGUAGE_MARKS = {
    "pl": ("Dzień dobry", "1\u00a0234,56\u00a0zł", "tą samą metodą płatności"),
    "en": ("Hello Anna", "PLN\u00a01,234.56", "payment method used for the order"),
    "cs": (
        "Dobrý den",
        "1\u00a0234,56\u00a0PLN",
        "stejným způsobem, jakým byla objednávka zaplacena",
    ),
    "de": ("Hallo Anna", "1.234,56\u00a0PLN", "Zahlungsweg"),
    "uk": ("Доброго дня!", "1\u00a0234,56\u00a0PLN", "тим самим способом оплати"),
    "zh": ("您好", "PLN\u00a01,234.56", "原路退回"),
}


@pytest.mark.parametrize("language", sorted(LANGUAGE_MARKS))
@pytest.mark.parametrize("template_id", BUILTIN_TEMPLATES)
def test_every_builtin_template_reads_naturally_in_every_language(
    template_id: str, language: str
) -> None:
    notice = render(template_id, f"{language}-XX", FACTS)

    assert notice.language == language
    assert "ORDER-42" in notice.subject and "ORDER-42" in notice.body
    for mark in LANGUAGE_MARKS[language]:
        assert mark in notice.body
    assert "Herbata zielona Sencha 100 g" in notice.body
    assert "Herbaciarnia Lipowa" in notice.body
    assert "{{" not in notice.body and "{%" not in notice.body
    assert "\n\n\n" not in notice.body
    assert len(notice.body) < ALLEGRO_MESSAGE_MAX


def test_polish_notice_lists_items_delivery_and_is_free_of_template_leftovers() -> None:
    notice = render("refund_cancelled", "pl-PL", FACTS)

    assert notice.subject == "Zwrot pieniędzy za anulowane zamówienie ORDER-42"
    assert "- Herbata zielona Sencha 100 g (2 szt.): 39,98\u00a0zł" in notice.body
    assert "- Czajniczek żeliwny 0,8 l (1 szt.): 1\u00a0194,58\u00a0zł" in notice.body
    assert "Zwróciliśmy również koszt dostawy." in notice.body
    assert notice.body.rstrip().endswith("Pozdrawiamy\nHerbaciarnia Lipowa")


def test_generic_notice_states_the_reason_in_the_buyers_language() -> None:
    late = dataclasses.replace(FACTS, trigger="NOT_SENT_IN_TIME")
    assert (
        "Powód: zamówienie nie zostało wysłane na czas."
        in render("refund_generic", "pl", late).body
    )
    assert (
        "Reason: the order was not dispatched in time." in render("refund_generic", "en", late).body
    )


def test_notice_without_items_delivery_or_names_has_no_dangling_lines() -> None:
    bare = dataclasses.replace(
        FACTS, items=(), delivery_refunded=False, buyer_first_name="", shop_name=""
    )
    en = render("refund_return", "en", bare).body
    assert en.startswith("Hello,\n")
    assert "The refund covers" not in en and "delivery" not in en
    assert en.rstrip().endswith("Kind regards")
    de = render("refund_late", "de", bare).body
    assert de.startswith("Guten Tag,\n\n")


def test_unknown_language_falls_back_to_the_given_fallback_then_english() -> None:
    assert render("refund_cancelled", "hu-HU", FACTS, fallback="pl").language == "pl"
    notice = render("refund_cancelled", "hu-HU", FACTS)
    assert notice.language == "en"
    assert "PLN\u00a01,234.56" in notice.body  # amounts follow the language actually used


def test_merchant_override_wins_over_the_builtin_and_new_templates_are_listed() -> None:
    folder = override_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "refund_cancelled.pl.txt").write_text(
        "Subject: Zamówienie {{ order_id }} – zwrot\nCześć {{ buyer_first_name }}! "
        "Oddaliśmy {{ amount }}.\n",
        encoding="utf-8",
    )
    (folder / "refund_vip.en.txt").write_text(
        "Subject: For you\nDear {{ buyer_login }}, {{ amount }} is on its way back.\n",
        encoding="utf-8",
    )

    notice = render("refund_cancelled", "pl-PL", FACTS)
    assert notice.subject == "Zamówienie ORDER-42 – zwrot"
    assert notice.body == "Cześć Anna! Oddaliśmy 1\u00a0234,56\u00a0zł.\n"
    # Other languages still use the built-in text.
    assert "Hello Anna" in render("refund_cancelled", "en", FACTS).body

    listed = {t.id: t for t in list_templates()}
    assert listed["refund_cancelled"].overridden == ("pl",)
    assert listed["refund_cancelled"].languages == ("cs", "de", "en", "pl", "uk", "zh")
    assert listed["refund_vip"].languages == ("en",) and not listed["refund_vip"].builtin
    # A Polish buyer gets the only language the merchant wrote, with English amounts.
    assert render("refund_vip", "pl-PL", FACTS, fallback="pl").body.startswith(
        "Dear kupujacy_1, PLN\u00a01,234.56"
    )


def test_unknown_template_and_path_like_ids_are_refused_plainly() -> None:
    with pytest.raises(TemplateProblem, match="no message template called 'refund_nope'"):
        render("refund_nope", "pl", FACTS)
    with pytest.raises(TemplateProblem, match="not a template name"):
        render("../../etc/passwd", "pl", FACTS)


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ items.__len__() }}",
        "{{ reason.format.__globals__ }}",
        "{{ items.append(1) }}",
        "{{ 'x' * 100000 }}",
        "{{ 9 ** 9 ** 9 }}",
    ],
)
def test_the_sandbox_blocks_internals_and_runaway_output(source: str) -> None:
    with pytest.raises(TemplateNotAllowed):
        render_text(f"Subject: hi\n{source}\n", FACTS.context("pl"), language="pl")


def test_a_missing_variable_is_named_in_the_error() -> None:
    with pytest.raises(MissingVariable) as caught:
        render_text(
            "Subject: Zwrot\nDzień dobry {{ buyer_last_name }}!\n",
            FACTS.context("pl"),
            language="pl",
        )
    assert caught.value.name == "buyer_last_name"
    assert "{{ buyer_last_name }}" in str(caught.value)
    assert "order_id" in str(caught.value)  # and says what could be used instead

    with pytest.raises(MissingVariable, match="price"):
        render_text(
            "Subject: x\n{% for i in items %}{{ i.price }}{% endfor %}\n",
            FACTS.context("pl"),
            language="pl",
        )


def test_template_without_subject_or_with_broken_syntax_is_a_template_problem() -> None:
    with pytest.raises(TemplateProblem, match="Subject"):
        render_text("Dzień dobry\n", FACTS.context("pl"), language="pl")
    with pytest.raises(TemplateProblem, match="Line 3"):
        render_text("Subject: x\n\n{% if amount %}\n", FACTS.context("pl"), language="pl")


def test_long_item_lists_shrink_to_fit_allegros_limit_and_say_how_many_are_left() -> None:
    many = dataclasses.replace(
        FACTS,
        items=tuple(
            NoticeItem(f"Herbata numer {i} – mieszanka owocowa", 1, Money(1000, "PLN"))
            for i in range(80)
        ),
    )
    full = render("refund_cancelled", "pl", many)
    assert len(full.body) > ALLEGRO_MESSAGE_MAX  # e-mail has no limit: every item is there
    assert "Herbata numer 79" in full.body

    fitted = render("refund_cancelled", "pl", many, max_length=ALLEGRO_MESSAGE_MAX)
    assert len(fitted.body) <= ALLEGRO_MESSAGE_MAX
    assert "Herbata numer 0 " in fitted.body and "Herbata numer 79" not in fitted.body
    shown = fitted.body.count("Herbata numer")
    assert f"- pozostałe pozycje: {80 - shown}" in fitted.body
    # The sentence about where the money goes survives: only the list was shortened.
    assert "tą samą metodą płatności" in fitted.body
    assert fitted.body.rstrip().endswith("Herbaciarnia Lipowa")


def test_a_template_too_long_even_without_items_is_refused() -> None:
    text = "Subject: x\n" + "Bardzo długi tekst. " * 120 + "\n"
    with pytest.raises(MessageTooLong, match="at most 2000"):
        render_text(text, FACTS.context("pl"), language="pl", max_length=ALLEGRO_MESSAGE_MAX)


def test_validate_template_reports_problems_in_plain_words() -> None:
    for template_id in BUILTIN_TEMPLATES:
        text = (builtin_dir() / f"{template_id}.pl.txt").read_text("utf-8")
        assert validate_template(text) == []

    assert validate_template("Hello\n") == ['The first line of a template must be "Subject: …".']
    unknown = validate_template("Subject: {{ order_id }}\nHi {{ buyer_nick }}\n")
    assert len(unknown) == 1 and "{{ buyer_nick }}" in unknown[0]
    broken = validate_template("Subject: x\n\n{% for item in items %}\n")
    assert len(broken) == 1 and broken[0].startswith("Line ")
    assert "not allowed" in validate_template("Subject: x\n{{ amount.__class__ }}\n")[0]
    assert "2000" in validate_template("Subject: x\n" + "a" * 2100 + "\n")[0]


def _order(language: str, marketplace: str = "allegro-pl") -> Order:
    return Order(
        id="ORDER-7",
        revision="r1",
        status="CANCELLED",
        buyer=Buyer(id="b1", login="jan_k", first_name="Jan", language=language),
        line_items=(
            LineItem("li-1", "101", "Herbata czarna Assam", 3, Money(2500, "PLN")),
            LineItem("li-2", "102", "Filiżanka", 2, Money(1500, "PLN")),
        ),
        currency="PLN",
        marketplace_id=marketplace,
    )


def test_preview_renders_for_the_simulation_screen_without_a_database() -> None:
    lines = (
        PlannedLine("li-1", "101", "Herbata czarna Assam", Money(7500, "PLN"), quantity=3),
        PlannedLine("li-2", "102", "Filiżanka", Money(1500, "PLN")),  # amount-only line
    )
    notice = preview_notice(
        "refund_cancelled", "", _order("cs-CZ"), Money(9000, "PLN"), lines, shop_name="Lipowa"
    )
    assert notice.language == "cs"
    assert "a proto jsme Vám vrátili 90,00\u00a0PLN." in notice.body
    assert "- Herbata czarna Assam (3 ks): 75,00\u00a0PLN" in notice.body
    assert "- Filiżanka (2 ks): 15,00\u00a0PLN" in notice.body  # quantity taken from the order

    chosen = preview_notice("refund_late", "en", _order("cs-CZ"), Money(9000, "PLN"), lines)
    assert chosen.language == "en" and "PLN\u00a090.00" in chosen.body
    fallback = preview_notice("refund_late", "", _order(""), Money(9000, "PLN"))
    assert fallback.language == "pl"
