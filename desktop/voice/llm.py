"""The local language model, through llama-cpp-python, streaming.

The model's own chat template (from the GGUF file) formats the conversation. llama-cpp keeps
the tokens it evaluated last and re-evaluates only what changed, so a prefix that stays the same
at the start of every prompt (system prompt and example exchanges) is computed once per
conversation (`begin`), and a history that only grows (see `HistoryWindow`) means each turn
reads only the new message. `last_evaluated` counts the prompt tokens a turn actually
evaluated, so tests can check the cache without timing it. Sampling is seeded (`Sampling`), and
`begin` clears the cache, so a conversation replays exactly.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.core.conversation import Message, Role
from desktop.core.errors import (
    GgufFormatError,
    ModelCorruptError,
    ModelMissingError,
    ModelNoChatTemplateError,
)
from desktop.core.gguf import read_gguf
from desktop.core.jobs import CancelToken
from desktop.core.sampling import FIRST, Sampling
from desktop.voice.llama_open import open_llama


def check_gguf_header(path: Path) -> None:
    """Raise unless `path` is a whole GGUF file (its header and tensor table read; no data)."""
    if not path.is_file():
        raise ModelMissingError("language model", path)
    try:
        read_gguf(path)
    except (GgufFormatError, OSError) as exc:
        raise ModelCorruptError(path, f"not a usable GGUF model file ({exc})") from exc


class LlamaReplier:
    """Loads a GGUF model and streams replies. Use from one thread (the engine's responder)."""

    def __init__(
        self,
        model_path: Path,
        context_tokens: int = 2048,
        threads: int = 2,
        max_reply_tokens: int = 80,
    ) -> None:
        self.model_path = model_path
        self.context_tokens = context_tokens
        self.threads = threads
        self.max_reply_tokens = max_reply_tokens
        self._llm: Any = None
        self.last_evaluated = 0  # prompt tokens the last reply evaluated (the rest was cached)
        self.last_reused = 0  # prompt tokens the last reply found in the cache
        self._watching = False

    def load(self) -> None:
        if self._llm is not None:
            return
        check_gguf_header(self.model_path)
        try:
            llm = open_llama(
                self.model_path,
                n_ctx=self.context_tokens,
                n_threads=self.threads,
                n_batch=256,
                verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelCorruptError(
                self.model_path, f"llama.cpp could not load it ({exc})"
            ) from exc
        if not llm.metadata.get("tokenizer.chat_template"):
            llm.close()
            raise ModelNoChatTemplateError(self.model_path)
        real_eval = llm.eval

        def counting_eval(tokens: Any) -> None:
            if self._watching:  # the first evaluation of a reply is its prompt's new part
                self._watching = False
                self.last_reused = int(llm.n_tokens)
                self.last_evaluated = len(tokens)
            real_eval(tokens)

        llm.eval = counting_eval
        self._llm = llm

    @property
    def llama(self) -> Any:
        if self._llm is None:
            self.load()
        return self._llm

    def count_tokens(self, text: str) -> int:
        return len(self.llama.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    @property
    def prompt_budget(self) -> int:
        return self.context_tokens - self.max_reply_tokens - 8

    def warm_up(self, system_prompt: str) -> None:
        """Evaluate the system prompt now, so the first real turn reuses it from the cache."""
        self.begin([Message(Role.SYSTEM, system_prompt)])

    def begin(self, prefix: list[Message]) -> None:
        """A new conversation: forget the cache (so it replays exactly) and evaluate its fixed
        prefix now, so the first turn reads only its own message."""
        llama = self.llama
        llama.reset()
        messages = [m.as_chat() for m in prefix] + [{"role": "user", "content": "Hi"}]
        llama.create_chat_completion(messages, max_tokens=1, temperature=0.0, seed=0)

    def stream(
        self, messages: list[Message], cancel: CancelToken, sampling: Sampling = FIRST
    ) -> Iterator[str]:
        """Yield the reply's text pieces; stops early when `cancel` is set. A line break ends
        the reply (a spoken reply has none; what follows one is a list or a new speaker)."""
        self._watching = True
        self.last_evaluated = self.last_reused = 0
        chunks = self.llama.create_chat_completion(
            [m.as_chat() for m in messages],
            stream=True,
            max_tokens=min(sampling.max_tokens, self.max_reply_tokens),
            temperature=sampling.temperature,
            top_p=sampling.top_p,
            top_k=sampling.top_k,
            min_p=sampling.min_p,
            repeat_penalty=sampling.repeat_penalty,
            seed=sampling.seed,
            stop=["\n"],
        )
        try:
            for chunk in chunks:
                if cancel.cancelled:
                    return
                piece = chunk["choices"][0]["delta"].get("content")
                if piece:
                    yield piece
        finally:
            self._watching = False
            chunks.close()

    def close(self) -> None:
        if self._llm is not None:
            self._llm.close()
            self._llm = None
