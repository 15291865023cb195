"""The documentation a user is sent to exists, in every language, and stays inside the project."""

from __future__ import annotations

import re

from tests.packaging.installed import REPO

GUIDES = ("docs/USER_GUIDE.md", "docs/USER_GUIDE.pl.md", "docs/USER_GUIDE.zh_CN.md")
_LINK = re.compile(r"\]\(([^)#]+)(?:#[^)]*)?\)")


def test_every_relative_link_in_the_readme_and_docs_resolves() -> None:
    for doc in ("README.md", "CHANGELOG.md", "docs/ARCHITECTURE.md", *GUIDES):
        text = (REPO / doc).read_text(encoding="utf-8")
        assert "../shared" not in text, doc  # the design notes outside the repository
        for target in _LINK.findall(text):
            if "://" in target:
                continue
            assert ((REPO / doc).parent / target).exists(), f"{doc}: broken link {target}"


def test_the_user_guide_has_the_same_chapters_in_every_language() -> None:
    chapters = [
        [line.split(" ", 2)[1] for line in (REPO / g).read_text("utf-8").splitlines()
         if line.startswith("## ")]
        for g in GUIDES
    ]  # fmt: skip
    assert chapters[0] == [f"{n}." for n in range(1, 11)]
    assert chapters[1] == chapters[0] and chapters[2] == chapters[0]
