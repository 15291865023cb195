"""Architecture guard rails: Qt stays in gui/, the domain stays pure and never reads the clock."""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import refunddesk

PACKAGE_DIR = Path(refunddesk.__file__).resolve().parent
QT_PACKAGES = frozenset({"PySide6", "shiboken6"})
# What the domain may not depend on: the other layers and the libraries they wrap.
DOMAIN_FORBIDDEN = (
    "refunddesk.store",
    "refunddesk.marketplace",
    "refunddesk.automation",
    "refunddesk.gui",
    "refunddesk.infra",
    "refunddesk.notify",
    "refunddesk.demo_shop",
    "refunddesk.cli",
    "sqlalchemy",
    "alembic",
    "requests",
    "urllib3",
    "PySide6",
    "shiboken6",
    "keyring",
    "platformdirs",
)
# Reading these is reading the clock; the domain gets "now" passed in.
CLOCK_READS = frozenset(
    {
        "datetime.datetime.now",
        "datetime.datetime.utcnow",
        "datetime.datetime.today",
        "datetime.date.today",
        "time.time",
        "time.time_ns",
        "time.monotonic",
        "time.monotonic_ns",
        "time.perf_counter",
        "time.localtime",
        "time.gmtime",
        "time.ctime",
    }
)


@dataclass(frozen=True)
class Finding:
    """One rule broken at one place."""

    module: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line}: {self.what}"


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE_DIR.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve_relative(module: str, is_package: bool, level: int, target: str | None) -> str:
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join([*base, target] if target else base)


def imports(source: str, module: str, *, is_package: bool = False) -> list[tuple[int, str]]:
    """Every module ``source`` imports, absolute, with its line (lazy imports included)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = _resolve_relative(module, is_package, node.level, node.module)
            found.append((node.lineno, base))
            # "from refunddesk import store" imports refunddesk.store.
            found.extend((node.lineno, f"{base}.{alias.name}") for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and _dotted(node.func) in {"importlib.import_module", "import_module", "__import__"}
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def _is_within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def qt_imports(source: str, module: str) -> list[Finding]:
    return [
        Finding(module, line, f"imports {name}")
        for line, name in imports(source, module)
        if name.split(".")[0] in QT_PACKAGES
    ]


def domain_imports(source: str, module: str, *, is_package: bool = False) -> list[Finding]:
    return [
        Finding(module, line, f"imports {name}")
        for line, name in imports(source, module, is_package=is_package)
        if any(_is_within(name, forbidden) for forbidden in DOMAIN_FORBIDDEN)
    ]


def clock_reads(source: str, module: str) -> list[Finding]:
    """Uses of the clock, through any alias (``from datetime import datetime as dt``)."""
    tree = ast.parse(source)
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                aliases[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0]
                )
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    findings: list[Finding] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute | ast.Name):
            continue
        dotted = _dotted(node)
        if dotted is None:
            continue
        head, _, rest = dotted.partition(".")
        if head not in aliases:
            continue
        full = f"{aliases[head]}.{rest}" if rest else aliases[head]
        if full in CLOCK_READS:
            findings.append(Finding(module, node.lineno, f"reads the clock ({full})"))
    return findings


def package_files(under: str = "") -> list[Path]:
    return sorted((PACKAGE_DIR / under).rglob("*.py"))


def _check(files: list[Path], checker: str) -> list[Finding]:
    findings: list[Finding] = []
    for path in files:
        source = path.read_text(encoding="utf-8")
        name = module_name(path)
        if checker == "qt":
            findings += qt_imports(source, name)
        elif checker == "domain":
            findings += domain_imports(source, name, is_package=path.name == "__init__.py")
        else:
            findings += clock_reads(source, name)
    return findings


# -- the rules, applied to the real package ---------------------------------------------


def test_the_checks_see_the_real_package() -> None:
    names = {module_name(p) for p in package_files()}
    assert {"refunddesk.domain.money", "refunddesk.marketplace.base"} <= names
    assert all(n.startswith("refunddesk.domain") for n in map(module_name, package_files("domain")))


def test_only_gui_imports_qt() -> None:
    outside_gui = [p for p in package_files() if "gui" not in p.relative_to(PACKAGE_DIR).parts[:1]]
    findings = _check(outside_gui, "qt")
    assert not findings, "PySide6 outside refunddesk/gui/:\n" + "\n".join(map(str, findings))


def test_domain_depends_on_no_other_layer_or_io_library() -> None:
    findings = _check(package_files("domain"), "domain")
    assert not findings, "domain must stay pure:\n" + "\n".join(map(str, findings))


def test_domain_never_reads_the_clock() -> None:
    findings = _check(package_files("domain"), "clock")
    assert not findings, "pass time in instead:\n" + "\n".join(map(str, findings))


# -- the checks themselves can fail -------------------------------------------------------

MODULE = "refunddesk.domain.rules"


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6.QtCore",
        "from PySide6 import QtWidgets",
        "from shiboken6 import isValid",
        "def later():\n    from PySide6.QtGui import QColor\n",
        "import importlib\nimportlib.import_module('PySide6.QtCore')",
    ],
)
def test_qt_check_catches_every_import_form(source: str) -> None:
    assert qt_imports(source, "refunddesk.automation.worker")


@pytest.mark.parametrize(
    "source",
    [
        "from refunddesk.store.models import OrderRow",
        "from ..store import models",
        "from .. import marketplace",
        "from refunddesk import automation",
        "import refunddesk.infra.paths",
        "import sqlalchemy as sa",
        "from sqlalchemy.orm import Session",
        "import requests",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from refunddesk.gui import app\n",
    ],
)
def test_domain_check_catches_forbidden_imports(source: str) -> None:
    assert domain_imports(source, MODULE)


@pytest.mark.parametrize(
    "source",
    [
        "from refunddesk.domain.money import Money",
        "from .money import Money",
        "from . import orders",
        "import dataclasses, decimal, enum",
        "from datetime import datetime, timedelta",
    ],
)
def test_domain_check_allows_pure_imports(source: str) -> None:
    assert domain_imports(source, MODULE) == []


def test_relative_imports_resolve_from_a_package_init() -> None:
    # In refunddesk/domain/__init__.py "." is the domain itself, ".." is refunddesk.
    assert domain_imports("from .store import x", "refunddesk.domain", is_package=True) == []
    assert domain_imports("from ..store import x", "refunddesk.domain", is_package=True)


@pytest.mark.parametrize(
    "source",
    [
        "from datetime import datetime\nx = datetime.now()",
        "from datetime import datetime as dt\nx = dt.utcnow()",
        "import datetime\nx = datetime.datetime.now(datetime.UTC)",
        "import datetime as d\nx = d.date.today()",
        "from datetime import date\nx = date.today()",
        "import time\nx = time.time()",
        "from time import time\nx = time()",
        "from time import monotonic as clock\nx = clock()",
        "from datetime import datetime\ndef f(now=datetime.now):\n    return now()",
    ],
)
def test_clock_check_catches_clock_reads(source: str) -> None:
    assert clock_reads(source, MODULE)


@pytest.mark.parametrize(
    "source",
    [
        "from datetime import datetime, timedelta\nx = datetime(2024, 1, 1) + timedelta(days=1)",
        "from datetime import datetime\nx = datetime.fromisoformat('2024-01-01T00:00:00+00:00')",
        "def f(now):\n    return now.time()",
        "time = 3\nx = time",
    ],
)
def test_clock_check_allows_passing_time_in(source: str) -> None:
    assert clock_reads(source, MODULE) == []


def test_findings_name_file_and_line() -> None:
    (finding,) = clock_reads("import time\n\nx = time.time()", MODULE)
    assert str(finding) == "refunddesk.domain.rules:3: reads the clock (time.time)"


def test_the_real_package_tests_fail_on_a_bad_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "refunddesk"
    for folder, source in {
        "domain": "from datetime import datetime\nfrom ..store import models\nx = datetime.now()\n",
        "automation": "from PySide6.QtCore import QObject\n",
        "gui": "from PySide6.QtWidgets import QWidget\n",
    }.items():
        (fake / folder).mkdir(parents=True)
        (fake / folder / "__init__.py").write_text("")
        (fake / folder / "bad.py").write_text(source)
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE_DIR", fake)
    for rule in (
        test_only_gui_imports_qt,
        test_domain_depends_on_no_other_layer_or_io_library,
        test_domain_never_reads_the_clock,
    ):
        with pytest.raises(AssertionError, match=r"refunddesk\.(domain|automation)\.bad:"):
            rule()
