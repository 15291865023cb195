"""The summary alert's title counts in each language's grammar."""

from __future__ import annotations

import pytest

from refunddesk.notify.alert_text import summary_title


@pytest.mark.parametrize(
    ("count", "language", "title"),
    [
        (1, "pl", "1 zwrot wymaga Twojej uwagi"),
        (2, "pl", "2 zwroty wymagają Twojej uwagi"),
        (4, "pl", "4 zwroty wymagają Twojej uwagi"),
        (5, "pl", "5 zwrotów wymaga Twojej uwagi"),
        (12, "pl", "12 zwrotów wymaga Twojej uwagi"),
        (22, "pl", "22 zwroty wymagają Twojej uwagi"),
        (1, "en", "1 refund needs you"),
        (3, "en", "3 refunds need you"),
        (3, "zh_CN", "3 笔退款需要您处理"),
    ],
)
def test_summary_titles_count_in_the_language(count: int, language: str, title: str) -> None:
    assert summary_title(count, language) == title
