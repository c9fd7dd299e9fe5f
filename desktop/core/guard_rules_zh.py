"""The reply guard's rules about who is speaking, for Chinese: a role slip (the portrait
called by its own name, the child's voice, the child's words said back) and words out of
character (an assistant's phrases, cheer for sad news). Pure. See guard_rules.py."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from desktop.core.language import is_cjk

if TYPE_CHECKING:
    from desktop.core.guard_rules import Roles

_CHILD_VOICE_ZH = re.compile(
    r"你(?:走了|去世|离开了|不在了|过世)|自从你(?:走|去世|离开|病)|要是你还在|你的(?:葬礼|墓|骨灰|遗像)"
    r"|我是你的?(?:儿子|女儿|孩子|姐姐|妹妹|哥哥|弟弟|老婆|老公|朋友)"
)
_OFF_ZH = re.compile(
    r"作为(?:一个)?(?:人工智能|AI|ai|助手|语言模型)|我是(?:一个)?(?:AI|ai|人工智能)?助手|语言模型"
    r"|有什么(?:可以|能|需要)(?:帮|为)|很高兴(?:认识|为您)|节哀|请问|您好|亲爱的用户|以下是|总之|首先"
    r"|我(?:明天|马上|这就)(?:过来|去|给你买|给你做)|我们(?:见个面|一起去)"
)
_ZH_STOP = frozenset(
    "的了吗呢吧啊呀是我你他她它们这那就都也很在有和与说要会能个一不没还又把被给让对着过到去来么"
)
_ZH_RECIPROCAL = frozenset("想爱念记得知道骄傲高兴担心疼明白相信懂")  # "我也想你" answers "我想你"


def _clauses_after(text: str, pronoun: str) -> list[str]:
    return [c for c in re.split(r"[，。！？、；,.!?;\s]+", text) if c.startswith(pronoun)]


def _bigrams(text: str) -> set[str]:
    chars = [c for c in text if is_cjk(c) and c not in _ZH_STOP and c not in _ZH_RECIPROCAL]
    return {a + b for a, b in itertools.pairwise(chars)} | set(chars)


def role_slip_zh(sentence: str, user_text: str, roles: Roles) -> bool:
    portrait = sorted(roles.portrait_words() - roles.child_words(), key=len, reverse=True)
    if portrait:
        names = "|".join(re.escape(p) for p in portrait)
        vocative = re.compile(
            rf"^(?:{names})[，,！!、：:]|[，,](?:{names})[。！？!?…]*$|^(?:{names})$"
        )
        if any(vocative.search(c.strip()) for c in re.split(r"(?<=[。！？!?])", sentence) if c):
            return True
        if re.search(rf"我(?:的)?(?:{names})", sentence):
            return True
    if _CHILD_VOICE_ZH.search(sentence):
        return True
    for pronoun in ("我", "你"):
        mine = {
            b for c in _clauses_after(sentence, pronoun) for b in _bigrams(c[1:]) if len(b) == 2
        }
        theirs = {
            b for c in _clauses_after(user_text, pronoun) for b in _bigrams(c[1:]) if len(b) == 2
        }
        if mine & theirs:
            return True
    return False


def out_of_character_zh(sentence: str, user_text: str) -> bool:
    if _OFF_ZH.search(sentence):
        return True
    cheer = re.search(r"太好了|真棒|恭喜|好开心|哈哈", sentence)
    sad = re.search(r"累|难过|吵架|挨骂|批评|睡不|想你|没有你|后悔|不够|哭|沉|坏了|紧", user_text)
    return bool(cheer and sad)
