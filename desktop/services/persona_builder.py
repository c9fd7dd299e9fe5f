"""Building a persona from files: photos, voice clips, chat exports, typed words, consent.

Everything is read, checked and transcribed first (cancellable, with progress); only then is
it written, in one transaction, so a broken file or a cancel adds nothing half-done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from desktop.avatar.face import analyse
from desktop.avatar.photo import (
    MAX_FILE_BYTES,
    STORE_AS_IS_SIDE,
    decode_photo,
    encode_jpeg,
    read_header,
)
from desktop.core.chat_export import ChatExport, ChatMessage
from desktop.core.errors import (
    AmrHeaderError,
    AudioFileError,
    ChatSenderNotFoundError,
    ImportFileError,
    KeepsakeError,
    ModelMissingError,
    NoFaceFoundError,
    PhotoTooLargeError,
    SilkTruncatedError,
)
from desktop.core.jobs import CancelToken, Progress, ProgressCallback, no_progress
from desktop.core.language import infer_language
from desktop.core.persona import (
    ConsentRecord,
    ImportReport,
    PersonaDetails,
    SayingCaution,
    SayingKind,
    SkipKind,
    Skipped,
    SourceKind,
    with_voice_shape,
)
from desktop.core.risk import find_invitation
from desktop.core.risk_lexicon import load_lexicon
from desktop.core.word_bounds import SAYING_MAX_CHARS, fits_a_saying, pieces
from desktop.services.chat_import import ChatSource, read_chat, voice_note_clips
from desktop.services.voice_fitting import match_voice
from desktop.vault.persona_records import NewMedia, NewPersona, NewSaying
from desktop.vault.personas import PersonaStore
from desktop.voice.audio import CAPTURE_RATE
from desktop.voice.stt import WhisperTranscriber
from desktop.voice.tts import PiperSpeaker
from desktop.voice.voice_message import Clip
from desktop.voice.voice_message import read_clip as read_voice_clip


@dataclass(frozen=True, slots=True)
class PersonaRequest:
    details: PersonaDetails
    supplied_by: str = ""
    photos: tuple[Path, ...] = ()
    clips: tuple[Path, ...] = ()
    chat: Path | None = None
    chat_sender: str = ""
    sayings: tuple[str, ...] = ()
    memories: tuple[str, ...] = ()
    consent: ConsentRecord | None = None
    confirm_clip_sayings: bool = False
    infer_language: bool = False  # the language from their words (the share of CJK characters)


@dataclass
class _Prepared:
    photos: list[tuple[Path, bytes, str | None]] = field(default_factory=list)  # rig json
    clips: list[tuple[str, bytes, float]] = field(default_factory=list)  # name, data, seconds
    words: list[NewSaying] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def read_photo(path: Path) -> tuple[bytes, str | None, Skipped | None]:
    """The photo's bytes and its rig (None when no face: placed by hand later).

    A photo larger than a portrait needs (over STORE_AS_IS_SIDE pixels on its long side) is
    kept in the vault at the size the app uses it, so showing it later stays light.
    """
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileError(path, "the file is far too large for a photo")
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(path, "the file could not be read") from exc
    try:
        header = read_header(data, path)
        image = decode_photo(data, path)
    except PhotoTooLargeError as exc:
        raise ImportFileError(
            path, f"the photo is too large (at most {exc.limit:.0f} megapixels)"
        ) from exc
    except KeepsakeError as exc:
        raise ImportFileError(path, "this is not a photo Keepsake can read") from exc
    if max(header.width, header.height) > STORE_AS_IS_SIDE:
        data = encode_jpeg(image)
    try:
        _faces, rig = analyse(image)
    except NoFaceFoundError:
        return data, None, Skipped(path.name, "no face found: place the eyes and mouth by hand")
    return data, rig.dumps(), None


def read_clip(
    path: Path, stt: WhisperTranscriber, confirm: bool, index: int
) -> tuple[Clip, list[NewSaying]]:
    """The clip (a WeChat voice message is kept as FLAC) and its transcribed candidate
    sayings (with time spans)."""
    try:
        clip = read_voice_clip(path)
    except (SilkTruncatedError, AmrHeaderError) as exc:
        raise ImportFileError(path, exc.reason) from exc
    except AudioFileError as exc:
        raise ImportFileError(path, "this is not a recording Keepsake can read") from exc
    if len(clip.audio) < CAPTURE_RATE // 4:
        raise ImportFileError(path, "the recording is empty")
    return clip, clip_words(clip, stt, confirm, index)


def clip_words(clip: Clip, stt: WhisperTranscriber, confirm: bool, index: int) -> list[NewSaying]:
    """What is said in a clip, as candidate sayings with their time spans."""
    return [
        NewSaying(
            SayingKind.SAYING,
            text,
            SourceKind.CLIP,
            confirmed=confirm,
            clip_index=index,
            clip_start_s=start,
            clip_end_s=end,
        )
        for start, end, text in stt.segments(clip.audio)
    ]


MAX_CHAT_WORDS = 20_000  # sayings, memories and style examples taken from one chat
MAX_PIECES_PER_MESSAGE = 10  # a very long message: its first few paragraphs, as memories


def chat_words(
    export: ChatExport,
    sender: str,
    cancel: CancelToken | None = None,
    progress: ProgressCallback = no_progress,
) -> tuple[list[NewSaying], list[Skipped]]:
    """Their messages become sayings (a few sentences at most: they may be said verbatim) or,
    when longer, memories; each short message answered by them becomes a style example.
    Bounded: at most MAX_CHAT_WORDS pieces from one chat."""
    if sender not in export.senders:
        raise ChatSenderNotFoundError(sender, tuple(export.senders))
    words: list[NewSaying] = []
    skipped: list[Skipped] = []
    seen: set[str] = set()
    previous = None
    total = len(export.messages)
    for number, message in enumerate(export.messages):
        if number % 500 == 0:
            (cancel or CancelToken()).raise_if_cancelled()
            progress(Progress(number, total, "Reading their messages"))
        if len(words) >= MAX_CHAT_WORDS:
            skipped.append(
                Skipped(
                    f"{total - number} messages",
                    f"a chat gives at most {MAX_CHAT_WORDS} sayings and memories",
                    kind=SkipKind.CHAT_WORDS,
                    count=total - number,
                    limit=MAX_CHAT_WORDS,
                )
            )
            break
        if message.sender == sender:
            answered = previous if previous is not None and previous.sender != sender else None
            words += _message_words(message.text, answered, seen, skipped)
        previous = message
    return words, skipped


def _message_words(
    raw: str, answered: ChatMessage | None, seen: set[str], skipped: list[Skipped]
) -> list[NewSaying]:
    """One of their messages: a saying (and a style example when it answered someone), or
    memories when it is too long to be said."""
    text = " ".join(raw.split())
    if len(text) < 4:
        skipped.append(Skipped(text, "too short to be a saying"))
        return []
    key = text.lower()
    if key in seen:
        return []
    seen.add(key)
    if not fits_a_saying(text):
        parts = pieces(text, at_most=MAX_PIECES_PER_MESSAGE)
        if sum(len(p) for p in parts) < len(text) - len(parts):
            skipped.append(Skipped(text[:40], "a very long message: only its beginning was kept"))
        return [NewSaying(SayingKind.MEMORY, p, SourceKind.CHAT) for p in parts]
    out = [NewSaying(SayingKind.SAYING, text, SourceKind.CHAT)]
    if answered is not None:
        context = answered.text[:SAYING_MAX_CHARS]
        out.append(NewSaying(SayingKind.STYLE_EXAMPLE, text, SourceKind.CHAT, context=context))
    return out


def typed_words(sayings: Sequence[str], memories: Sequence[str]) -> list[NewSaying]:
    """Typed sayings and memories; a "saying" too long to be said is kept as a memory."""
    out: list[NewSaying] = []
    for text in (s.strip() for s in sayings):
        if not text:
            continue
        if fits_a_saying(" ".join(text.split())):
            out.append(NewSaying(SayingKind.SAYING, text, SourceKind.TYPED))
        else:
            out += [NewSaying(SayingKind.MEMORY, p, SourceKind.TYPED) for p in pieces(text)]
    for text in (m.strip() for m in memories):
        out += [NewSaying(SayingKind.MEMORY, p, SourceKind.TYPED) for p in pieces(text)]
    return out


def _prepare(
    request: PersonaRequest,
    stt: WhisperTranscriber | None,
    cancel: CancelToken,
    progress: ProgressCallback,
) -> _Prepared:
    prepared = _Prepared()
    steps = len(request.photos) + len(request.clips) + (1 if request.chat else 0) + 1
    done = 0
    for path in request.photos:
        cancel.raise_if_cancelled()
        progress(Progress(done, steps, f"Looking at {path.name}", "Looking at {0}", path.name))
        data, rig, skipped = read_photo(path)
        prepared.photos.append((path, data, rig))
        if skipped:
            prepared.skipped.append(skipped)
        done += 1
    for index, path in enumerate(request.clips):
        cancel.raise_if_cancelled()
        progress(Progress(done, steps, f"Listening to {path.name}", "Listening to {0}", path.name))
        if stt is None:
            raise ModelMissingError("speech recognition", None)
        clip, words = read_clip(path, stt, request.confirm_clip_sayings, index)
        _add_clip(prepared, clip, words)
        done += 1
    if request.chat is not None:
        cancel.raise_if_cancelled()
        progress(
            Progress(done, steps, f"Reading {request.chat.name}", "Reading {0}", request.chat.name)
        )
        source = read_chat(request.chat)
        chat_sayings, chat_skipped = chat_words(
            source.export, request.chat_sender, cancel, progress
        )
        prepared.words += chat_sayings
        prepared.skipped += [*source.export.skipped, *chat_skipped]
        _add_voice_notes(prepared, source, request, stt, cancel, progress)
        done += 1
    prepared.words += typed_words(request.sayings, request.memories)
    prepared.words = _without_repeats(prepared.words, prepared.skipped)
    progress(Progress(done, steps, "Saving"))
    return prepared


def _add_clip(prepared: _Prepared, clip: Clip, words: list[NewSaying]) -> None:
    prepared.clips.append((clip.filename, clip.data, clip.seconds))
    prepared.words += words
    if not words:
        prepared.skipped.append(Skipped(clip.filename, "no words were recognised in the recording"))


def _add_voice_notes(
    prepared: _Prepared,
    source: ChatSource,
    request: PersonaRequest,
    stt: WhisperTranscriber | None,
    cancel: CancelToken,
    progress: ProgressCallback,
) -> None:
    """A zipped chat's voice notes from them become clips, transcribed like any recording."""
    clips, skipped = voice_note_clips(source, request.chat_sender)
    prepared.skipped += skipped
    if clips and stt is None:
        raise ModelMissingError("speech recognition", None)
    for number, clip in enumerate(clips):
        cancel.raise_if_cancelled()
        progress(
            Progress(
                number,
                len(clips),
                f"Listening to {clip.filename}",
                "Listening to {0}",
                clip.filename,
            )
        )
        if len(clip.audio) < CAPTURE_RATE // 4:
            prepared.skipped.append(Skipped(clip.filename, "the recording is empty"))
            continue
        assert stt is not None
        index = len(prepared.clips)
        _add_clip(prepared, clip, clip_words(clip, stt, request.confirm_clip_sayings, index))


def _without_repeats(words: list[NewSaying], skipped: list[Skipped]) -> list[NewSaying]:
    """The same saying from two sources (typed and from messages) is kept once."""
    seen: set[tuple[SayingKind, str]] = set()
    kept = []
    for word in words:
        key = (word.kind, " ".join(word.text.lower().split()))
        if word.kind is not SayingKind.STYLE_EXAMPLE and key in seen:
            skipped.append(Skipped(word.text[:40], "already added from another source"))
            continue
        seen.add(key)
        kept.append(word)
    return kept


def shipped_invitation_check() -> Callable[[str], bool]:
    lexicon = load_lexicon().lexicon
    return lambda text: find_invitation(text, lexicon) is not None


def mark_invitations(words: list[NewSaying], invites: Callable[[str], bool]) -> list[NewSaying]:
    """Sayings that could read as an invitation after a death ("Come home soon, I'm waiting
    for you") are marked for the person to keep or set aside; until then they are not used."""
    return [
        replace(w, caution=SayingCaution.MARKED)
        if w.kind is SayingKind.SAYING and invites(w.text)
        else w
        for w in words
    ]


def build_persona(
    store: PersonaStore,
    request: PersonaRequest,
    stt: WhisperTranscriber | None,
    now: datetime,
    cancel: CancelToken | None = None,
    progress: ProgressCallback = no_progress,
    tts: PiperSpeaker | None = None,
    invites: Callable[[str], bool] | None = None,
) -> tuple[int, ImportReport]:
    """Create a persona with everything in `request`, or nothing at all."""
    prepared = _prepare(request, stt, cancel or CancelToken(), progress)
    prepared.words = mark_invitations(prepared.words, invites or shipped_invitation_check())
    if request.infer_language:
        language = infer_language([w.text for w in prepared.words], request.details.language)
        request = replace(request, details=replace(request.details, language=language))
    if tts is not None and prepared.clips:
        progress(Progress(0, None, "Bringing the voice closer to theirs"))
        shape = match_voice(tts, prepared.clips, prepared.words)
        if shape is not None:
            request = replace(request, details=with_voice_shape(request.details, shape))
    new = NewPersona(
        details=request.details,
        supplied_by=request.supplied_by,
        photos=tuple(NewMedia(path.name, data, rig) for path, data, rig in prepared.photos),
        clips=tuple(
            NewMedia(name, data, duration_s=seconds) for name, data, seconds in prepared.clips
        ),
        words=tuple(prepared.words),
        consent=request.consent,
    )
    persona_id = store.create_with(new, now)
    kinds = [w.kind for w in prepared.words]
    report = ImportReport(
        sayings=kinds.count(SayingKind.SAYING),
        memories=kinds.count(SayingKind.MEMORY),
        style_examples=kinds.count(SayingKind.STYLE_EXAMPLE),
        clips=len(prepared.clips),
        photos=len(prepared.photos),
        skipped=tuple(prepared.skipped),
        marked=sum(w.caution is SayingCaution.MARKED for w in prepared.words),
    )
    return persona_id, report
