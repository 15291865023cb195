"""The message catalogues by language: one table each, the same codes in every one."""

from __future__ import annotations

from collections.abc import Mapping

from refunddesk.domain import message_texts_en, message_texts_pl, message_texts_zh

CATALOGUES: dict[str, Mapping[str, str | Mapping[str, str]]] = {
    "en": message_texts_en.TEXTS,
    "pl": message_texts_pl.TEXTS,
    "zh_CN": message_texts_zh.TEXTS,
}
