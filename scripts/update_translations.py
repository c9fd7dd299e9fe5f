#!/usr/bin/env python3
"""Keep the translations in step with the code.

    scripts/update_translations.py            add new strings to every .ts, compile the .qm
    scripts/update_translations.py --check    exit 1 if a string lacks a translation or a .qm
                                              is out of date (what the tests check)

Strings are found as the literal first argument of `tr(...)` or `tr_noop(...)` anywhere under
`desktop/`. Translate with `pyside6-linguist desktop/ui/translations/keepsake_zh_CN.ts`.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop"
FOLDER = ROOT / "desktop" / "ui" / "translations"
LANGUAGES = ("zh_CN",)
CONTEXT = "Keepsake"


@dataclass(frozen=True)
class Found:
    text: str
    file: str
    line: int
    numerus: bool = False  # a count with plural forms: trn(one, many, n), keyed by `many`


def _constants(trees: dict[Path, ast.Module]) -> dict[str, str]:
    """Module-level `NAME = "text"` assignments (so `tr(NAME)` can be found too)."""
    found: dict[str, str] = {}
    for tree in trees.values():
        for node in tree.body:
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
            ):
                found[node.targets[0].id] = node.value.value
    return found


def find_messages(sources: Path = SOURCES) -> list[Found]:
    """Every tr()/tr_noop() literal (or module constant), in file and line order."""
    trees = {path: ast.parse(path.read_text("utf-8")) for path in sorted(sources.rglob("*.py"))}
    constants = _constants(trees)
    seen: dict[str, Found] = {}
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "tr_noop", "trn")
                and node.args
            ):
                continue
            numerus = node.func.id == "trn"
            if numerus and len(node.args) < 2:
                continue
            arg = node.args[1] if numerus else node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                text = arg.value
            elif isinstance(arg, ast.Name) and arg.id in constants:
                text = constants[arg.id]
            else:
                continue
            rel = str(path.relative_to(ROOT))
            seen.setdefault(text, Found(text, rel, node.lineno, numerus))
    return sorted(seen.values(), key=lambda f: (f.file, f.line))


def read_ts(path: Path) -> dict[str, str]:
    """Finished translations in a .ts file."""
    if not path.exists():
        return {}
    done: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") is not None:
            continue
        forms = [f.text for f in translation.iter("numerusform") if f.text]
        if message.get("numerus") == "yes" and forms:
            done[source] = forms[0]
        elif translation.text and translation.text.strip():
            done[source] = translation.text
    return done


def write_ts(path: Path, language: str, messages: list[Found], done: dict[str, str]) -> None:
    ts = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(ts, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for m in messages:
        message = ET.SubElement(context, "message")
        if m.numerus:
            message.set("numerus", "yes")
        ET.SubElement(message, "location", filename=f"../../../{m.file}", line=str(m.line))
        ET.SubElement(message, "source").text = m.text
        translation = ET.SubElement(message, "translation")
        text = done.get(m.text)
        if text is None:
            translation.set("type", "unfinished")
        if m.numerus:  # Chinese has one plural form
            ET.SubElement(translation, "numerusform").text = text
        elif text is not None:
            translation.text = text
    ET.indent(ts)
    body = ET.tostring(ts, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def lrelease() -> str:
    return str(Path(sys.executable).with_name("pyside6-lrelease"))


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def missing(language: str, messages: list[Found]) -> list[str]:
    done = read_ts(FOLDER / f"keepsake_{language}.ts")
    return [m.text for m in messages if m.text not in done]


def qm_is_current(language: str) -> bool:
    ts, qm = FOLDER / f"keepsake_{language}.ts", FOLDER / f"keepsake_{language}.qm"
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / qm.name
        compile_qm(ts, fresh)
        return qm.exists() and fresh.read_bytes() == qm.read_bytes()


def main(argv: list[str]) -> int:
    messages = find_messages()
    if "--check" in argv:
        bad = False
        for language in LANGUAGES:
            lacking = missing(language, messages)
            if lacking:
                bad = True
                print(f"{language}: {len(lacking)} strings lack a translation, e.g. {lacking[:3]}")
            if not qm_is_current(language):
                bad = True
                print(f"{language}: the .qm is out of date; run scripts/update_translations.py")
        return 1 if bad else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = FOLDER / f"keepsake_{language}.ts"
        done = read_ts(ts)
        write_ts(ts, language, messages, done)
        compile_qm(ts, FOLDER / f"keepsake_{language}.qm")
        print(f"{language}: {len(messages)} strings, {len(missing(language, messages))} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
