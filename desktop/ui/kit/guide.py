"""A short user guide under Help, in the person's language. GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.ui.i18n import tr


def guide_html() -> str:
    return tr(
        "<h2>Using Keepsake</h2>"
        "<h3>Make a portrait</h3><p>Choose “Add someone you miss” on the portrait wall "
        "(Ctrl+N). Give their name, a few photos, recordings of their voice if you have "
        "them, a chat export and the sayings you remember; you can also drop photos, "
        "recordings and chat exports (a WhatsApp .zip too) onto the editor. Record who made "
        "the portrait and whether they agreed; then “Create portrait”.</p>"
        "<h3>Talk</h3><p>Open their page and choose “Talk”. Speak, or type and press Enter. "
        "A reply that quotes what they really said is marked “said in life”; everything else "
        "is written by the AI and marked “AI”. “Support” is always at the top of the call.</p>"
        "<h3>The journal</h3><p>Every conversation is kept as it happens (Ctrl+J): read it, "
        "search it, write an entry, export it for yourself or your therapist.</p>"
        "<h3>Limits and goodbye</h3><p>A therapist can set gentle usage limits with a PIN "
        "(Keepsake menu). When you are ready, “Say goodbye…” on their page offers a last "
        "conversation or a letter, then the portrait rests.</p>"
        "<h3>Keys</h3><p>Ctrl+N a new portrait · Ctrl+J the journal · Ctrl+, Settings · "
        "F1 this guide · Ctrl+Q quit.</p>"
        "<h3>Your data</h3><p>Everything stays on this computer, encrypted. Back it up from "
        "the Keepsake menu.</p>"
    )


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keepsake guide"))
        self.resize(620, 560)
        self.text = QTextBrowser()
        self.text.setAccessibleName(tr("Keepsake guide"))
        self.text.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
