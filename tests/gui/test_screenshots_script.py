"""scripts/screenshots.py renders every screen and the connect dialog, none of them blank."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtGui import QImage

from refunddesk.gui.screens import register_screens

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("refunddesk_screenshots", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _distinct_colours(image: QImage, step: int = 16) -> int:
    seen = {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }
    return len(seen)


def test_every_screen_renders_something(qapp: Any, tmp_path: Path) -> None:
    script = _load_script()
    assert script.main(["--out", str(tmp_path), "--languages", "en"]) == 0

    names = [entry.key for entry in register_screens()] + ["connect_shop", "connect_shop_code"]
    for name in names:
        image = QImage(str(tmp_path / f"en-{name}.png"))
        assert not image.isNull(), name
        if name.startswith("connect_shop"):
            assert image.width() >= 600, name
        else:
            assert (image.width(), image.height()) == (1280, 800), name
        # A blank (or single-colour) grab means the screen never painted its content.
        assert _distinct_colours(image) > 8, name
        if not name.startswith("connect_shop"):  # each screen also at the smallest size
            small = QImage(str(tmp_path / f"en-{name}-1024x768.png"))
            assert (small.width(), small.height()) == (1024, 768), name
            assert _distinct_colours(small) > 8, name
