"""The app's calm look: soft warm neutrals, generous spacing, no alarming colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

BACKGROUND = "#f6f2ec"
SURFACE = "#fffdf9"
INK = "#3b3631"
MUTED = "#7a7168"
ACCENT = "#7d8f7a"  # sage
ACCENT_DARK = "#5f705c"
BORDER = "#e4dcd1"

STYLESHEET = f"""
QMainWindow, QDialog {{ background: {BACKGROUND}; }}
QWidget {{ color: {INK}; }}
QLabel#title {{ font-size: 30px; font-weight: 300; letter-spacing: 1px; }}
QLabel#subtitle {{ color: {MUTED}; font-size: 15px; }}
QLabel#muted {{ color: {MUTED}; }}
QLabel#cardTitle {{ font-size: 18px; }}
QFrame#card {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 14px; }}
QPushButton {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px;
    padding: 7px 16px; font-size: 14px;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton#primary {{
    background: {ACCENT}; color: white; border: none; padding: 10px 22px; font-size: 15px;
}}
QPushButton#primary:hover {{ background: {ACCENT_DARK}; }}
QPushButton#link {{ border: none; background: transparent; color: {ACCENT_DARK};
    text-decoration: underline; padding: 2px; }}
QStatusBar {{ background: {BACKGROUND}; color: {MUTED}; }}
QProgressBar {{ border: 1px solid {BORDER}; border-radius: 4px; background: {SURFACE};
    max-height: 8px; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 4px; }}
QLineEdit, QSpinBox, QComboBox {{ background: {SURFACE}; border: 1px solid {BORDER};
    border-radius: 6px; padding: 5px; }}
QMenuBar {{ background: {BACKGROUND}; }}
QLabel#timeLeft {{ color: {ACCENT_DARK}; font-size: 15px; padding: 0 8px; }}
QLabel#aiBadge {{ background: {BORDER}; border-radius: 6px; padding: 2px 8px; }}
QFrame#calm {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 18px; }}
"""


def apply_theme(app: QApplication) -> None:
    """Set the palette, a readable default font and the stylesheet on the whole app."""
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
    palette.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
