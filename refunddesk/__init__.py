"""RefundDesk: automatic, rule-based buyer refunds for small Allegro shops."""

from importlib.metadata import PackageNotFoundError, version

try:
    # The one place the version lives is pyproject.toml; installs carry it in their metadata.
    __version__ = version("refunddesk")
except PackageNotFoundError:  # a bare checkout on sys.path, never installed
    __version__ = "0+unknown"
