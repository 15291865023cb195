"""The refund policy shaped for where a merchant pastes it: Allegro's terms field, a shop page."""

from __future__ import annotations

import html
from collections.abc import Sequence

from refunddesk.domain.describe import policy_parts
from refunddesk.domain.rules import Rule

# Allegro's return policy (ReturnPolicyRequestV1 in the REST spec) has no free-text field, so
# the spec gives no length for the text a merchant pastes into "terms and returns" in the
# seller panel. We keep to 2000 characters: the smallest limit the spec sets on free text a
# buyer reads (a message to the buyer, NewMessage.text); warranty descriptions allow 10240.
ALLEGRO_TERMS_LIMIT = 2000

_CUT_NOTE = {
    "en": "Other refunds are handled individually.",
    "pl": "Pozostałe zwroty pieniędzy rozpatrujemy indywidualnie.",
    "zh_CN": "其他退款我们会单独处理。",
}


def allegro_terms(
    rules: Sequence[Rule], language: str, limit: int = ALLEGRO_TERMS_LIMIT
) -> tuple[str, bool]:
    """The policy as plain text of at most ``limit`` characters, and whether it was cut.

    A policy that is too long keeps its first whole sentences (a rule is one sentence, and the
    first matching rule decides, so the first ones matter most) and ends with a plain note
    that other refunds are handled individually; a sentence is never cut in half.
    """
    policy = policy_parts(rules, language)
    text = policy.text()
    if len(text) <= limit:
        return text, False
    note = _CUT_NOTE[language]
    lines = [policy.heading, ""]
    for sentence in policy.sentences:
        candidate = [*lines, f"- {sentence}"]
        if len(_joined([*candidate, "", note])) > limit:
            break
        lines = candidate
    # When not even the first sentence fits, the policy promises nothing in particular.
    out = _joined([*lines, "", note] if len(lines) > 2 else [*lines, policy.none_text])
    if len(out) > limit:
        raise ValueError(f"a policy needs more than {limit} characters even when cut")
    return out, True


def _joined(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def policy_html(rules: Sequence[Rule], language: str) -> str:
    """The policy as an HTML fragment for a shop page: a heading and a list, all text escaped."""
    policy = policy_parts(rules, language)
    lang = language.replace("_", "-")
    lines = [f'<section lang="{lang}">', f"<h2>{html.escape(policy.heading)}</h2>"]
    if policy.sentences:
        lines.append("<ul>")
        lines += [f"<li>{html.escape(s)}</li>" for s in policy.sentences]
        lines.append("</ul>")
    else:
        lines.append(f"<p>{html.escape(policy.none_text)}</p>")
    lines.append("</section>")
    return _joined(lines)
