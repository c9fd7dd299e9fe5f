"""Do the words so far make a finished sentence? A small language model's judgement.

Speech recognition puts a full stop after almost anything, and Smart Turn hears intonation,
which a synthetic or a tired voice may not carry. A language model has read how sentences
end: given the words as a user's message (lower case, without the recogniser's punctuation),
the probability it gives to a sentence end coming next ("." "?" "!" or the end of the
message) is high after "we had a little party for your birthday on sunday" and near zero
after "i was thinking that maybe we could". This is how voice-agent turn detectors work (a
small chat model asked about the transcript); here, zero-shot, with the default chat model
(SmolLM2-135M). When the reply is written by that same model file, its loaded weights are
shared (`share`): the judge only adds a small context of its own (256 tokens), so it never
waits for the reply being written nor disturbs the reply's cached prompt, and the model is
in memory once. Otherwise it loads the file on its own. One instance per thread (the
listener's end-of-turn worker); llama.cpp runs two contexts of one model on two threads.
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
        from llama_cpp import Llama

        self._own = Llama(
            str(self.model_path),
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

    def probability(self, words: str) -> float:
        """How likely the words end a sentence; 0.0 for no words."""
        text = normalise(words)
        if not text:
            return 0.0
        self.load()
        llm = self._llm
        prompt = f"<|im_start|>user\n{text}"  # ChatML, the template of the SmolLM2 family
        tokens = llm.tokenize(prompt.encode(), add_bos=False, special=True)[-200:]
        if self._ctx is not None:
            ctx = self._ctx
            ctx.kv_cache_clear()
            self._batch.set_batch(tokens, n_past=0, logits_all=False)
            ctx.decode(self._batch)
            row = ctx.get_logits_ith(-1)  # the one token asked for: the last
        else:
            llm.reset()
            llm.eval(tokens)
            row = llm._ctx.get_logits()
        logits = np.ctypeslib.as_array(row, shape=(llm.n_vocab(),))
        top = float(np.max(logits))
        total = float(np.sum(np.exp(logits.astype(np.float64) - top)))
        ends = sum(math.exp(float(logits[i]) - top) for i in self._end_ids)
        return ends / total if total > 0 else 0.0

    def close(self) -> None:
        """Free what the judge loaded (a shared model stays its owner's)."""
        if self._ctx is not None:
            self._ctx.close()
            self._batch.close()
        if self._own is not None:
            self._own.close()
        self._llm = self._own = self._ctx = self._batch = None
