"""What a call screen needs, gathered by the main window (ui/call/setup.py builds it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.avatar.driver import AvatarDriver
from desktop.care.session_limit import SessionCountdown
from desktop.core.events import EngineEvent
from desktop.core.risk import RiskTier
from desktop.voice.engine import ConversationEngine


@dataclass
class CallSetup:
    """What a call needs; built by the main window."""

    name: str
    engine: ConversationEngine
    driver: AvatarDriver
    portrait: QWidget  # PortraitWidget, or a still placeholder without a photo
    can_listen: bool
    can_speak: bool
    on_event: Callable[[EngineEvent], None]  # e.g. the journal recorder (engine threads)
    countdown: SessionCountdown = field(default_factory=lambda: SessionCountdown(None))
    goodbye: str = ""  # what the portrait says two minutes before a time limit
    country: str = ""  # whose helplines Support shows first
    support_file: Path | None = None  # the user's edited helpline list
    record_pause: Callable[[RiskTier, str], None] | None = None  # the journal (GUI thread)
    record_answer: Callable[[str], None] | None = None
    trusted_name: str = ""  # someone to call, shown on the crisis screen (from the vault)
    trusted_phone: str = ""
