"""The dashboard: today's refunds, what waits for a person, early warnings, a chart and alerts."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFontMetrics, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from refunddesk.gui import counts, theme
from refunddesk.gui.formatting import format_datetime, format_money, to_qdatetime
from refunddesk.gui.screens.when_seen import refresh_when_seen
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.widgets.empty_texts import empty_text
from refunddesk.gui.widgets.feed_list import FeedEntry, FeedList
from refunddesk.gui.widgets.next_step import NextStepPanel
from refunddesk.gui.widgets.order_id import short_order_id
from refunddesk.gui.widgets.order_words import event_words
from refunddesk.gui.widgets.rule_reminders import RuleRemindersBox
from refunddesk.gui.widgets.screen_title import screen_title
from refunddesk.infra.secrets import Secrets
from refunddesk.queries import dashboard as q
from refunddesk.queries.next_step import load_progress
from refunddesk.services import review
from refunddesk.services.settings import keyring_info

STOP_NOTE = "stopped before the delay ran out"


def _local_tz() -> object:
    return datetime.now().astimezone().tzinfo


class Tile(QFrame):
    """A number with its caption; clickable when ``clicked`` is connected."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DashboardTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mouseReleaseEvent(event)


class DashboardScreen(QWidget):
    """Everything comes from one Qt-free query run through ``services.run``."""

    open_screen = Signal(str)  # the main window shows that screen (e.g. "review")
    connect_shop_requested = Signal()

    def __init__(self, services: GuiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.board: q.Dashboard | None = None
        self.loads = 0

        self.title_label = screen_title(self)
        self.alerts_label = QLabel(self)
        self.alerts_label.setObjectName("DashboardAlerts")
        self.alerts_label.setWordWrap(True)
        self.alerts_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        # Rules not reviewed for a while, or drifting: a reminder with "Mark reviewed".
        self.rule_reminders = RuleRemindersBox(services, self)
        # The backlog a shop's "ignore" choice left to the merchant: visible, one click away.
        self.left_to_you_button = QPushButton(self)
        self.left_to_you_button.setObjectName("LeftToYou")
        self.left_to_you_button.setFlat(True)
        self.left_to_you_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.left_to_you_button.setStyleSheet("text-align: left; text-decoration: underline;")
        self.left_to_you_button.setVisible(False)
        self.left_to_you_button.clicked.connect(
            lambda: self.open_screen.emit("refunds/left_to_you")
        )
        # What RefundDesk is doing and the merchant's next step (connect, add a rule, review).
        self.next_step = NextStepPanel(self)
        self.next_step.connect_requested.connect(self.connect_shop_requested)
        self.next_step.open_screen.connect(self.open_screen)

        self.today_tile = Tile(self)
        self.week_tile = Tile(self)
        self.waiting_tile = Tile(self)
        self.waiting_tile.clicked.connect(lambda: self.open_screen.emit("review"))
        self.waiting_tile.setCursor(Qt.CursorShape.PointingHandCursor)
        self.shadow_tile = Tile(self)
        self.due_tile = Tile(self)
        tiles = QGridLayout()
        for column, tile in enumerate(
            (self.today_tile, self.week_tile, self.waiting_tile, self.shadow_tile, self.due_tile)
        ):
            tiles.addWidget(tile, 0, column)

        self.chart = _make_chart(self)
        self.delay_title = QLabel(self)
        self.delay_title.setObjectName("SectionTitle")
        self.delay_box = QVBoxLayout()
        self.feed_title = QLabel(self)
        self.feed_title.setObjectName("SectionTitle")
        self.feed = FeedList(self)

        lower = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.chart, 1)
        right = QVBoxLayout()
        right.addWidget(self.delay_title)
        right.addLayout(self.delay_box)
        right.addSpacing(12)
        right.addWidget(self.feed_title)
        right.addWidget(self.feed)
        right.addStretch(1)
        # Half each: the chart thins its day labels out when narrow, while the last actions'
        # phrases need the room (at 3:2 they read "Zwr…" in Polish at 1024x768).
        lower.addLayout(left, 1)
        lower.addLayout(right, 1)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.alerts_label)
        layout.addWidget(self.rule_reminders)
        layout.addWidget(self.left_to_you_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.next_step)
        layout.addLayout(tiles)
        layout.addLayout(lower, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._stop_buttons: list[QPushButton] = []
        self._waiting_shown: tuple[Any, ...] | None = None  # what the delay box shows
        self.refresh_when_seen = refresh_when_seen(self, services, self._on_changes)
        self.retranslate_ui()
        self.refresh()

    # -- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self._services.ctx
        db, secrets, now, tz = ctx.db, ctx.secrets, ctx.now(), _local_tz()
        # The keyring is asked off this thread (finding it may wait on D-Bus), and its absence
        # is a notice here, not an error: the dashboard shows whatever else it has.
        self._services.run(
            lambda: q.load_dashboard(db, now, tz, keyring=keyring_alert(secrets)),  # type: ignore[arg-type]
            self._show,
        )
        self._load_next_step()

    def _load_next_step(self) -> None:
        db = self._services.ctx.db
        self._services.run(lambda: load_progress(db), self.next_step.set_progress)

    def _on_changes(self, changes: Changes) -> None:
        # Rules alone change only the next step; everything else may change any part.
        if changes == Changes(rules=True):
            self._load_next_step()
        elif changes.any:
            self.refresh()

    def _show(self, board: q.Dashboard) -> None:
        self.board = board
        self.loads += 1
        self.retranslate_ui()

    def stop_waiting(self, intent_id: int) -> None:
        """The Stop button: the planned refund is dismissed before its delay runs out."""
        ctx = self._services.ctx
        db, now = ctx.db, ctx.now()
        self._services.run(
            lambda: review.dismiss(db, [intent_id], now=now, note=STOP_NOTE),
            lambda _: self._services.notify(Changes(refunds=True, review=True)),
        )

    # -- showing ---------------------------------------------------------------------------

    def _totals_text(self, totals: q.Totals) -> str:
        if not totals.amounts:
            return self.tr("nothing")
        return ", ".join(format_money(a) for a in totals.amounts)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Dashboard"))
        self.delay_title.setText(self.tr("Refunds waiting out their delay"))
        self.feed_title.setText(self.tr("Last actions"))
        self.today_tile.caption.setText(self.tr("Refunded today"))
        self.week_tile.caption.setText(self.tr("Refunded this week"))
        self.waiting_tile.caption.setText(self.tr("Waiting for you"))
        self.waiting_tile.setToolTip(self.tr("Open Review"))
        self.shadow_tile.caption.setText(self.tr("Shadow rules would have refunded (week)"))
        self.due_tile.caption.setText(self.tr("Orders to send today"))
        board = self.board
        if board is None:
            return
        self.today_tile.value.setText(str(board.today.count))
        self.today_tile.detail.setText(self._totals_text(board.today))
        self.week_tile.value.setText(str(board.week.count))
        self.week_tile.detail.setText(self._totals_text(board.week))
        self.waiting_tile.value.setText(str(board.holds + board.failures))
        self.waiting_tile.detail.setText(
            counts.pieces(counts.held(board.holds), counts.failed_or_unchecked(board.failures))
        )
        self.shadow_tile.value.setText(str(board.shadow_week.count))
        self.shadow_tile.detail.setText(self._totals_text(board.shadow_week))
        self.due_tile.value.setText(str(board.due_today))
        self.due_tile.detail.setText(
            self.tr("%1 already overdue").replace("%1", str(board.overdue))
        )
        self.alerts_label.setText("\n".join(self._alert_text(a) for a in board.alerts))
        self.alerts_label.setVisible(bool(board.alerts))
        self.left_to_you_button.setVisible(board.left_to_you > 0)
        self.left_to_you_button.setText(counts.left_to_you(board.left_to_you))
        self.left_to_you_button.setToolTip(self.tr("Show them in Refunds"))
        self._show_waiting(board.waiting)
        today = self._services.ctx.now().astimezone().date()
        self.feed.set_entries([self._feed_entry(f, today) for f in board.feed], empty_text("feed"))
        _fill_chart(self.chart, board.per_day, self.tr("Refunds per day, last 14 days"))

    def _feed_entry(self, item: q.FeedItem, today: date) -> FeedEntry:
        """Time · order · what happened · amount, from the event type in the current language
        (the stored detail is the core's English sentence with internal state names). Today's
        entries show only the time: the line stays on one line in the narrow column."""
        moment = to_qdatetime(item.occurred_at)
        local_day = date(moment.date().year(), moment.date().month(), moment.date().day())
        if local_day == today:
            when = QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
        else:
            when = format_datetime(item.occurred_at)
        return FeedEntry(
            when=when,
            order=self.tr("order %1").replace("%1", short_order_id(item.order_id)),
            what=event_words(item.source, item.type),
            amount="" if item.amount is None else format_money(item.amount),
            order_tooltip=item.order_id,
        )

    def _alert_text(self, alert: q.Alert) -> str:
        if alert.kind == "breaker":
            failures = int(alert.detail) if alert.detail.isdigit() else 0
            return counts.breaker_stopped(failures)
        if alert.kind == "budget":
            return self.tr("Today's refund budget is reached: refunds wait for your approval.")
        if alert.kind == "keyring":
            return self.tr(
                "Your shop logins are stored in %1, which your operating system does not "
                "encrypt: anyone who can read your files can read them. Use the system keyring "
                "instead (GNOME Keyring, KWallet, Keychain or the Windows Credential Manager)."
            ).replace("%1", alert.detail)
        if alert.kind == "no_keyring":
            return self.tr(
                "No system keyring can be used, so RefundDesk cannot read or keep shop logins. "
                "Settings → General says what to install."
            )
        return self.tr("Reconnect the shop “%1” in Settings.").replace("%1", alert.detail)

    def _show_waiting(self, waiting: tuple[q.WaitingRefund, ...]) -> None:
        lines = tuple(
            (
                entry.intent_id,
                self.tr("%1 to %2, at %3")
                .replace("%1", format_money(entry.amount))
                .replace("%2", entry.buyer_login or short_order_id(entry.order_id))
                .replace("%3", format_datetime(entry.not_before)),
            )
            for entry in waiting
        )
        shown = (lines, self.tr("Stop"), self.tr("Do not send this refund"), empty_text("waiting"))
        if shown == self._waiting_shown:
            return  # the same rows in the same words: nothing to lay out again
        self._waiting_shown = shown
        while self.delay_box.count():
            item = self.delay_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._stop_buttons = []
        if not waiting:
            none = QLabel(empty_text("waiting"), self)
            none.setObjectName("EmptyHint")
            none.setWordWrap(True)
            none.setStyleSheet(f"color: {theme.MUTED};")
            self.delay_box.addWidget(none)
            return
        for intent_id, words in lines:
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = QLabel(words, row)
            text.setTextFormat(Qt.TextFormat.PlainText)
            stop = QPushButton(self.tr("Stop"), row)
            stop.setToolTip(self.tr("Do not send this refund"))
            stop.clicked.connect(lambda _=False, i=intent_id: self.stop_waiting(i))
            line.addWidget(text, 1)
            line.addWidget(stop)
            self._stop_buttons.append(stop)
            self.delay_box.addWidget(row)

    @property
    def stop_buttons(self) -> list[QPushButton]:
        return list(self._stop_buttons)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


# Room a day label needs beside its neighbours, beyond its own text (QtCharts elides a label
# to "…" when its category is narrower than the text plus this).
DAY_LABEL_AIR = 10


def day_label_step(label_width: int, category_width: float) -> int:
    """Label every n-th day so each label has room: 1 when all fit, 2 for every other day…"""
    need = label_width + DAY_LABEL_AIR
    if category_width <= 0:
        return 1
    step = 1
    while step * category_width < need and step < 7:
        step += 1
    return step


def labelled_days(count: int, step: int) -> list[int]:
    """Which of ``count`` days get a label: every ``step``-th, counted back from today (the
    last, always labelled)."""
    return [i for i in range(count) if (count - 1 - i) % step == 0]


def _make_chart(parent: QWidget) -> QWidget:
    from PySide6.QtCharts import QCategoryAxis, QChart, QChartView
    from PySide6.QtGui import QPainter, QResizeEvent

    class DayChart(QChartView):
        """Bars per day; on every resize the day axis shows as many labels as have room,
        never a row of "…" (the Polish dashboard at 1024x768 showed "8 9 … … …")."""

        days: tuple[date, ...] = ()
        step = 1

        def resizeEvent(self, event: QResizeEvent) -> None:
            super().resizeEvent(event)
            self.thin_out()

        def thin_out(self) -> None:
            axes = self.chart().axes(Qt.Orientation.Horizontal)
            if not self.days or not axes or not isinstance(axes[0], QCategoryAxis):
                return
            axis = axes[0]
            metrics = QFontMetrics(axis.labelsFont())
            widest = max(metrics.horizontalAdvance(str(d.day)) for d in self.days)
            plot = self.chart().plotArea().width() or self.width() - 80
            self.step = day_label_step(widest, plot / len(self.days))
            category = plot / len(self.days)
            # The first day may be too near the axis's start for its label (it may reach into
            # the margin, but not beyond the room up to the start).
            wanted = [
                (str(self.days[i].day), i)
                for i in labelled_days(len(self.days), self.step)
                if (i + 0.5) * category >= metrics.horizontalAdvance(str(self.days[i].day))
            ]
            if [(label, axis.endValue(label)) for label in axis.categoriesLabels()] == wanted:
                return
            for label in axis.categoriesLabels():
                axis.remove(label)
            # Each label sits under its bar (the bars stand at 0, 1, 2 …) and may be as wide
            # as the distance to the previous label: a bar category axis cut every label to
            # its own bar's width, and "10" did not fit there.
            for label, value in wanted:
                axis.append(label, value)

    chart = QChart()
    chart.legend().hide()
    view = DayChart(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    # The chart fills what is left, never more: its large size hint made the page taller than
    # the window (a scroll bar at 1280x800 in Chinese, whose lines are taller).
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    return view


def _fill_chart(view: QWidget, days: tuple[q.DayCount, ...], title: str) -> None:
    from PySide6.QtCharts import QBarSeries, QBarSet, QCategoryAxis, QChartView, QValueAxis

    assert isinstance(view, QChartView)
    chart = view.chart()
    counts = [float(d.count) for d in days]
    top = max([d.count for d in days] + [4])
    if chart.title() != title:
        chart.setTitle(title)
    if _new_counts_only(chart, tuple(d.day for d in days), getattr(view, "days", ())):
        # The same days: the bars and the scale change in place. Building the chart anew (its
        # series and axes) took the window's thread ~18 ms on every dashboard refresh.
        bars = chart.series()[0].barSets()[0]  # type: ignore[attr-defined]
        for i, value in enumerate(counts):
            if bars.at(i) != value:
                bars.replace(i, value)
        y = chart.axes(Qt.Orientation.Vertical)[0]
        if y.max() != top:  # type: ignore[attr-defined]
            y.setRange(0, top)
        return
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    bars = QBarSet("")
    bars.append(counts)
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    # Day numbers (14 dates do not fit), placed by hand: see DayChart.thin_out.
    x = QCategoryAxis()
    x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    x.setRange(-0.5, len(days) - 0.5)
    x.setGridLineVisible(False)
    y = QValueAxis()
    y.setLabelFormat("%d")
    y.setRange(0, top)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    view.days = tuple(d.day for d in days)  # type: ignore[attr-defined]
    view.thin_out()  # type: ignore[attr-defined]


def _new_counts_only(chart: Any, days: tuple[date, ...], shown: tuple[date, ...]) -> bool:
    """Whether the chart already shows bars for exactly these days."""
    from PySide6.QtCharts import QBarSeries, QValueAxis

    series = chart.series()
    if days != shown or len(series) != 1 or not isinstance(series[0], QBarSeries):
        return False
    sets = series[0].barSets()
    vertical = chart.axes(Qt.Orientation.Vertical)
    return (
        len(sets) == 1
        and sets[0].count() == len(days)
        and len(vertical) == 1
        and isinstance(vertical[0], QValueAxis)
    )


def keyring_alert(secrets: Secrets) -> q.Alert | None:
    """(Off the GUI thread.) The keyring's notice for the dashboard: none, or not encrypted."""
    info = keyring_info(secrets)
    if info.error is not None:
        return q.Alert("no_keyring")
    if info.warning is not None:
        return q.Alert("keyring", info.name)
    return None
