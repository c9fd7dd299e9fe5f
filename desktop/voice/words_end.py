"""Do the words so far make a finished sentence? A small language model's judgement.

Speech recognition puts a full stop after almost anything, and Smart Turn hears intonation,
which a synthetic or a tired voice may not carry. A language model has read how sentences
end: given the words as a user's message (lower case, without the recogniser's punctuation),
the probability it gives to a sentence end coming next ("." "?" "!" or the end of the
message) is high after "we had a little party for your birthday on sunday" and near zero
after "i was thinking that maybe we could". This is how voice-agent turn detectors work (a
small chat model asked about the transcript); here, zero-shot, with the default chat model
(SmolLM2-135M), loaded once more on its own so it never waits for the reply being written.
One instance per thread (the listener's end-of-turn worker).
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

import numpy as np

from desktop.core.errors import ModelCorruptError

_ENDS = (".", "?", "!", "。", "？", "！")
_PUNCTUATION = re.compile(r"[^\w\s']")


def normalise(text: str) -> str:
    """What the model is shown: lower case, no punctuation, single spaces."""
    return " ".join(_PUNCTUATION.sub(" ", text).lower().split())


class WordsEndModel:
    """P(a sentence ends here | the words so far), from a chat model in GGUF form."""

    def __init__(self, model_path: Path, threads: int = 1) -> None:
        self.model_path = model_path
        self.threads = threads
        self._llm: Any = None
        self._end_ids: tuple[int, ...] = ()

    def load(self) -> None:
        if self._llm is not None:
            return
        from llama_cpp import Llama

        from desktop.voice.llm import check_gguf_header

        check_gguf_header(self.model_path)
        try:
            llm = Llama(
                str(self.model_path), n_ctx=256, n_threads=self.threads, n_batch=128, verbose=False
            )
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

    def probability(self, words: str) -> float:
        """How likely the words end a sentence; 0.0 for no words."""
        text = normalise(words)
        if not text:
            return 0.0
        if self._llm is None:
            self.load()
        llm = self._llm
        prompt = f"<|im_start|>user\n{text}"  # ChatML, the template of the SmolLM2 family
        tokens = llm.tokenize(prompt.encode(), add_bos=False, special=True)[-200:]
        llm.reset()
        llm.eval(tokens)
        logits = np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(llm.n_vocab(),))
        top = float(np.max(logits))
        total = float(np.sum(np.exp(logits.astype(np.float64) - top)))
        ends = sum(math.exp(float(logits[i]) - top) for i in self._end_ids)
        return ends / total if total > 0 else 0.0

    def close(self) -> None:
        if self._llm is not None:
            self._llm.close()
            self._llm = None
