"""Which language a text is in, as far as Keepsake needs to know: English or Chinese.

Pure. A portrait's language is inferred from their own words by the share of CJK characters
among the letters they wrote; a model's languages are what its catalogue entry declares.
"""

from __future__ import annotations

from collections.abc import Iterable

ENGLISH = "en"
CHINESE = "zh"
LANGUAGES = (ENGLISH, CHINESE)

CJK_SHARE_FOR_CHINESE = 0.2  # a Chinese chat has Latin bits (names, "ok", links); 20 % is plenty


def is_cjk(ch: str) -> bool:
    """A Han character (CJK Unified Ideographs, extension A, compatibility ideographs)."""
    code = ord(ch)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x2FA1F


def is_latin_letter(ch: str) -> bool:
    return (ch.isascii() and ch.isalpha()) or "\u00c0" <= ch <= "\u024f"


def letter_counts(text: str) -> tuple[int, int]:
    """(CJK characters, Latin letters) in `text`."""
    cjk = latin = 0
    for ch in text:
        if is_cjk(ch):
            cjk += 1
        elif is_latin_letter(ch):
            latin += 1
    return cjk, latin


def cjk_share(text: str) -> float:
    """CJK characters over CJK characters plus Latin letters (0 when there are neither):
    "我很想你 ok" 0.67, "Mum said 小明 come home" 0.11."""
    cjk, latin = letter_counts(text)
    return cjk / (cjk + latin) if cjk + latin else 0.0


def infer_language(texts: Iterable[str], default: str = ENGLISH) -> str:
    """ "zh" when their words are mostly Chinese (by CJK share over all of them), else "en";
    `default` when there is nothing to judge by."""
    cjk = latin = 0
    for text in texts:
        c, la = letter_counts(text)
        cjk, latin = cjk + c, latin + la
    if cjk + latin == 0:
        return default
    return CHINESE if cjk / (cjk + latin) >= CJK_SHARE_FOR_CHINESE else ENGLISH


def base_language(code: str) -> str:
    """ "zh-CN", "zh_TW", "zh" → "zh"; "en-GB" → "en"; lower case."""
    return code.replace("_", "-").split("-", maxsplit=1)[0].lower() or ENGLISH


def speaks(model_languages: Iterable[str], language: str) -> bool:
    """Whether a model declaring `model_languages` can hold a conversation in `language`.
    "multilingual" alone is not enough for a chat model: the language must be named."""
    return base_language(language) in {base_language(x) for x in model_languages}
