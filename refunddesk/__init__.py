"""RefundDesk: automatic, rule-based buyer refunds for small Allegro shops."""

from typing import Any


def __getattr__(name: str) -> Any:
    # The version is read from the install's metadata when first asked for, not on import:
    # every process RefundDesk starts (a big first sync's helpers among them) imports this
    # package, and reading the metadata costs ~30 ms of each one's start.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        # The one place the version lives is pyproject.toml; installs carry it in their metadata.
        value = version("refunddesk")
    except PackageNotFoundError:  # a bare checkout on sys.path, never installed
        value = "0+unknown"
    globals()["__version__"] = value
    return value
