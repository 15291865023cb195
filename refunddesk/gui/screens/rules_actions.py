"""The rules list's own actions: starter rules, duplicate, delete, import and export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from refunddesk.domain.rules import Rule
from refunddesk.domain.rules_json import RulesFileError
from refunddesk.gui import counts, i18n, msgbox
from refunddesk.services import rules as rule_services
from refunddesk.services.rules import InvalidRule

if TYPE_CHECKING:
    from refunddesk.gui.screens.rules import RulesScreen


class RuleListActions(QObject):
    """What the buttons above the list do to the saved rules; each ends by reloading the list
    (selecting the rule it made, if any). Messages go to the screen, their parent."""

    def __init__(self, screen: RulesScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.services = screen.services

    # -- starter rules, copies, deletion -----------------------------------------------------

    def add_starters(self, indexes: list[int]) -> None:
        ctx, names = self.services.ctx, self.screen.starter_names()
        now = ctx.now()

        def done(saved: list[Rule]) -> None:
            self.screen.reload(select=saved[0].id if saved else None)

        self.services.run(
            lambda: rule_services.add_starter_rules(ctx.db, indexes, now, names),
            done,
            self.failed,
        )

    def duplicate_selected(self) -> None:
        rule = self.screen.selected_rule()
        if rule is None:
            return
        ctx = self.services.ctx
        name = self.tr("%1 (copy)").replace("%1", rule.name)
        now = ctx.now()

        def done(copy: Rule) -> None:
            self.screen.editor.set_rule(copy)
            self.screen.reload(select=copy.id)

        self.services.run(
            lambda: rule_services.duplicate_rule(ctx.db, rule.id, name, now), done, self.failed
        )

    def delete_selected(self) -> None:
        rule = self.screen.selected_rule()
        if rule is None:
            return
        if not msgbox.question(
            self.screen,
            self.tr("Delete rule"),
            self.tr(
                "Delete the rule “%1”? It stops deciding at once; the refunds it decided "
                "keep pointing at its versions."
            ).replace("%1", rule.name),
        ):
            return
        db = self.services.ctx.db
        self.services.run(
            lambda: rule_services.delete_rule(db, rule.id),
            lambda _: self.screen.reload(),
            self.failed,
        )

    # -- files -------------------------------------------------------------------------------

    def import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.screen, self.tr("Import rules"), "", self.tr("Rules files (*.json)")
        )
        if path:
            self.import_from(Path(path))

    def export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.screen,
            self.tr("Export rules"),
            "refunddesk-rules.json",
            self.tr("Rules files (*.json)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        db = self.services.ctx.db

        def done(count: int) -> None:
            msgbox.information(
                self.screen,
                self.tr("Export rules"),
                counts.rules_saved(count, str(path)),
            )

        self.services.run(lambda: rule_services.export_rules_to(db, path), done, self.failed)

    def import_from(self, path: Path) -> None:
        """The file's rules replace the list, after the merchant confirms."""
        if not msgbox.question(
            self.screen,
            self.tr("Import rules"),
            counts.replace_rules_question(self.screen.model.rowCount(), path.name),
        ):
            return
        ctx = self.services.ctx
        now = ctx.now()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, RulesFileError | InvalidRule | OSError | UnicodeDecodeError):
                msgbox.error(
                    self.screen,
                    self.tr("Import rules"),
                    self.tr("The file could not be imported; your rules are unchanged."),
                    details=problems_text(exc),
                )
                return
            self.failed(exc)

        def done(saved: list[Rule]) -> None:
            self.screen.editor.set_rule(saved[0] if saved else self.screen.blank_rule())
            self.screen.reload()

        self.services.run(
            lambda: rule_services.import_rules_from(ctx.db, path, now, mode="replace"), done, failed
        )

    def failed(self, exc: BaseException) -> None:
        self.screen.failed(exc)


def problems_text(exc: BaseException) -> str:
    """What is wrong with a file, in the window's language (the system words an OSError)."""
    if isinstance(exc, RulesFileError | InvalidRule):
        return exc.text(i18n.current_language())
    return str(exc)
