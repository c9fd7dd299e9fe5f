"""Small dialogs: the vault passphrase, adding a person, About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.services.paths import AppPaths
from desktop.ui.i18n import tr
from desktop.vault.keys import MIN_PASSPHRASE_CHARS
from desktop.vault.personas import PersonaStore


class PassphraseDialog(QDialog):
    """Asks for the vault passphrase; in `create` mode asks twice and explains why."""

    def __init__(self, create: bool, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.creating = create
        self.setWindowTitle(tr("Choose a passphrase") if create else tr("Unlock Keepsake"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        if create:
            intro = tr(
                "This computer has no system keyring, so your keepsake will be locked "
                "with a passphrase you choose. Keep it somewhere safe: without it, "
                "nobody (not even you) can open your data. At least {0} characters."
            ).format(MIN_PASSPHRASE_CHARS)
        else:
            intro = tr("Please enter your passphrase to open your keepsake.")
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Passphrase"), self.first)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        if create:
            form.addRow(tr("Once more"), self.second)
        layout.addLayout(form)
        self.error = QLabel(error)
        self.error.setObjectName("muted")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.creating:
            if len(self.first.text()) < MIN_PASSPHRASE_CHARS:
                self.error.setText(
                    tr("Please use at least {0} characters.").format(MIN_PASSPHRASE_CHARS)
                )
                return
            if self.first.text() != self.second.text():
                self.error.setText(tr("The two passphrases are not the same."))
                return
        elif not self.first.text():
            return
        self.accept()

    def passphrase(self) -> str:
        return self.first.text()


def portrait_thumbnail(store: PersonaStore, persona_id: int, size: int) -> QPixmap | None:
    """A round thumbnail of the persona's portrait photo, centred on the face when known."""
    persona = store.get(persona_id)
    if persona.portrait_media_id is None:
        return None
    image = QImage.fromData(store.media_data(persona.portrait_media_id))
    if image.isNull():
        return None
    if persona.rig_json:
        import json

        x, y, w, h = json.loads(persona.rig_json)["face"]
        scale = image.width() / json.loads(persona.rig_json)["image_size"][0]
        side = max(w, h) * 1.6 * scale
        cx, cy = (x + w / 2) * scale, (y + h / 2) * scale
        image = image.copy(int(cx - side / 2), int(cy - side / 2), int(side), int(side))
    else:
        side = min(image.width(), image.height())
        image = image.copy((image.width() - side) // 2, (image.height() - side) // 2, side, side)
    scaled = QPixmap.fromImage(image).scaled(
        size,
        size,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    round_pix = QPixmap(size, size)
    round_pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(round_pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(0, 0, size, size)
    painter.setClipPath(path)
    painter.drawPixmap(0, 0, scaled)
    painter.end()
    return round_pix


class AboutDialog(QDialog):
    """What Keepsake is, and where its data lives."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About Keepsake"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        text = QLabel(
            tr(
                "<h2>Keepsake {0}</h2><p>A private place to talk with a portrait of "
                "someone you lost. The portrait is an AI: it is built from the photos, "
                "recordings and words you give it, and it is always labelled as such. "
                "It is not the person, and it is not a therapist.</p><p>Everything "
                "stays on this computer, encrypted. Keepsake needs no account, sends "
                "nothing anywhere and never contacts you.</p><p "
                "style='color:#7a7168'>Your data: {1}</p>"
            ).format(__version__, paths.data_dir)
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
