"""The command line's own usage errors (a typo in a command or an option) in the output language.

argparse words them in English whatever --language says. A Polish or Chinese merchant who
mistyped `rules imprt` met the one English line of the whole command line. Its few kinds of
error are recognised here by their English form and said again from the message catalogue;
anything else (a kind argparse adds later) stays as argparse said it. The usage line above it
is syntax, the same in every language.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from refunddesk.cli.common import UsageLanguage, locale_language
from refunddesk.domain.messages import catalogue_language, msg, render

# (argparse's English, our message code): the names in the pattern are the message's values.
_KINDS = (
    (r"argument (?P<arg>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.*)\)",
     "cli.usage.invalid_choice"),
    (r"unrecognized arguments: (?P<args>.*)", "cli.usage.unrecognized"),
    (r"the following arguments are required: (?P<args>.*)", "cli.usage.required"),
    (r"argument (?P<arg>\S+): expected one argument", "cli.usage.expected_one"),
    (r"argument (?P<arg>\S+): expected at least one argument", "cli.usage.expected_one"),
    (r"argument (?P<arg>\S+): not allowed with argument (?P<other>\S+)",
     "cli.usage.not_together"),
    (r"argument (?P<arg>\S+): invalid \S+ value: (?P<value>.*)", "cli.usage.invalid_value"),
    # Our own argument types (dates, numbers) say what is wrong in the language already.
    (r"argument (?P<arg>\S+): (?P<why>.*)", "cli.usage.about_argument"),
)  # fmt: skip
_COMPILED = tuple((re.compile(pattern + r"\Z", re.DOTALL), code) for pattern, code in _KINDS)


def typed_language(argv: Sequence[str]) -> str:
    """The output language before the arguments are parsed (they may not parse): --language
    as typed, else the locale, as ``common.output_language`` reads it."""
    typed = ""
    for n, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--language" and n + 1 < len(argv):
            typed = argv[n + 1]
        elif arg.startswith("--language="):
            typed = arg.split("=", 1)[1]
    base = typed.replace("-", "_").split("_", 1)[0].lower()
    return catalogue_language(typed) if base in ("en", "pl", "zh") else locale_language()


def said_again(message: str, language: str) -> str:
    """argparse's ``message`` in ``language`` (as it is in English, or of a kind not known)."""
    if language == "en":
        return message
    for pattern, code in _COMPILED:
        found = pattern.match(message)
        if found:
            return render(msg(code, **found.groupdict()), language)
    return message


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors speak the output language (its sub-commands'
    parsers are of this class too: argparse makes them of the parent's); the language is
    ``UsageLanguage.current``, set by cli.main before parsing."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        language = UsageLanguage.current
        word = render(msg("cli.usage.error"), language)
        self.exit(2, f"{self.prog}: {word}: {said_again(message, language)}\n")
