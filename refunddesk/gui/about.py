"""The About box: the version, the database's schema and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from refunddesk.gui import msgbox
from refunddesk.gui.services import GuiServices
from refunddesk.services.version import SchemaState, VersionReport, version_report


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutBox", text)


def about_text(report: VersionReport) -> str:
    """What the About box says, in the app's language."""
    schema = {
        SchemaState.MISSING: _tr("no database yet"),
        SchemaState.EMPTY: _tr("empty (set up on the next start)"),
        SchemaState.CURRENT: _tr("%1 (up to date)"),
        SchemaState.BEHIND: _tr("%1 (upgraded on the next start, after a backup)"),
        SchemaState.NEWER: _tr("%1 (written by a newer RefundDesk)"),
        SchemaState.UNREADABLE: _tr("cannot be read"),
    }[report.state].replace("%1", report.revision or "")
    lines = [
        _tr("RefundDesk %1").replace("%1", report.app_version),
        _tr("Automatic, rule-based buyer refunds for Allegro shops."),
        "",
        _tr("Database: %1").replace("%1", report.location),
        _tr("Database schema: %1").replace("%1", schema),
        _tr("This version knows schemas up to %1.").replace("%1", report.known_up_to),
    ]
    return "\n".join(lines)


def show_about(parent: QWidget, services: GuiServices) -> None:
    """Read the schema in the background (a shared server can be slow), then show the box."""
    url = services.ctx.db.url

    def shown(report: VersionReport) -> None:
        msgbox.information(parent, _tr("About RefundDesk"), about_text(report))

    services.run(lambda: version_report(url), shown, owner=parent)
