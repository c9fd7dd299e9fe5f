"""The app's calm look: soft warm neutrals, generous spacing, no alarming colours.

Every text colour is at least 4.5:1 against the background it sits on (WCAG AA); disabled
controls look disabled; keyboard focus is a clear ring; the arrows of number fields and
drop-downs are drawn from small SVGs shipped beside this module."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

BACKGROUND = "#f6f2ec"
SURFACE = "#fffdf9"
INK = "#3b3631"
MUTED = "#6b635b"  # 5.3:1 on BACKGROUND
ACCENT = "#7d8f7a"  # sage: borders and bars, never text
ACCENT_DARK = "#5f705c"  # 4.8:1 on BACKGROUND; white on it 5.3:1
ACCENT_DEEP = "#4f5e4c"
BORDER = "#e4dcd1"
DISABLED_TEXT = "#9a9188"
DISABLED_BACK = "#efeae3"
FOCUS = "#3f6e8c"  # a calm blue ring
SELECTED = "#dde5d9"  # a chosen row: ink stays readable on it (10:1)


def icons_dir() -> Path:
    return Path(str(resources.files("desktop.ui.kit").joinpath("icons")))


_TEMPLATE = """
QMainWindow, QDialog {{ background: {BACKGROUND}; }}
QWidget {{ color: {INK}; }}
QLabel#title {{ font-size: 30px; font-weight: 300; letter-spacing: 1px; }}
QLabel#subtitle {{ color: {MUTED}; font-size: 15px; }}
QLabel#muted {{ color: {MUTED}; }}
QLabel#cardTitle {{ font-size: 18px; }}
QLabel#heading {{ font-size: 15px; font-weight: 600; }}
QFrame#card {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 14px; }}
QPushButton {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px;
    padding: 7px 16px; font-size: 14px;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus {{ border: 2px solid {FOCUS}; padding: 6px 15px; }}
QPushButton:disabled {{ background: {DISABLED_BACK}; color: {DISABLED_TEXT};
    border: 1px dashed {BORDER}; }}
QPushButton#primary {{
    background: {ACCENT_DARK}; color: white; border: none; padding: 10px 22px; font-size: 15px;
}}
QPushButton#primary:hover {{ background: {ACCENT_DEEP}; }}
QPushButton#primary:focus {{ border: 2px solid {FOCUS}; padding: 8px 20px; }}
QPushButton#primary:disabled {{ background: {DISABLED_BACK}; color: {DISABLED_TEXT};
    border: 1px dashed {BORDER}; }}
QPushButton#link {{ border: none; background: transparent; color: {ACCENT_DARK};
    text-decoration: underline; padding: 2px; }}
QPushButton#link:focus {{ border: 2px solid {FOCUS}; padding: 0px; }}
QStatusBar {{ background: {BACKGROUND}; color: {MUTED}; }}
QProgressBar {{ border: 1px solid {BORDER}; border-radius: 4px; background: {SURFACE};
    max-height: 8px; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 4px; }}
QLineEdit, QSpinBox, QComboBox, QDateEdit, QTimeEdit, QPlainTextEdit {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px; padding: 5px;
    placeholder-text-color: {MUTED}; }}
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus,
QTextEdit:focus, QAbstractItemView:focus {{ border: 2px solid {FOCUS}; }}
QLineEdit:disabled, QSpinBox:disabled, QComboBox:disabled {{ color: {DISABLED_TEXT};
    background: {DISABLED_BACK}; }}
QCheckBox, QRadioButton, QToolButton {{ border: 2px solid transparent; border-radius: 6px;
    padding: 2px 4px; }}
QCheckBox:focus, QRadioButton:focus, QToolButton:focus, QSlider:focus {{
    border: 2px solid {FOCUS}; border-radius: 6px; }}
QTabBar::tab {{ background: {BACKGROUND}; border: 2px solid transparent;
    border-bottom: 2px solid {BORDER}; padding: 6px 14px; margin-right: 2px; }}
QTabBar::tab:selected {{ background: {SURFACE}; border-bottom: 2px solid {ACCENT_DARK}; }}
QTabBar::tab:hover {{ border-bottom-color: {ACCENT}; }}
QTabBar::tab:focus {{ border: 2px solid {FOCUS}; border-radius: 6px; }}
QTabWidget::pane {{ border: 1px solid {BORDER}; border-radius: 6px; top: -2px; }}
QSpinBox, QDateEdit, QTimeEdit {{ padding-right: 22px; }}
QSpinBox::up-button, QDateEdit::up-button, QTimeEdit::up-button {{
    subcontrol-origin: border; subcontrol-position: top right; width: 20px;
    border-left: 1px solid {BORDER}; border-top-right-radius: 6px; }}
QSpinBox::down-button, QDateEdit::down-button, QTimeEdit::down-button {{
    subcontrol-origin: border; subcontrol-position: bottom right; width: 20px;
    border-left: 1px solid {BORDER}; border-bottom-right-radius: 6px; }}
QSpinBox::up-arrow, QDateEdit::up-arrow, QTimeEdit::up-arrow {{
    image: url({UP}); width: 10px; height: 10px; }}
QSpinBox::down-arrow, QDateEdit::down-arrow, QTimeEdit::down-arrow {{
    image: url({DOWN}); width: 10px; height: 10px; }}
QSpinBox::up-arrow:disabled, QSpinBox::up-arrow:off {{ image: url({UP_OFF}); }}
QSpinBox::down-arrow:disabled, QSpinBox::down-arrow:off {{ image: url({DOWN_OFF}); }}
QComboBox {{ padding-right: 24px; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
    width: 22px; border: none; }}
QComboBox::down-arrow {{ image: url({DOWN}); width: 11px; height: 11px; }}
QComboBox::down-arrow:disabled {{ image: url({DOWN_OFF}); }}
QDateEdit::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
    width: 22px; border: none; }}
QListWidget::item:selected {{ background: {SELECTED}; color: {INK}; }}
QMenuBar {{ background: {BACKGROUND}; }}
QLabel#timeLeft {{ color: {ACCENT_DARK}; font-size: 15px; padding: 0 8px; }}
QLabel#helplines {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px;
    padding: 8px 12px; }}
QLabel#aiBadge {{ background: {BORDER}; border-radius: 6px; padding: 2px 8px; }}
QFrame#calm {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 18px; }}
"""


def stylesheet() -> str:
    """The whole app's stylesheet, with the arrows' image paths filled in."""
    icon = {
        k: (icons_dir() / f"{n}.svg").as_posix()
        for k, n in (
            ("UP", "arrow-up"),
            ("DOWN", "arrow-down"),
            ("UP_OFF", "arrow-up-off"),
            ("DOWN_OFF", "arrow-down-off"),
        )
    }
    return _TEMPLATE.format(
        BACKGROUND=BACKGROUND,
        SURFACE=SURFACE,
        INK=INK,
        MUTED=MUTED,
        ACCENT=ACCENT,
        ACCENT_DARK=ACCENT_DARK,
        ACCENT_DEEP=ACCENT_DEEP,
        BORDER=BORDER,
        DISABLED_TEXT=DISABLED_TEXT,
        DISABLED_BACK=DISABLED_BACK,
        FOCUS=FOCUS,
        SELECTED=SELECTED,
        **icon,
    )


def apply_theme(app: QApplication) -> None:
    """Set the palette, a readable default font and the stylesheet on the whole app."""
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
    palette.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(MUTED))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT_DARK))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    app.setStyleSheet(stylesheet())
