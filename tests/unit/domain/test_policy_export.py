"""The policy for Allegro's terms field (within its length, cut at a sentence) and a shop page."""

from __future__ import annotations

from dataclasses import replace

import pytest

from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.describe import policy_text
from refunddesk.domain.policy_export import ALLEGRO_TERMS_LIMIT, allegro_terms, policy_html
from refunddesk.domain.rules import Mode

from .test_describe import HALF_ON_DECLARE, LATE, PROMO_RETURN, SMALL_CANCEL

RULES = [SMALL_CANCEL, LATE, PROMO_RETURN, HALF_ON_DECLARE]


@pytest.mark.parametrize("language", ["en", "pl", "zh_CN"])
def test_a_short_policy_goes_to_allegro_as_it_is(language: str) -> None:
    text, cut = allegro_terms(RULES, language)
    assert (text, cut) == (policy_text(RULES, language), False)
    assert len(text) <= ALLEGRO_TERMS_LIMIT


def test_a_long_policy_is_cut_after_a_whole_sentence_with_a_note() -> None:
    full = policy_text(RULES, "en")
    limit = full.index("- When your return") + 60  # room for two sentences and the note
    text, cut = allegro_terms(RULES, "en", limit=limit)
    assert cut
    assert len(text) <= limit
    assert text == (
        "Refunds\n\n"
        "- If you cancel a paid order under PLN\u00a0500.00, we refund the full amount including "
        "delivery automatically.\n"
        "- If we do not send your order by its dispatch deadline, we refund the full amount "
        "including delivery automatically (automatically up to PLN\u00a0300.00; anything above is "
        "handled individually).\n\n"
        "Other refunds are handled individually.\n"
    )


def test_the_cut_note_is_in_the_policy_language() -> None:
    text, cut = allegro_terms(RULES, "zh_CN", limit=80)
    assert cut
    assert text.endswith("\n\n其他退款我们会单独处理。\n")
    assert len(text) <= 80


def test_when_not_even_one_sentence_fits_the_policy_promises_nothing_in_particular() -> None:
    text, cut = allegro_terms(RULES, "pl", limit=80)
    assert (text, cut) == (
        "Zwroty pieniędzy\n\nKażdy zwrot pieniędzy rozpatrujemy indywidualnie.\n",
        True,
    )


def test_shop_page_html_is_a_heading_and_a_list_with_text_escaped() -> None:
    tricky = replace(
        SMALL_CANCEL,
        conditions=Conditions(products=ProductFilter(groups=("<b>Tom & Jerry</b>",))),
    )
    assert policy_html([tricky, LATE], "en") == (
        '<section lang="en">\n'
        "<h2>Refunds</h2>\n"
        "<ul>\n"
        "<li>If you cancel a paid order (products in &#x27;&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;"
        "&#x27;), we refund the full amount including delivery automatically.</li>\n"
        "<li>If we do not send your order by its dispatch deadline, we refund the full amount "
        "including delivery automatically (automatically up to PLN\u00a0300.00; anything above is "
        "handled individually).</li>\n"
        "</ul>\n"
        "</section>\n"
    )


def test_shop_page_html_without_promises_is_one_paragraph() -> None:
    assert policy_html([replace(LATE, mode=Mode.SHADOW)], "zh_CN") == (
        '<section lang="zh-CN">\n<h2>退款</h2>\n<p>每笔退款我们都会单独处理。</p>\n</section>\n'
    )
