"""Languages: the Qt catalogues built with the package (or on demand in a checkout), locales."""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from refunddesk.domain.locale_format import load_locale_data
from refunddesk.gui.resources import TRANSLATIONS_DIR

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
# Native names: a merchant who cannot read the current language can still find their own.
LANGUAGES: dict[str, str] = {"en": "English", "pl": "Polski", "zh_CN": "简体中文"}
# English numbers and dates follow British habits (day first), closer to what Polish shops use.
_LOCALES: dict[str, str] = {"en": "en_GB", "pl": "pl_PL", "zh_CN": "zh_CN"}
CATALOGUE_PREFIX = "refunddesk"


class TranslationError(Exception):
    """A translation catalogue could not be compiled or loaded; the UI stays in English."""


class CacheNotWritable(TranslationError):
    """The catalogue cache cannot be written (a read-only data folder)."""


_fallback_cache: Path | None = None


def fallback_cache_dir() -> Path:
    """A private temporary folder for catalogues when the data folder cannot take them."""
    global _fallback_cache
    if _fallback_cache is None:
        _fallback_cache = Path(tempfile.mkdtemp(prefix="refunddesk-translations-"))
        atexit.register(shutil.rmtree, _fallback_cache, ignore_errors=True)
    return _fallback_cache


def normalise_language(code: str | None) -> str:
    """Map ``pl_PL``, ``pl-PL``, ``zh``, ``zh_Hans_CN`` … to a supported code; else English."""
    if not code:
        return SOURCE_LANGUAGE
    text = code.replace("-", "_")
    if text in LANGUAGES:
        return text
    base = text.split("_", 1)[0].lower()
    if base == "zh":
        return "zh_CN"
    return base if base in LANGUAGES else SOURCE_LANGUAGE


def system_language() -> str:
    """The supported language closest to the operating system's UI language."""
    return normalise_language(QLocale.system().name())


def locale_for(code: str) -> QLocale:
    """The QLocale used to format money and dates in the given language."""
    return QLocale(_LOCALES[normalise_language(code)])


def find_lrelease() -> Path | None:
    """Qt's catalogue compiler: the one shipped inside the PySide6 wheel, else one on PATH."""
    exe = ".exe" if sys.platform == "win32" else ""
    bundled = Path(PySide6.__file__).parent / f"lrelease{exe}"
    if bundled.is_file():
        return bundled
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


def compile_catalogue(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` atomically, so a half-written file is never loaded."""
    lrelease = find_lrelease()
    if lrelease is None:
        raise TranslationError("Qt's lrelease was not found next to PySide6 or on PATH")
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=qm.stem, suffix=".qm.tmp", dir=qm.parent)
    except OSError as exc:  # e.g. a read-only data folder
        raise CacheNotWritable(f"cannot write {qm.parent}: {exc.strerror}") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        result = subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(tmp)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if result.returncode != 0 or tmp.stat().st_size == 0:
            raise TranslationError(f"lrelease failed on {ts.name}: {result.stderr.strip()}")
        os.replace(tmp, qm)
    except (OSError, subprocess.SubprocessError) as exc:
        raise TranslationError(f"could not compile {ts.name}: {exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)


def _compiled(ts: Path, cache_dir: Path) -> Path:
    qm = cache_dir / f"{ts.stem}.qm"
    if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
        compile_catalogue(ts, qm)
    return qm


def catalogue_for(code: str, cache_dir: Path, source_dir: Path = TRANSLATIONS_DIR) -> Path:
    """The compiled catalogue for ``code``.

    An installed package (wheel, desktop build) ships it compiled next to the sources; a
    checkout has only the ``.ts``, compiled into ``cache_dir`` when missing or older.
    """
    shipped = source_dir / f"{CATALOGUE_PREFIX}_{code}.qm"
    if shipped.is_file():
        return shipped
    ts = shipped.with_suffix(".ts")
    if not ts.is_file():
        raise TranslationError(f"no translation for {code!r} at {source_dir}")
    return _compiled(ts, cache_dir)


def catalogues_for(code: str, cache_dir: Path, source_dir: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Every compiled catalogue for ``code``: the shell's, then one per area (``<area>_<code>``).

    Areas keep their own .ts files so that screens can be translated without touching each
    other's catalogues. English, the source language, has no shell catalogue: its areas hold
    only the plural forms ("%n refund(s)" → "1 refund", "2 refunds"), which Qt cannot take
    from the source text.
    """
    found = [] if code == SOURCE_LANGUAGE else [catalogue_for(code, cache_dir, source_dir)]
    shell = f"{CATALOGUE_PREFIX}_{code}"
    stems = {p.stem for p in source_dir.glob(f"*_{code}.qm")}
    stems |= {p.stem for p in source_dir.glob(f"*_{code}.ts")}
    for stem in sorted(stems - {shell}):
        shipped = source_dir / f"{stem}.qm"
        found.append(
            shipped if shipped.is_file() else _compiled(shipped.with_suffix(".ts"), cache_dir)
        )
    return found


class LanguageSwitcher:
    """Installs and swaps the application's translators; Qt then retranslates every widget."""

    def __init__(self, app: QCoreApplication, cache_dir: Path) -> None:
        self._app = app
        self._cache_dir = cache_dir
        self._translators: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def set_language(self, code: str) -> str:
        """Apply ``code`` without touching any widget's state; returns the language applied.

        Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every
        widget, whose ``retranslate_ui()`` then refreshes its texts in place.
        """
        wanted = normalise_language(code)
        new: list[QTranslator] = []
        try:
            new = self._load(wanted)
        except TranslationError as exc:
            log.warning("Staying in English: %s", exc)
            wanted = SOURCE_LANGUAGE
            new = self._english_plurals()
        QLocale.setDefault(locale_for(wanted))
        for old in self._translators:
            self._app.removeTranslator(old)
        for translator in new:
            self._app.installTranslator(translator)
        self._translators = new
        self.language = wanted
        for name in (wanted, QLocale().name()):  # the screens format by the second
            load_locale_data(name)  # here, not in a table's first paint
        # Qt posts LanguageChange; deliver it now so callers see the new texts on return.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return wanted

    def _english_plurals(self) -> list[QTranslator]:
        """English plural forms, or none (counts then read "1 refund(s)", still English)."""
        try:
            return self._load(SOURCE_LANGUAGE)
        except TranslationError as exc:
            log.warning("English plural forms not loaded: %s", exc)
            return []

    def _load(self, code: str) -> list[QTranslator]:
        try:
            catalogues = catalogues_for(code, self._cache_dir)
        except CacheNotWritable as exc:
            # The app must still speak the merchant's language to say what is wrong.
            log.warning("Translations compiled into a temporary folder: %s", exc)
            catalogues = catalogues_for(code, fallback_cache_dir())
        loaded: list[QTranslator] = []
        for qm in catalogues:
            ours = QTranslator(self._app)
            if not ours.load(str(qm)):
                raise TranslationError(f"Qt could not load {qm}")
            loaded.append(ours)
        # Qt's own strings (Yes/No/Cancel, context menus) come from the catalogues PySide6 ships.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(self._app)
        if qtbase.load(f"qtbase_{code}", qt_dir):
            loaded.append(qtbase)
        return loaded


_active: LanguageSwitcher | None = None


def install(app: QCoreApplication, cache_dir: Path, code: str | None) -> LanguageSwitcher:
    """Create the application's switcher and apply ``code`` (the system language when None)."""
    global _active
    if _active is not None:
        _active.set_language(SOURCE_LANGUAGE)
    _active = LanguageSwitcher(app, cache_dir)
    _active.set_language(code if code else system_language())
    return _active


def set_language(code: str) -> str:
    """Switch the running application to ``code``; returns the language actually applied."""
    if _active is None:
        raise RuntimeError("i18n.install() must run before set_language()")
    return _active.set_language(code)


def installed() -> bool:
    """Whether the application's translators are set up (``install`` ran)."""
    return _active is not None


def current_language() -> str:
    return _active.language if _active is not None else SOURCE_LANGUAGE
