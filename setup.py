"""setuptools glue: the Qt catalogues are compiled into the wheel when it is built."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _catalogues() -> ModuleType:
    # Loaded by path: a folder named "packaging" must not shadow the library of that name.
    spec = importlib.util.spec_from_file_location(
        "refunddesk_qt_catalogues", HERE / "packaging" / "qt_catalogues.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithCatalogues(build_py):
    """build_py, then lrelease every .ts into build/…/refunddesk/resources/translations."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # a checkout compiles on first use instead (refunddesk/gui/i18n.py)
        translations = Path("resources") / "translations"
        source = Path(self.get_package_dir("refunddesk")) / translations
        _catalogues().compile_all(source, Path(self.build_lib) / "refunddesk" / translations)


setup(cmdclass={"build_py": BuildPyWithCatalogues})
