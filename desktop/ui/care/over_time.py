"""Care over time in the window: the self-check (only when the person opens it), guided
exercises (those the therapist enabled), remembrance days on the persona page, and the quiet
moment on the home screen when Keepsake is opened on a marked day. GUI thread; the vault
writes are small, playing their recorded words runs in the background."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from desktop.care.exercises import SPECS, Exercise
from desktop.care.policy import enabled_exercises
from desktop.care.remembrance import RemembranceDay, local_today
from desktop.care.remembrance_store import RemembranceStore
from desktop.care.ritual import entry_title, pick_words, to_offer
from desktop.care.therapist import TherapistMode
from desktop.core.clock import Clock
from desktop.core.errors import KeepsakeError
from desktop.core.jobs import CancelToken, ProgressCallback
from desktop.core.persona import Saying, SayingKind
from desktop.services.persona_builder import shipped_invitation_check
from desktop.ui.care.actions import system_timezone
from desktop.ui.care.exercise_dialog import ExerciseDialog
from desktop.ui.care.quiet_moment import QuietMoment, WriteToThemDialog
from desktop.ui.care.selfcheck_dialog import SelfCheckDialog
from desktop.ui.i18n import tr
from desktop.ui.kit.messages import describe
from desktop.ui.kit.status import StatusLine
from desktop.ui.kit.thumbnails import Thumbnails
from desktop.ui.main_window.vault_session import VaultSession
from desktop.ui.persona.home import HomeScreen
from desktop.ui.persona.remembrance_editor import RemembranceDays, day_text
from desktop.ui.settings.preferences import Preferences
from desktop.ui.tasks import BackgroundTasks

if TYPE_CHECKING:
    from desktop.voice.audio import AudioOutput

MOMENT_PICTURE = 240  # drawn at 120 points, sharp on a high-density screen


def sound_card_output(rate: int, device: str | None) -> AudioOutput:
    """The computer's speaker, through PortAudio (opened on the worker that plays)."""
    from desktop.voice.sounddevice_io import SoundDeviceOutput

    return SoundDeviceOutput(rate, device)


def speaker_found() -> bool:
    """Whether PortAudio finds any output device (asked when the quiet moment is shown)."""
    from desktop.voice.devices import audio_report

    return audio_report().can_speak


@dataclass(eq=False)
class CareOverTime:
    """The window's care-over-time flows. GUI thread."""

    parent: QWidget
    session: VaultSession
    prefs: Preferences
    clock: Clock
    tasks: BackgroundTasks
    status: StatusLine
    home: HomeScreen
    support: Callable[[], object]  # opens Support (helplines)
    moment: QuietMoment | None = field(default=None, init=False)
    output_for: Callable[[int, str | None], AudioOutput] = sound_card_output  # tests: a file
    speakers: Callable[[], bool] = speaker_found

    def zone(self) -> ZoneInfo:
        return ZoneInfo(system_timezone())

    def enabled(self) -> tuple[Exercise, ...]:
        therapist = TherapistMode(self.session.care(), self.clock)
        return enabled_exercises(therapist.applied(system_timezone()).policy)

    # --- the self-check ----------------------------------------------------------------

    def open_selfcheck(self) -> None:
        """Only from the menu: never offered, never a reminder."""
        if not self.session.is_open:
            return
        store = self.session.selfcheck()
        names = [p.display_name for p in self.session.personas().list_summaries()]
        dialog = SelfCheckDialog(
            store,
            store.pack(),
            names,
            self.clock,
            self.zone(),
            self.prefs.current.ui_language.value,
            self.support,
            self.parent,
        )
        dialog.exec()

    # --- guided exercises ----------------------------------------------------------------

    def open_exercise(self, persona_id: int | None = None) -> int | None:
        """Choose one of the enabled exercises and run it; the journal entry's id, if kept."""
        if not self.session.is_open:
            return None
        enabled = self.enabled()
        if not enabled:
            QMessageBox.information(
                self.parent,
                tr("Guided exercises"),
                tr(
                    "No guided exercises are set up. A therapist can enable them in Usage "
                    "limits and therapist settings."
                ),
            )
            return None
        summaries = [p for p in self.session.personas().list_summaries() if not p.archived]
        if persona_id is None and len(summaries) == 1:
            persona_id = summaries[0].id
        name = next((p.display_name for p in summaries if p.id == persona_id), tr("them"))
        exercise = enabled[0]
        if len(enabled) > 1:
            labels = [tr(SPECS[e].name) for e in enabled]
            chosen, ok = QInputDialog.getItem(
                self.parent, tr("Guided exercises"), tr("Which exercise?"), labels, 0, False
            )
            if not ok:
                return None
            exercise = enabled[labels.index(chosen)]
        return self.run_exercise(exercise, enabled, persona_id, name)

    def run_exercise(
        self, exercise: Exercise, enabled: tuple[Exercise, ...], persona_id: int | None, name: str
    ) -> int | None:
        store = self.session.exercises()
        dialog = ExerciseDialog(
            store, exercise, enabled, persona_id, name, self.clock, parent=self.parent
        )
        dialog.exec()
        if dialog.entry_id is not None:
            self.status.say(tr("Your reflection is in the journal."))
        return dialog.entry_id

    # --- remembrance days ----------------------------------------------------------------

    def days_editor(self, persona_id: int) -> RemembranceDays:
        """The persona page's list of their days."""
        store = self.session.remembrance()
        return RemembranceDays(
            store, persona_id, self.clock, self.zone(), self.prefs.current.country
        )

    def offer_moment(self) -> None:
        """When Keepsake is opened (the vault just unlocked): today's marked day, if any, as a
        quiet moment on the home screen. Never at any other time."""
        self.home.set_moment(None)
        self.moment = None
        if not self.session.is_open:
            return
        store = self.session.remembrance()
        now, zone = self.clock.now(), self.zone()
        days = [
            d
            for d in to_offer(store.days(), store.visits(), now, zone, self.prefs.current.country)
            if d.persona_id is not None
        ]
        if not days:
            return
        day = days[0]
        assert day.persona_id is not None
        personas = self.session.personas()
        person = personas.get(day.persona_id)
        today = local_today(now, zone)
        sayings = personas.sayings(day.persona_id, SayingKind.SAYING, confirmed_only=True)
        words = pick_words(sayings, today, shipped_invitation_check())
        moment = QuietMoment(
            day, person.display_name, today, None, words, listen_reason=self.listen_reason(words)
        )
        moment.opened.connect(lambda d: store.opened(d, today, self.clock.now()))
        moment.set_aside.connect(lambda d: self._set_aside(store, d, today))
        moment.write_requested.connect(lambda d: self._write(store, d, person.display_name))
        moment.listen_requested.connect(self._listen)
        self.moment = moment
        self.home.set_moment(moment)
        persona_id = day.persona_id
        Thumbnails(self.tasks).update(
            personas,
            [persona_id],
            MOMENT_PICTURE,
            lambda pictures: moment.set_picture(pictures.get(persona_id)),
        )

    def _set_aside(self, store: RemembranceStore, day: RemembranceDay, today: object) -> None:
        store.set_aside(day, local_today(self.clock.now(), self.zone()), self.clock.now())
        self.home.set_moment(None)
        self.moment = None

    def _write(self, store: RemembranceStore, day: RemembranceDay, name: str) -> int | None:
        today = local_today(self.clock.now(), self.zone())
        title = entry_title(day, name, today, tr, day_text)
        dialog = WriteToThemDialog(name, title, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.words():
            return None
        try:
            entry = store.write(day, today, title, dialog.words(), self.clock.now())
        except KeepsakeError as exc:
            QMessageBox.information(self.parent, tr("Not saved"), describe(exc))
            return None
        if self.moment is not None:
            self.moment.written()
        self.status.say(tr("Your words to {0} are in your journal.").format(name))
        return entry

    def listen_reason(self, words: Saying | None) -> str:
        """Why their voice cannot be played with these words ("" when it can)."""
        if words is None:
            return ""
        if words.clip_id is None:
            return tr("These words were written down, not recorded, so there is no voice to hear.")
        if not self.speakers():
            return tr(
                "No speaker was found on this computer, so their voice cannot be played. "
                "Their words are here to read."
            )
        return ""

    def _listen(self, words: Saying | None) -> None:
        """Their recorded words, from the clip they came from (background; the speaker)."""
        if words is None or words.clip_id is None or not self.session.is_open:
            return
        data = self.session.personas().media_data(words.clip_id)
        start, end = words.clip_start_s or 0.0, words.clip_end_s
        device, output_for, moment = self.prefs.current.output_device, self.output_for, self.moment

        def play(cancel: CancelToken, report: ProgressCallback) -> None:  # worker thread
            from desktop.voice.audio import CAPTURE_RATE
            from desktop.voice.audio_file import decode_audio_file

            audio = decode_audio_file(data, CAPTURE_RATE)
            part = audio[
                int(start * CAPTURE_RATE) : None if end is None else int(end * CAPTURE_RATE)
            ]
            output = output_for(CAPTURE_RATE, device)
            output.start()
            try:
                output.buffer.write(part)
                output.buffer.wait_drained(len(part) / CAPTURE_RATE + 2)
            finally:
                output.stop()

        def finished(problem: str = "") -> None:
            if moment is not None:
                moment.playing(False)
            if problem:
                self.status.say(problem)

        if moment is not None:
            moment.playing(True)
        self.tasks.run(
            play,
            on_result=lambda _none: finished(),
            on_error=lambda exc: finished(describe(exc)),
        )
