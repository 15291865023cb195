"""Compile the Qt translation sources (.ts) into catalogues (.qm) when the package is built."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


class CatalogueBuildError(Exception):
    """lrelease is missing or refused a source: a build without translations must not pass."""


def find_lrelease() -> Path:
    """The lrelease inside the PySide6 wheel (a build requirement), else one on PATH."""
    exe = ".exe" if sys.platform == "win32" else ""
    try:
        import PySide6  # only the package folder: no Qt library is loaded

        bundled = Path(PySide6.__file__).parent / f"lrelease{exe}"
        if bundled.is_file():
            return bundled
    except ImportError:
        pass
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return Path(found)
    raise CatalogueBuildError("Qt's lrelease was not found (install PySide6-Essentials)")


def compile_all(source_dir: Path, out_dir: Path) -> list[Path]:
    """Every ``*.ts`` in ``source_dir`` compiled to ``out_dir/<same name>.qm``; returns them."""
    sources = sorted(source_dir.glob("*.ts"))
    if not sources:
        raise CatalogueBuildError(f"no translation sources in {source_dir}")
    lrelease = find_lrelease()
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sources:
        qm = out_dir / f"{ts.stem}.qm"
        result = subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not qm.is_file() or qm.stat().st_size == 0:
            raise CatalogueBuildError(f"lrelease failed on {ts.name}: {result.stderr.strip()}")
        built.append(qm)
    return built


if __name__ == "__main__":  # python packaging/qt_catalogues.py SOURCE_DIR OUT_DIR
    for path in compile_all(Path(sys.argv[1]), Path(sys.argv[2])):
        print(path)
