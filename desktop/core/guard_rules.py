"""The reply guard's rules about who is speaking: role slips and words out of character.

Pure. A *role slip* is a sentence that addresses the person by the portrait's own name or
"Mum", speaks as the child ("I miss you, Mum", "since you died"), or takes the child's deeds as
its own ("I planted tomatoes" answered with "I planted them too"; "the dumplings you used to
make" said back to the child). *Out of character* is what no parent says to their grieving
child: an assistant's phrases, a stranger's name, a promise to do something in the world, a
cheerful word for bad news, or a flat "No" to a sentence that asked nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.language import CHINESE, base_language, is_cjk
from desktop.core.risk import normalize_en
from desktop.core.stemming import stem

_PARENT_WORDS = {
    "mother": ("mum", "mom", "mummy", "mommy", "mother", "mama", "ma", "mam", "mammy"),
    "father": ("dad", "daddy", "father", "papa", "pa", "pop", "pops"),
    "grandmother": ("gran", "granny", "grandma", "nan", "nana", "nanna", "grandmother"),
    "grandfather": ("grandad", "granddad", "grandpa", "grandfather", "gramps"),
}
_ZH_PARENT_WORDS = {
    "mother": ("妈妈", "妈", "老妈", "母亲", "娘", "妈咪"),
    "father": ("爸爸", "爸", "老爸", "父亲", "爹"),
    "grandmother": ("奶奶", "外婆", "姥姥", "婆婆"),
    "grandfather": ("爷爷", "外公", "姥爷", "公公"),
}
ENDEARMENTS = frozenset(
    """
    love dear darling sweetheart sweetie honey pet petal duck chuck poppet son lad boy girl
    kiddo child sunshine flower treasure precious
    """.split()  # noqa: SIM905
)
_NOT_A_SLIP_BEFORE = frozenset({"your", "a", "the", "good", "every", "any", "old"})
_SKIP = frozenset(
    """
    am is are was were be been being have has had do does did will would can could should
    shall may might must not never always just really so also still even all too very used to
    a an the some any little bit of ever often usually only again already get got going kind
    sort quite pretty much more most own ve ll d s re m
    """.split()  # noqa: SIM905
)
RECIPROCAL = frozenset(
    stem(w)
    for w in """
    love miss think remember hug proud glad happy know see hear talk worry care want feel need
    wish hope sorry mean understand believe trust like
    """.split()  # noqa: SIM905
)
_FIRST = frozenset({"i", "my", "me", "myself"})
_SECOND = frozenset({"you", "your", "yourself"})

_CHILD_VOICE_EN = re.compile(
    r"\b(?:since|after|before|when) you (?:died|passed|left us|went|were ill|were sick|were in"
    r" hospital)\b|\byou (?:died|passed away|are gone|were gone|are not here any ?more|left us)\b"
    r"|\bi lost you\b|\bi wish you were (?:still )?(?:here|alive|with me)\b"
    r"|\byour (?:funeral|grave|death|ashes|headstone)\b|\bi am your (?:son|daughter|child|kid"
    r"|sister|brother|wife|husband|friend|grandson|granddaughter)\b"
)
_OFF_EN = re.compile(
    r"\b(?:as an ai|language model|(?:virtual |ai |helpful )?assistant|i can help|help you with"
    r"|how can i help|assist you|not familiar with|i am not sure what you mean|rephrase"
    r"|i can only offer|i do not have (?:any )?(?:personal|feelings|emotions|memories)"
    r"|my name is|what is your name|nice to meet you|you are welcome|thank you for sharing"
    r"|feel free|in conclusion|here are|tips for|chatbot|smollm|hugging ?face|user"
    r"|sorry for your loss|my condolences|ladies and gentlemen|lol|haha|mate|sir|madam|dude"
    r"|bro|buddy|what is your favou?rite|i didnt mean to|i did not mean to|misunderstanding"
    r"|i do not have (?:a|any) \w+)\b"
)
_ALIVE_EN = re.compile(
    r"\bi (?:will|am going to|would|can) (?:come|buy|get|bring|send|visit|meet|cook|make you"
    r"|call|ring|pick|drive|take you|pop|drop|be there|see you|help you)\b"
    r"|\b(?:let us|lets) (?:meet|go|do|get)\b|\bhow about we\b|\bcome (?:over|round|home)\b"
    r"|\bi just (?:got|finished|planted|made|bought|came|had|went|started)\b"
    r"|\bi have been (?:working|busy|cooking|shopping|out)\b"
    r"|\bmy (?:job|boss|team|company|laptop|phone|office|car|project)\b"
)
_NO_YES_EN = re.compile(r"^(?:no|nope|yes|yeah|yep)\b|^no (?:worries|problem)\b")
_BLUNT_EN = re.compile(
    r"^you (?:are|were) (?:right|wrong|not going to|never going to)\b|^you (?:can not|will never"
    r"|should not have|must not)\b|^(?:that is|it is|it was) (?:a |not a )?(?:\w+ )?(?:joke|story"
    r"|compliment|thing)\b|\blike you said\b|\b(?:money|work|life) is (?:money|work|life)\b"
)
_FAMILY_EN = (
    "mum|mom|mother|dad|father|gran|granny|grandma|grandad|grandpa|nan|nana|wife|husband"
    "|sister|brother|aunt|uncle|sir|madam|miss"
)
_NEGATIVE_EN = re.compile(
    r"\b(?:awful|bad|terrible|sad|tired|exhausted|shouted|row|fight|argued?|worried|worry"
    r"|scared|afraid|lonely|miss|cry|crying|heavy|hard|broke|broken|lost|died|funeral|ill|sick"
    r"|hurts?|pain|angry|upset|failed|fell apart|not sleeping|can not|without you|alone|guilt"
    r"|should have|sorry|horrible|stress|stressed|anxious|awake)\b"
)
_CHEER_EN = re.compile(
    r"\b(?:great|fantastic|wonderful|awesome|amazing|congratulations|congrats|yay|cool|perfect"
    r"|brilliant|exciting|excited|enjoy|enjoying|fun|glad|happy to hear|that is good"
    r"|good to hear|love it|lucky|hooray|nice)\b"
)
_POSITIVE_EN = re.compile(
    r"\b(?:got into|got in|passed|won|promotion|promoted|good news|new job|engaged|married"
    r"|was born|wonderful|great news|so happy|made it|came up|flowering|blooming|first steps"
    r"|birthday|graduated|celebrat\w*)\b"
)
_SORRY_EN = re.compile(
    r"\b(?:sorry|oh dear|oh no|too bad|ouch|poor (?:you|thing)|awful|terrible)\b"
)
_CALENDAR = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december christmas easter god heaven english
    chinese
    """.split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class Roles:
    """Who is who in the conversation. `portrait_names`: what the portrait is called ("Margaret",
    "Maggie", "Mum"); `child_names`: the person talking and how they were addressed ("Tom",
    "Tommy", "love"); `relationship`: the portrait's ("mother")."""

    language: str
    portrait_names: tuple[str, ...] = ()
    child_names: tuple[str, ...] = ()
    relationship: str = "mother"

    @property
    def chinese(self) -> bool:
        return base_language(self.language) == CHINESE

    def portrait_words(self) -> set[str]:
        """Lower-case words that name the portrait: their names and the parent words."""
        table = _ZH_PARENT_WORDS if self.chinese else _PARENT_WORDS
        words = set(table.get(_relationship_key(self.relationship), table["mother"]))
        for name in self.portrait_names:
            words.update(_name_parts(name))
        words.discard("")
        return words

    def child_words(self) -> set[str]:
        out = set(ENDEARMENTS)
        for name in self.child_names:
            out.update(_name_parts(name))
        return out


def _relationship_key(relationship: str) -> str:
    r = relationship.lower()
    for key, words in (
        ("grandmother", ("grand", "nan", "gran", "奶", "婆", "姥")),
        ("grandfather", ("grandf", "grandpa", "爷", "公", "姥爷")),
        ("father", ("father", "dad", "爸", "父")),
    ):
        if any(w in r for w in words) and not (key == "grandmother" and "father" in r):
            return key
    return "mother"


def _name_parts(name: str) -> list[str]:
    lowered = name.strip().lower()
    if any(is_cjk(c) for c in lowered):
        parts = [lowered]
        if len(lowered) == 3:  # a Chinese full name: the given name is used alone too
            parts.append(lowered[1:])
        return parts
    return [lowered, *lowered.split()] if lowered else []


def predicates(tokens: list[str]) -> tuple[set[str], set[str]]:
    """(first-person, second-person) predicate heads, stemmed: "I planted tomatoes" gives
    first {"plant"}; "the dumplings you used to make" gives second {"mak"}."""
    first: set[str] = set()
    second: set[str] = set()
    for i, token in enumerate(tokens):
        if token in _FIRST:
            group = first
        elif token in _SECOND:
            group = second
        else:
            continue
        for nxt in tokens[i + 1 : i + 6]:
            if nxt == "," or nxt in _FIRST or nxt in _SECOND:
                break
            if nxt not in _SKIP:
                group.add(stem(nxt))
                break
    return first - RECIPROCAL, second - RECIPROCAL


def _tokens(text: str) -> list[str]:
    return " , ".join(normalize_en(text)).split()


_BEFORE_A_VOCATIVE = frozenset(
    {",", "hi", "hello", "hey", "oh", "dear", "night", "goodnight", "bye"}
)


def role_slip_en(sentence: str, user_text: str, roles: Roles, strict: bool = True) -> bool:
    """`strict` (the guard): any mention of the portrait's own names counts; otherwise (the
    eval's definition) only addressing the person by them ("Mum, ...", "..., Margaret.")."""
    tokens = _tokens(sentence)
    portrait = roles.portrait_words() - roles.child_words()
    for i, token in enumerate(tokens):
        if token not in portrait:
            continue
        if strict and (i == 0 or tokens[i - 1] not in _NOT_A_SLIP_BEFORE):
            return True
        before = i == 0 or tokens[i - 1] in _BEFORE_A_VOCATIVE
        after = i == len(tokens) - 1 or tokens[i + 1] == ","
        if before and after:
            return True
    joined = " ".join(t for t in tokens if t != ",")
    if _CHILD_VOICE_EN.search(joined):
        return True
    if re.search(r"\bmy (?:" + "|".join(sorted(portrait)) + r")\b", joined) if portrait else False:
        return True
    first_r, second_r = predicates(tokens)
    first_u, second_u = predicates(_tokens(user_text))
    if first_r & first_u or second_r & second_u:
        return True
    return strict and _addresses_someone_else(sentence, roles)


def _addresses_someone_else(sentence: str, roles: Roles) -> bool:
    """ "Sarah, tell me more." or "... can you, Dad?": a vocative that is not the person; or
    the person spoken of in the third person to their face ("Tom's right")."""
    allowed = roles.child_words()
    stripped = sentence.strip()
    lowered = stripped.lower()
    family = re.compile(
        rf"^(?:oh |well |yes |no )?(?:{_FAMILY_EN})\s*,|,\s*(?:{_FAMILY_EN})\s*[.!?]*$"
    )
    if family.search(lowered):
        return True
    for name in roles.child_names:
        word = re.escape(name.lower())
        if name[:1].isupper() and re.search(
            rf"\b{word}(?:'s| is| was| has| said| thinks| knows| did)\b", lowered
        ):
            return True
    start = re.match(r"^(?:oh |hi |hello |hey |well |dear )?([A-Z][a-z]+)\s*,", stripped)
    end = re.search(r",\s*([A-Z][a-z]+)\s*[.!?]*$", stripped)
    for m in (start, end):
        if m is not None and m.group(1).lower() not in allowed and m.group(1) not in ("I", "Oh"):
            word = m.group(1).lower()
            if word not in ("well", "yes", "no", "oh", "ah", "now", "right", "okay", "so"):
                return True
    return False


def out_of_character_en(
    sentence: str, user_text: str, roles: Roles, known_names: tuple[str, ...]
) -> bool:
    joined = " ".join(t for t in _tokens(sentence) if t != ",")
    if _OFF_EN.search(joined) or _ALIVE_EN.search(joined):
        return True
    relation = _relationship_key(roles.relationship)
    if relation in ("mother", "grandmother") and re.search(r"\bmy wife\b", joined):
        return True
    if relation in ("father", "grandfather") and re.search(r"\bmy husband\b", joined):
        return True
    asked = "?" in user_text
    if not asked and _NO_YES_EN.search(joined):
        return True
    if _BLUNT_EN.search(joined):
        return True
    user = " ".join(normalize_en(user_text))
    if _NEGATIVE_EN.search(user) and _CHEER_EN.search(joined):
        return True
    if _POSITIVE_EN.search(user) and not _NEGATIVE_EN.search(user) and _SORRY_EN.search(joined):
        return True
    return _invents_a_name(sentence, user_text, roles, known_names)


def _invents_a_name(
    sentence: str, user_text: str, roles: Roles, known_names: tuple[str, ...]
) -> bool:
    """A capitalised word inside the sentence that nobody in the conversation has used."""
    known = {w.lower() for w in re.findall(r"[A-Za-z]+", " ".join([user_text, *known_names]))}
    known |= roles.portrait_words() | roles.child_words() | _CALENDAR
    words = re.findall(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+)\b", sentence.strip())
    return any(w.lower() not in known and w != "I" for w in words)


def role_slip(sentence: str, user_text: str, roles: Roles, strict: bool = True) -> bool:
    if roles.chinese:
        from desktop.core.guard_rules_zh import role_slip_zh

        return role_slip_zh(sentence, user_text, roles)
    return role_slip_en(sentence, user_text, roles, strict)


def out_of_character(
    sentence: str, user_text: str, roles: Roles, known_names: tuple[str, ...] = ()
) -> bool:
    if roles.chinese:
        from desktop.core.guard_rules_zh import out_of_character_zh

        return out_of_character_zh(sentence, user_text)
    return out_of_character_en(sentence, user_text, roles, known_names)


# --- what a very small model may say --------------------------------------------------------

_SORRY_FAMILY_EN = re.compile(
    r"\b(?:sorry to hear|so sorry|i am sorry|oh dear|oh love|oh no|poor you|poor love"
    r"|that sounds (?:hard|awful|tough|difficult|horrible|like a lot|exhausting)"
    r"|that is (?:hard|tough|awful|a shame)|how awful|that must (?:be|have been) (?:hard|awful"
    r"|tough|difficult))\b"
)
_GLAD_FAMILY_EN = re.compile(
    r"\b(?:well done|i am (?:so )?(?:glad|proud|happy)|how (?:lovely|wonderful)|that is "
    r"(?:lovely|wonderful|great|grand)|good for (?:you|him|her)|bless them"
    r"|clever (?:boy|girl|thing))\b"
)
_NEUTRAL_FAMILY_EN = re.compile(
    r"\b(?:i know|i understand|i can imagine|i am (?:here|listening|proud of you)"
    r"|i think about you|i love you|i miss you|of course|bless you|take care"
    r"|be gentle|look after yourself|that is all right|it is all right|it is okay"
    r"|take it (?:slow|slowly|easy)|go easy on yourself|one (?:step|thing|day) at a time|no rush"
    r"|you did (?:well|your best|all you could)|you are (?:a good|doing well|not alone"
    r"|doing your best|so kind|on the right track))\b"
)
_SELF_APOLOGY_EN = re.compile(
    r"\bsorry , i\b|^sorry$|\bi am sorry , i\b|\bi (?:am not sure|do not know|did not|can not"
    r"|am afraid|will)\b|\byou are right\b|\benjoy(?:ing)?\b|\byour new\b|\bthe game\b|\bdreams?\b"
    r"|\bgod bless\b|\bbless your\b|\bhere to help\b|\bhelp you\b|\bassist\b"  # a helper's words
)
_KIND_ZH = re.compile(
    r"难过|心疼|抱抱|我知道|我明白|我懂|我在|我想你|我爱你|辛苦|别太|好孩子|真好|太好了|不容易|没事的|慢慢来"
    r"|我记得|骄傲|放心|照顾好|别担心|委屈|好样的"
)


def kind_acknowledgement(sentence: str, user_text: str, roles: Roles) -> bool:
    """What a very small model may say: a short, plainly kind acknowledgement ("Oh love, I'm
    so sorry.", "Well done, Tom.", "I know, love."), sorry-words only for bad news and
    glad-words only for good; never an apology for itself or a guess at facts."""
    if roles.chinese:
        return bool(_KIND_ZH.search(sentence))
    tokens = _tokens(sentence)
    joined = " ".join(tokens)
    if _SELF_APOLOGY_EN.search(joined):
        return False
    user = " ".join(normalize_en(user_text))
    bad = bool(_NEGATIVE_EN.search(user))
    good = bool(_POSITIVE_EN.search(user)) and not bad
    if _SORRY_FAMILY_EN.search(joined):
        return bad
    if _GLAD_FAMILY_EN.search(joined):
        return good
    if re.search(r"\bi remember\b", joined):  # only to a memory shared
        return bool(re.search(r"\b(?:remember|used to|back then|when i was)\b", user))
    return bool(_NEUTRAL_FAMILY_EN.search(joined))
