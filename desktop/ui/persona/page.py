"""A persona's page: who they were, the consent record, their words, and deleting them."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.avatar.face import FaceAnalysis
from desktop.avatar.photo import Image, decode_photo
from desktop.avatar.rig import Rig
from desktop.core.errors import NoFaceFoundError
from desktop.core.persona import (
    ImportReport,
    SayingCaution,
    SayingKind,
    SourceKind,
)
from desktop.services.persona_builder import shipped_invitation_check
from desktop.ui.family.consent_text import consent_summary
from desktop.ui.i18n import tr, tr_noop, trn
from desktop.ui.kit.confirm import confirm
from desktop.ui.kit.messages import describe, photo_note_message
from desktop.ui.persona.face_choice import Found, find_face, first_guess, pick_face
from desktop.ui.persona.forms import ConsentDialog, DetailsDialog
from desktop.ui.persona.gallery import PhotoGallery
from desktop.ui.persona.import_notice import ImportNotice
from desktop.ui.persona.rig_dialog import RigDialog
from desktop.ui.persona.saying_caution import ask_about_invitation, mark_text
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.personas import PersonaStore

_SOURCE = {
    SourceKind.TYPED: tr_noop("typed"),
    SourceKind.CLIP: tr_noop("from a recording"),
    SourceKind.CHAT: tr_noop("from messages"),
}


class PersonaPage(QWidget):
    back = Signal()
    delete_requested = Signal(int)  # confirmed by the person
    changed = Signal(int)
    voice_preview_requested = Signal(int)
    talk_requested = Signal(int)
    farewell_requested = Signal(int)
    bring_back_requested = Signal(int)
    share_requested = Signal(int)  # "Share this portrait…"
    sealed_requested = Signal(int)  # "Messages for later"
    record_more_requested = Signal(int)  # more answers to their own interview
    exercise_requested = Signal(int)  # a guided exercise with this person

    def __init__(self, tasks: BackgroundTasks | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: PersonaStore | None = None
        self.persona_id: int | None = None
        self.tasks = tasks or BackgroundTasks(immediate=True)
        self.invites = shipped_invitation_check()  # the output check, for old sayings
        content = QWidget()  # scrolls when the window is too short for all of it
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(48, 28, 48, 24)
        layout.addLayout(self._build_header())
        self.title = QLabel()
        self.title.setObjectName("title")
        self.details = QLabel()
        self.details.setObjectName("muted")
        self.details.setWordWrap(True)
        self.consent = QLabel()
        self.consent.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.consent)
        family_row = QHBoxLayout()
        family_row.addWidget(self.family_button)  # sharing and sealed messages, by the consent
        family_row.addStretch(1)
        layout.addLayout(family_row)
        self.notice = ImportNotice(self)  # retirement, a photo's note, or what an import added
        layout.addWidget(self.notice)
        self._build_gallery(layout)
        words = QLabel(tr("Their words"))
        words.setObjectName("cardTitle")
        layout.addWidget(words)
        self.words = QListWidget()
        self.words.setAccessibleName(tr("Their words"))
        self.words.itemDoubleClicked.connect(self.edit_saying)
        layout.addWidget(self.words, 1)
        hint = QLabel(
            tr(
                "Sayings from recordings wait for you to confirm them: double-click to check "
                "or correct the words."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self._days_row = QHBoxLayout()  # their remembrance days (given by the window)
        self._days_row.addWidget(self.exercise_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(self._days_row)
        self.days: QWidget | None = None

    def set_days(self, days: QWidget | None) -> None:
        """The remembrance days' editor for the persona shown (None takes it away)."""
        if self.days is not None:
            self._days_row.removeWidget(self.days)
            self.days.deleteLater()
        self.days = days
        if days is not None:
            self._days_row.insertWidget(0, days, 1)

    def _build_header(self) -> QHBoxLayout:
        top = QHBoxLayout()
        back = QPushButton(tr("← Portrait wall"))
        back.setObjectName("link")
        back.clicked.connect(self.back)
        top.addWidget(back)
        top.addStretch(1)
        self.talk_button = QPushButton(tr("Talk"))
        self.talk_button.setObjectName("primary")
        self.talk_button.clicked.connect(lambda: self.talk_requested.emit(self.persona_id))
        top.addWidget(self.talk_button)
        self.exercise_button = QPushButton(tr("Guided exercise…"))
        self.exercise_button.setVisible(False)  # only when a therapist enabled one
        self.exercise_button.clicked.connect(lambda: self.exercise_requested.emit(self.persona_id))
        self.consent_button = QPushButton(tr("Consent…"))
        self.consent_button.clicked.connect(self.edit_consent)
        top.addWidget(self.consent_button)
        self.edit_button = QPushButton(tr("Edit details…"))
        self.edit_button.clicked.connect(self.edit_details)
        top.addWidget(self.edit_button)
        self.voice_button = QPushButton(tr("Hear their voice"))
        self.voice_button.clicked.connect(
            lambda: self.voice_preview_requested.emit(self.persona_id)
        )
        top.addWidget(self.voice_button)
        self.family_button = QPushButton(tr("For the family"))
        self.family_menu = QMenu(self.family_button)
        self.share_action = self.family_menu.addAction(tr("Share this portrait…"))
        self.share_action.triggered.connect(lambda: self.share_requested.emit(self.persona_id))
        self.sealed_action = self.family_menu.addAction(tr("Messages for later…"))
        self.sealed_action.triggered.connect(lambda: self.sealed_requested.emit(self.persona_id))
        self.record_action = self.family_menu.addAction(tr("Record more answers…"))
        self.record_action.triggered.connect(
            lambda: self.record_more_requested.emit(self.persona_id)
        )
        self.family_button.setMenu(self.family_menu)
        self.goodbye_button = QPushButton(tr("Say goodbye…"))
        self.goodbye_button.setToolTip(
            tr("A last conversation or a letter, then retire the portrait")
        )
        self.goodbye_button.clicked.connect(lambda: self.farewell_requested.emit(self.persona_id))
        top.addWidget(self.goodbye_button)
        self.bring_back_button = QPushButton(tr("Bring back…"))
        self.bring_back_button.clicked.connect(
            lambda: self.bring_back_requested.emit(self.persona_id)
        )
        top.addWidget(self.bring_back_button)
        self.archive_button = QPushButton(tr("Put away"))  # its words follow the portrait
        self.archive_button.clicked.connect(self.toggle_archived)
        top.addWidget(self.archive_button)
        self.delete_button = QPushButton(tr("Delete portrait…"))
        self.delete_button.clicked.connect(self.confirm_delete)
        top.addWidget(self.delete_button)
        return top

    def _build_gallery(self, layout: QVBoxLayout) -> None:
        photos = QLabel(tr("Photos"))
        photos.setObjectName("cardTitle")
        layout.addWidget(photos)
        self.gallery = PhotoGallery(self.tasks)  # small pictures, made in the background
        layout.addWidget(self.gallery)
        photo_row = QHBoxLayout()
        self.portrait_button = QPushButton(tr("Use as portrait"))
        self.portrait_button.clicked.connect(self.use_selected_as_portrait)
        self.gallery.acts_on_choice(self.portrait_button)
        self.rig_button = QPushButton(tr("Adjust face points…"))
        self.rig_button.clicked.connect(self.adjust_rig)
        photo_row.addWidget(self.portrait_button)
        photo_row.addWidget(self.rig_button)
        photo_row.addStretch(1)
        layout.addLayout(photo_row)

    def show_persona(self, store: PersonaStore, persona_id: int) -> None:
        self.store, self.persona_id = store, persona_id
        self.notice.setText("")
        persona = store.get(persona_id)
        d = persona.details
        self.title.setText(persona.display_name)
        facts = [d.name] if d.called else []
        facts += [
            x for x in (d.relationship, f"{d.born} – {d.died}" if d.born or d.died else "") if x
        ]
        self.details.setText(" · ".join(facts) + (f"\n{d.personality}" if d.personality else ""))
        record = store.consent(persona_id)
        if record is None:
            self.consent.setText(
                tr("Consent has not been recorded yet: conversations wait for it.")
            )
        else:
            self.consent.setText(consent_summary(record))
        self.record_action.setVisible(record is not None and record.self_recorded)
        self.show_retirement(persona.retired_at)
        store.mark_invitations(persona_id, self.invites)  # vaults older than the check
        self.refresh_words()
        self.refresh_gallery()

    def show_retirement(self, retired_at: datetime | None) -> None:
        """A retired portrait: no calls offered; bring back, put away or delete."""
        retired = retired_at is not None
        self.talk_button.setVisible(not retired)
        self.voice_button.setVisible(not retired)
        self.goodbye_button.setVisible(not retired)
        self.bring_back_button.setVisible(retired)
        self.archive_button.setVisible(retired)
        if retired_at is not None:
            assert self.store is not None and self.persona_id is not None
            archived = any(
                p.archived for p in self.store.list_summaries() if p.id == self.persona_id
            )
            self.archive_button.setText(tr("Show on the wall") if archived else tr("Put away"))
            self.notice.setText(
                tr(
                    "You said goodbye on {0:%d %B %Y}. Your conversations stay in the "
                    "journal to re-read; calls are no longer offered."
                ).format(retired_at.astimezone())
            )

    def toggle_archived(self) -> None:
        assert self.store is not None and self.persona_id is not None
        archived = any(p.archived for p in self.store.list_summaries() if p.id == self.persona_id)
        self.store.set_archived(self.persona_id, not archived)
        self.show_retirement(self.store.get(self.persona_id).retired_at)
        self.changed.emit(self.persona_id)

    def refresh_gallery(self) -> None:
        assert self.store is not None and self.persona_id is not None
        self.gallery.show_photos(self.store, self.persona_id)

    def use_selected_as_portrait(self) -> None:
        """Make the selected photo the portrait; without a face, ask for the points by hand."""
        assert self.store is not None and self.persona_id is not None
        item = self.gallery.currentItem()
        if item is None:
            return
        media_id = int(item.data(Qt.ItemDataRole.UserRole))
        store = self.store

        def found(result: Found) -> None:
            photo, analysis = result
            if isinstance(analysis, FaceAnalysis):
                self._portrait_found(media_id, photo, analysis)
            else:
                self._portrait_by_hand(media_id, photo, analysis)

        self.portrait_button.setEnabled(False)
        self.notice.setText(tr("Finding the face…"))
        self.tasks.run(
            lambda _cancel, _report: find_face(store.media_data(media_id)),  # worker thread
            found,
            self._photo_unreadable,
        )

    def _photo_unreadable(self, exc: BaseException) -> None:
        self.portrait_button.setEnabled(True)
        self.notice.setText(describe(exc))

    def _portrait_found(self, media_id: int, photo: Image, result: FaceAnalysis) -> None:
        """The face was found (GUI thread): with several, the user says which is them."""
        self.portrait_button.setEnabled(True)
        rig = result.rig
        if len(result.faces) > 1:
            rig = pick_face(self, photo, list(result.faces)) or rig
        notes = [photo_note_message(n.value) for n in result.notes]
        self._save_portrait(media_id, rig)
        self.notice.setText(" ".join(n for n in notes if n))

    def _portrait_by_hand(self, media_id: int, photo: Image, exc: BaseException) -> None:
        """No usable face (GUI thread): the points are placed by hand, from a first guess."""
        self.portrait_button.setEnabled(True)
        self.notice.setText(describe(exc))
        if not isinstance(exc, NoFaceFoundError):
            return
        dialog = RigDialog(photo, first_guess(photo), self, describe(exc))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save_portrait(media_id, dialog.editor.rig)
            self.notice.setText("")

    def _save_portrait(self, media_id: int, rig: Rig) -> None:
        assert self.store is not None and self.persona_id is not None
        self.store.set_portrait(self.persona_id, media_id, rig.dumps())
        self.refresh_gallery()
        self.changed.emit(self.persona_id)

    def adjust_rig(self) -> None:
        assert self.store is not None and self.persona_id is not None
        persona = self.store.get(self.persona_id)
        if persona.portrait_media_id is None or not persona.rig_json:
            return
        media_id, rig = persona.portrait_media_id, Rig.from_json(json.loads(persona.rig_json))
        store, persona_id = self.store, self.persona_id

        def adjust(photo: Image) -> None:  # GUI thread, once the photo is decoded
            dialog = RigDialog(photo, rig, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                store.set_rig(persona_id, dialog.editor.rig.dumps())
                self.changed.emit(persona_id)

        self.tasks.run(
            lambda _cancel, _report: decode_photo(store.media_data(media_id)),  # worker
            adjust,
            self._photo_unreadable,
        )

    def edit_consent(self) -> None:
        assert self.store is not None and self.persona_id is not None
        dialog = ConsentDialog(self.store.consent(self.persona_id), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.store.set_consent(self.persona_id, dialog.form.record(datetime.now(UTC)))
            self.show_persona(self.store, self.persona_id)

    def edit_details(self) -> None:
        assert self.store is not None and self.persona_id is not None
        dialog = DetailsDialog(self.store.get(self.persona_id).details, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.store.update_details(self.persona_id, dialog.form.details())
            self.show_persona(self.store, self.persona_id)
            self.changed.emit(self.persona_id)

    def show_report(self, report: ImportReport) -> None:
        """What an import added and what it left out, and why."""
        self.notice.show_report(report)

    def refresh_words(self) -> None:
        assert self.store is not None and self.persona_id is not None
        self.words.clear()
        for s in self.store.sayings(self.persona_id):
            if s.kind is SayingKind.STYLE_EXAMPLE:
                continue
            label = (
                tr("memory")
                if s.kind is SayingKind.MEMORY
                else tr("said in life, {0}").format(tr(_SOURCE[s.source]))
            )
            mark = mark_text(s.caution) or ("" if s.confirmed else tr("  — please confirm"))
            item = QListWidgetItem(f"“{s.text}”   ({label}){mark}")
            item.setData(Qt.ItemDataRole.UserRole, (s.id, s.text, s.caution))
            self.words.addItem(item)

    def edit_saying(self, item: QListWidgetItem) -> None:
        assert self.store is not None
        saying_id, text, caution = item.data(Qt.ItemDataRole.UserRole)
        if caution is not SayingCaution.NONE:
            choice = ask_about_invitation(self, text)
            if choice is not None:
                self.store.set_caution(saying_id, choice)
                self.refresh_words()
            return
        new, ok = QInputDialog.getText(
            self, tr("Their words"), tr("Correct the words if needed:"), text=text
        )
        if ok and new.strip():
            self.store.confirm_saying(saying_id, new)
            assert self.persona_id is not None
            self.store.mark_invitations(self.persona_id, self.invites)  # the corrected words
            self.refresh_words()

    def confirm_delete(self) -> None:
        assert self.store is not None and self.persona_id is not None
        counts = self.store.what_deleting_loses(self.persona_id)
        name = self.title.text()
        if confirm(
            self,
            tr("Delete {0}?").format(name),
            tr(
                "This removes {0}'s portrait for good: {1}, {2} and {3}. This cannot be undone."
            ).format(
                name,
                trn("%n photo", "%n photos", counts["photos"]),
                trn("%n recording", "%n recordings", counts["clips"]),
                trn("%n saying or memory", "%n sayings and memories", counts["words"]),
            ),
        ):
            self.delete_requested.emit(self.persona_id)  # deleted in the background
