"""A QR code painted from qrcode's module matrix with QPainter (no image library needed)."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR modules for ``text`` (True is dark), with a two-module quiet zone."""
    qr = qrcode.QRCode(border=2)
    qr.add_data(text)
    qr.make(fit=True)
    return [[bool(cell) for cell in row] for row in qr.get_matrix()]


class QrCodeWidget(QWidget):
    """Shows one URL as a QR code so the merchant can approve on a phone."""

    def __init__(self, parent: QWidget | None = None, *, side: int = 180) -> None:
        super().__init__(parent)
        self._text = ""
        self._matrix: list[list[bool]] = []
        self._side = side
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(side, side)

    def set_text(self, text: str) -> None:
        self._text = text
        self._matrix = qr_matrix(text) if text else []
        self.setToolTip(text)
        self.update()

    def text(self) -> str:
        return self._text

    def modules(self) -> int:
        """How many modules a side has (quiet zone included); 0 while empty."""
        return len(self._matrix)

    def sizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        # Always black on white whatever the theme: scanners need the contrast.
        painter.fillRect(self.rect(), QColor("white"))
        count = len(self._matrix)
        if count:
            side = min(self.width(), self.height())
            # Whole pixels per module keep the edges crisp, which scanners like.
            cell = max(1, side // count)
            offset_x = (self.width() - cell * count) / 2
            offset_y = (self.height() - cell * count) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("black"))
            for y, row in enumerate(self._matrix):
                for x, dark in enumerate(row):
                    if dark:
                        painter.drawRect(
                            QRectF(offset_x + x * cell, offset_y + y * cell, cell, cell)
                        )
        painter.end()
