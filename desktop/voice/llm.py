"""The local language model, through llama-cpp-python, streaming.

The model's own chat template (from the GGUF file) formats the conversation. llama-cpp keeps
the tokens it evaluated last and re-evaluates only what changed, so a system prompt that stays
the same at the start of every prompt is computed once per conversation (`warm_up`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.core.conversation import Message
from desktop.core.errors import (
    GgufFormatError,
    ModelCorruptError,
    ModelMissingError,
    ModelNoChatTemplateError,
)
from desktop.core.gguf import read_gguf
from desktop.core.jobs import CancelToken


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

    def load(self) -> None:
        if self._llm is not None:
            return
        check_gguf_header(self.model_path)
        from llama_cpp import Llama

        try:
            llm = Llama(
                str(self.model_path),
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
        messages = [{"role": "system", "content": system_prompt}, {"role": "user", "content": "Hi"}]
        self.llama.create_chat_completion(messages, max_tokens=1)

    def stream(self, messages: list[Message], cancel: CancelToken) -> Iterator[str]:
        """Yield the reply's text pieces; stops early when `cancel` is set."""
        chunks = self.llama.create_chat_completion(
            [m.as_chat() for m in messages],
            stream=True,
            max_tokens=self.max_reply_tokens,
            temperature=0.6,
            top_p=0.9,
            repeat_penalty=1.18,
        )
        try:
            for chunk in chunks:
                if cancel.cancelled:
                    return
                piece = chunk["choices"][0]["delta"].get("content")
                if piece:
                    yield piece
        finally:
            chunks.close()

    def close(self) -> None:
        if self._llm is not None:
            self._llm.close()
            self._llm = None
