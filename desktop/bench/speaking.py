"""The portrait saying chosen lines through the real engine, watched by a 100 Hz "display".

For the lip-sync measurement (`keepsake bench`, avatar.py) and its diagnostic script
(scripts/lipsync_runs.py): each line goes through the real engine as a line the portrait says
(`ConversationEngine.say`), so the speech out, playback buffer, real-time output clock and
avatar driver are the app's own. A sampler thread reads the playback clock and the driver's
mouth (how open it looks: `visible_opening`) `rate_hz` times a second. Use as a context
manager; `say` runs on the caller's thread, the engine and the sampler on their own.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from types import TracebackType

from desktop.avatar.driver import AvatarDriver
from desktop.avatar.visemes import MouthShape
from desktop.core.conversation import Conversation
from desktop.core.events import EngineEvent, TurnFinished
from desktop.services.engine_setup import Adapters
from desktop.voice.engine import ConversationEngine, EngineConfig
from desktop.voice.file_devices import FileOutput

Sample = tuple[float, float]  # (monotonic time, how open the mouth looked)


def visible_opening(shape: MouthShape) -> float:
    """How open the mouth looks: the jaw's opening, and the ring of rounded lips (an o is an
    open mouth though the jaw barely drops)."""
    return shape.open + 0.5 * shape.round


class SpeakingPortrait:
    def __init__(
        self,
        adapters: Adapters,
        system_prompt: str,
        output: FileOutput,
        driver: AvatarDriver,
        rate_hz: int = 100,
        on_event: Callable[[EngineEvent], None] | None = None,
    ) -> None:
        """`driver`: the portrait's, paced as the call paces it (`lipsync_driver`).
        `on_event`: also told every engine event (engine threads), after the driver."""
        self.output = output
        self.driver = driver
        self.samples: list[Sample] = []
        self._also = on_event
        self._done = threading.Event()
        self._stop = threading.Event()
        self._period = 1 / rate_hz
        self.engine = ConversationEngine(
            None,
            adapters.llm,
            adapters.tts,
            Conversation(system_prompt),
            self._on_event,
            output=output,
            config=EngineConfig(max_reply_sentences=2),
        )
        self._sampler = threading.Thread(target=self._sample, name="lipsync-sampler", daemon=True)

    def __enter__(self) -> SpeakingPortrait:
        self.engine.start()
        self._sampler.start()
        self.engine.wait_ready(120)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._sampler.join()
        self.engine.stop()

    def say(self, text: str) -> tuple[float, list[Sample]]:
        """Say `text` and wait until it has played; when it began, and the samples since."""
        self._done.clear()
        start = time.monotonic()
        self.engine.say(text)
        self._done.wait(60)
        self.engine.wait_idle(60)
        return start, [s for s in self.samples if s[0] >= start]

    def _on_event(self, event: EngineEvent) -> None:  # engine threads
        self.driver.update(event)
        if self._also is not None:
            self._also(event)
        if isinstance(event, TurnFinished):
            self._done.set()

    def _sample(self) -> None:  # sampler thread
        while not self._stop.wait(self._period):
            now = time.monotonic()
            position = self.output.buffer.position_at(now)
            self.samples.append((now, visible_opening(self.driver.mouth_at(position))))
