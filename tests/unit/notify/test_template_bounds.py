"""A merchant's template that would run forever or build a huge text stops with a plain error."""

from __future__ import annotations

import time

import pytest

from refunddesk.notify.errors import TemplateNotAllowed
from refunddesk.notify.templates import render_text, validate_template

CONTEXT = {"buyer_name": "Ania", "offer_id": "17001234567", "amount_minor": 123456}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "calls itself without end"),
        (
            "{% macro f(n) %}{% if n > 0 %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}"
            "{{ f(40) }}",
            "does too much work|takes too long",  # whichever budget runs out first
        ),
        (
            "{% for i in range(9999) %}{% for j in range(9999) %}{% endfor %}{% endfor %}",
            "does too much work|takes too long",
        ),
        ("{{ 'a'|center(1000000000) }}", "the number 1000000000 is too large"),
        ("{{ 'x'|indent(19999) ~ ('y\\n' * 9000)|indent(19999) }}", "far longer than any"),
        ("{{ ('x' * 1000)|replace('x', 'y' * 1000) }}", "far longer than any message"),
        ("{{ '%0999999d' % 1 }}", "field far wider than any message"),
        ("{{ '%*d' % (99, 1) }}", "field far wider than any message"),
        ("{{ '{:>9999999}'.format(1) }}", "field far wider than any message"),
        ("{{ ('a' * 19999) ~ ('b' * 19999) }}", "far longer than any message"),
        ("{{ ('a' * 19999) + ('b' * 19999) }}", "far longer than any message"),
        ("{% for i in range(5000) %}{{ 'abcdef' }}{% endfor %}", "far longer than any message"),
    ],
)
def test_runaway_templates_stop_with_a_template_error(body: str, message: str) -> None:
    started = time.monotonic()
    with pytest.raises(TemplateNotAllowed) as info:
        render_text(f"Subject: Zwrot\n{body}", CONTEXT, language="pl")
    assert any(part in str(info.value) for part in message.split("|"))
    assert time.monotonic() - started < 5  # bounded time, not a hang


def test_ordinary_templates_with_numbers_and_loops_still_render() -> None:
    body = (
        "Dzień dobry {{ buyer_name }},\n"
        "{% for i in range(3) %}{{ i }}{% endfor %} {{ '%s'|format(offer_id) }} "
        "{{ '{:,}'.format(amount_minor) }} {{ 'a' ~ 'b' }} {{ 'x' * 3 }}"
    )
    rendered = render_text(f"Subject: Zwrot\n{body}", CONTEXT, language="pl")
    assert rendered.body == "Dzień dobry Ania,\n012 17001234567 123,456 ab xxx\n"


def test_the_template_editor_reports_a_recursive_macro_as_a_problem() -> None:
    text = "Subject: Zwrot\n{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}"
    problems = validate_template(text)
    assert problems and "calls itself without end" in problems[0]
