"""Do the words so far make a finished sentence? A small language model's judgement.

Speech recognition puts a full stop after almost anything, and Smart Turn hears intonation,
which a synthetic or a tired voice may not carry. A language model has read how sentences
end: given the words as a user's message (lower case, without the recogniser's punctuation),
the probability it gives to a sentence end coming next ("." "?" "!" or the end of the
message) is high after "we had a little party for your birthday on sunday" and near zero
after "i was thinking that maybe we could". This is how voice-agent turn detectors work (a
small chat model asked about the transcript, after the conversation's last turns); here,
zero-shot, with the default chat model (SmolLM2-135M). The judge is shown what the portrait
said last (`after`), as the assistant's message before the person's: an answer to "How
have you been?" reads as finished sooner than the same words out of the blue. On 38 pauses
of the bench's paused sentences, finished sentences against mid-thought pauses separate
with an AUC of 0.90 with that context, 0.82 without it. What was read last stays in the
context (its key-value cache): a call reads only the tokens after the part it shares with
the last one, so the reply's words are read once per turn (ahead, when the person starts
speaking: `probability("", after)`) and a second pause of a turn reads only its new words.
When the reply is written by that same model file, its loaded weights are shared
(`share`): the judge only adds a small context of its own (256 tokens), so it never waits for
the reply being written nor disturbs the reply's cached prompt, and the model is in memory
once. Otherwise it loads the file on its own. One instance per thread (the listener's
end-of-turn worker); llama.cpp runs two contexts of one model on two threads.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from desktop.core.errors import ModelCorruptError

_ENDS = (".", "?", "!", "。", "？", "！")
_PUNCTUATION = re.compile(r"[^\w\s']")
_CONTEXT = 256
_BATCH = 128
_AFTER_CHARS = 160  # the end of what the portrait said last, as the judge's context


def normalise(text: str) -> str:
    """What the model is shown: lower case, no punctuation, single spaces."""
    return " ".join(_PUNCTUATION.sub(" ", text).lower().split())


class WordsEndModel:
    """P(a sentence ends here | the words so far), from a chat model in GGUF form."""

    def __init__(
        self, model_path: Path, threads: int = 1, share: Callable[[], Any] | None = None
    ) -> None:
        """`share`: gives the reply's loaded `llama_cpp.Llama` of this same file, whose
        weights the judge then uses (loading it if need be)."""
        self.model_path = model_path
        self.threads = threads
        self._share = share
        self._llm: Any = None  # the Llama whose vocabulary and weights are used
        self._own: Any = None  # the Llama loaded for the judge alone (without `share`)
        self._ctx: Any = None  # the judge's own context (with `share`)
        self._batch: Any = None
        self._end_ids: tuple[int, ...] = ()
        self._read: list[int] = []  # the tokens whose keys and values the context holds

    @property
    def shared(self) -> bool:
        return self._share is not None

    def load(self) -> None:
        if self._llm is not None and (self._ctx is None or self._ctx.ctx is not None):
            return  # (a shared model closed by its owner frees the context: load again)
        from desktop.voice.llm import check_gguf_header

        check_gguf_header(self.model_path)
        try:
            llm = self._share() if self._share is not None else self._load_own()
            if self._share is not None:
                self._ctx, self._batch = self._context_of(llm)
            else:
                self._ctx, self._batch = llm._ctx, llm._batch  # its own context is the judge's
            self._read = []
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelCorruptError(
                self.model_path, f"llama.cpp could not load it ({exc})"
            ) from exc
        ids = {int(llm.token_eos())}
        for mark in _ENDS:
            tokens = llm.tokenize(mark.encode(), add_bos=False)
            if len(tokens) == 1:
                ids.add(int(tokens[0]))
        self._end_ids = tuple(sorted(ids))
        self._llm = llm

    def _load_own(self) -> Any:
        from desktop.voice.llama_open import open_llama

        self._own = open_llama(
            self.model_path,
            n_ctx=_CONTEXT,
            n_threads=self.threads,
            n_batch=_BATCH,
            verbose=False,
        )
        return self._own

    def _context_of(self, llm: Any) -> tuple[Any, Any]:
        """A small context of the judge's own on the shared model's weights."""
        from llama_cpp import _internals, llama_context_params

        params = llama_context_params.from_buffer_copy(llm.context_params)  # as llama-cpp sets
        params.n_ctx = _CONTEXT
        params.n_batch = params.n_ubatch = _BATCH
        params.n_threads = params.n_threads_batch = self.threads
        params.no_perf = True
        ctx = _internals.LlamaContext(model=llm._model, params=params, verbose=False)
        batch = _internals.LlamaBatch(n_tokens=_CONTEXT, embd=0, n_seq_max=1, verbose=False)
        return ctx, batch

    def probability(self, words: str, after: str = "") -> float:
        """How likely the words end a sentence, said in answer to `after` (what the portrait
        said last; may be empty); 0.0 for no words, after reading `after` ahead."""
        text = normalise(words)
        self.load()
        llm = self._llm
        prompt = _prompt(after) + text
        tokens = llm.tokenize(prompt.encode(), add_bos=False, special=True)[-(_CONTEXT - 8) :]
        row = self._read_tokens(tokens)
        if not text:
            return 0.0
        logits = np.ctypeslib.as_array(row, shape=(llm.n_vocab(),))
        top = float(np.max(logits))
        total = float(np.sum(np.exp(logits.astype(np.float64) - top)))
        ends = sum(math.exp(float(logits[i]) - top) for i in self._end_ids)
        return ends / total if total > 0 else 0.0

    def _read_tokens(self, tokens: list[int]) -> Any:
        """Decode `tokens` into the context, keeping what it shares with the last call's;
        the logits after the last token."""
        ctx = self._ctx
        shared = 0
        for had, new in zip(self._read, tokens, strict=False):
            if had != new:
                break
            shared += 1
        shared = min(shared, len(tokens) - 1)  # the last token is read again for its logits
        if shared < len(self._read):
            ctx.kv_cache_seq_rm(0, shared, -1)
        self._read = self._read[:shared]
        try:
            for start in range(shared, len(tokens), _BATCH):
                piece = tokens[start : start + _BATCH]
                self._batch.set_batch(piece, n_past=start, logits_all=False)
                ctx.decode(self._batch)
                self._read = tokens[: start + len(piece)]
        except Exception:
            ctx.kv_cache_clear()
            self._read = []
            raise
        return ctx.get_logits_ith(-1)  # the one token asked for: the last

    def close(self) -> None:
        """Free what the judge loaded (a shared model stays its owner's)."""
        if self._ctx is not None and self._own is None:
            self._ctx.close()
            self._batch.close()
        if self._own is not None:
            self._own.close()
        self._llm = self._own = self._ctx = self._batch = None
        self._read = []


def _prompt(after: str) -> str:
    """ChatML (the template of the SmolLM2 family): what the portrait said last, then the
    person's message so far, in the judge's lower-case form."""
    said = " ".join(after.split())
    if len(said) > _AFTER_CHARS:
        said = said[-_AFTER_CHARS:].split(" ", 1)[-1]
    context = f"<|im_start|>assistant\n{said}<|im_end|>\n" if said else ""
    return f"{context}<|im_start|>user\n"
