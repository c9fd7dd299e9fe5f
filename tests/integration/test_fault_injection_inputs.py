"""Every bad input the issue tried, through the real `keepsake` command: a clear message, exit
code 2, no traceback, and nothing changed in the vault or the models folder."""

from __future__ import annotations

import json
import os
import shutil
import struct
import zlib
from pathlib import Path

import pytest

from desktop.models.catalogue import PIPER_JOE_EN_US, SMOLLM2_135M
from desktop.models.installed import installed_entries
from desktop.models.verify import locate
from desktop.services.paths import AppPaths
from desktop.vault.backup import MAGIC
from tests.support.faults import env_for, filled_home, keepsake, state

pytestmark = pytest.mark.slow

TRIED: list[str] = []


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return filled_home(tmp_path)


def _refused(paths: AppPaths, what: str, *args: str, env: dict[str, str] | None = None) -> str:
    """Run a command that must refuse calmly and change nothing; returns what it printed."""
    before = state(paths)
    done = keepsake(env or env_for(paths), *args)
    output = done.stdout + done.stderr
    assert done.returncode == 2, f"{what}: {output}"
    assert "Traceback" not in output, f"{what}: {output}"
    assert state(paths) == before, what
    assert not installed_entries(paths.models_dir), what
    TRIED.append(what)
    return output


def _huge_png(path: Path, side: int = 30_000) -> None:
    """A 30000 x 30000 PNG of about a megabyte (all black), written without ever holding it."""
    row = b"\x00" * (1 + side * 3)
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def test_a_huge_photo_is_refused_before_it_is_decoded(paths: AppPaths, tmp_path: Path) -> None:
    photo = tmp_path / "huge.png"
    _huge_png(photo)
    out = _refused(
        paths, "30000x30000 PNG (persona create)", "persona", "create", "Big", "--photo", str(photo)
    )
    assert "too large" in out
    out = _refused(paths, "30000x30000 PNG (avatar rig)", "avatar", "rig", str(photo))
    assert "too large" in out


_PEAK = (  # VmHWM: this process's own peak (ru_maxrss would include the forking parent's)
    "import re, sys; from desktop.cli import main; code = main(sys.argv[1:]); "
    "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1); "
    "print('PEAK', int(hwm) // 1024); sys.exit(code)"
)


def _peak_mb(paths: AppPaths, *args: str) -> int:
    import subprocess
    import sys

    from tests.support.paths import ROOT

    done = subprocess.run(
        [sys.executable, "-c", _PEAK, *args],
        cwd=ROOT,
        env=env_for(paths),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "PEAK" in done.stdout, done.stdout + done.stderr
    return int(done.stdout.rsplit("PEAK", 1)[1].split()[0])


def test_a_large_photo_is_read_in_under_300_mb(paths: AppPaths, tmp_path: Path) -> None:
    import numpy as np
    from PIL import Image as PILImage

    small, large = tmp_path / "small.png", tmp_path / "large.png"
    PILImage.fromarray(np.full((200, 200, 3), 128, np.uint8)).save(small)
    yy, xx = np.mgrid[0:5800, 0:9800]
    pixels = np.dstack([xx % 251, yy % 241, (xx + yy) % 239]).astype(np.uint8)
    PILImage.fromarray(pixels).save(large, compress_level=1)  # 57 megapixels
    base = _peak_mb(paths, "avatar", "rig", str(small), "--json")
    peak = _peak_mb(paths, "avatar", "rig", str(large), "--json")
    print(f"FAULTS photo: {peak - base} MB over the base {base} MB for 57 megapixels")
    assert peak - base < 300, (base, peak)


def test_an_audio_file_that_is_not_one(paths: AppPaths, tmp_path: Path) -> None:
    empty, noise = tmp_path / "empty.wav", tmp_path / "noise.wav"
    empty.write_bytes(b"")
    noise.write_bytes(os.urandom(20_000))
    assert "empty" in _refused(paths, "0-byte WAV", "talk", "--wav", str(empty))
    assert "not an audio file" in _refused(paths, "random-bytes WAV", "talk", "--wav", str(noise))
    out = _refused(
        paths,
        "random-bytes WAV with --persona (no journal session)",
        "talk",
        "--persona",
        "Mum",
        "--wav",
        str(noise),
        "--sayings-only",
    )
    assert "not an audio file" in out


def _gguf(path: Path, metadata: bytes, keys: int, tensors: int = 0) -> None:
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, tensors, keys) + metadata)


def _key(name: str) -> bytes:
    return struct.pack("<Q", len(name)) + name.encode()


def test_crafted_and_cut_model_files_are_refused_at_the_door(
    paths: AppPaths, tmp_path: Path
) -> None:
    huge = tmp_path / "huge-array.gguf"
    _gguf(huge, _key("tokenizer.ggml.scores") + struct.pack("<IIQ", 9, 10, 2**62), 1)
    _refused(paths, "GGUF array of 2^62 items", "models", "import", str(huge))
    nested = tmp_path / "nested.gguf"
    deep = b"".join(struct.pack("<IQ", 9, 1) for _ in range(5000)) + struct.pack("<IQ", 4, 0)
    _gguf(nested, _key("general.deep") + struct.pack("<I", 9) + deep[4:], 1)
    _refused(paths, "GGUF with 5000 nested arrays", "models", "import", str(nested))
    cut = tmp_path / "cut.gguf"
    source = locate(SMOLLM2_135M, None)
    assert source is not None
    with (source / SMOLLM2_135M.main_file.relpath).open("rb") as handle:
        cut.write_bytes(handle.read(30_000_000))
    assert "cut short" in _refused(paths, "GGUF cut to 30 MB", "models", "import", str(cut))
    voice = locate(PIPER_JOE_EN_US, None)
    assert voice is not None
    onnx = tmp_path / "tiny.onnx"
    onnx.write_bytes(b"\x08\x07\x12\x04test\x1a\x02ok")  # 16 bytes, a valid-looking start
    shutil.copyfile(voice / "en_US-joe-medium.onnx.json", tmp_path / "tiny.onnx.json")
    _refused(paths, "16-byte .onnx voice", "models", "import", str(onnx))


def _backup_with_header(path: Path, header: bytes, newline: bool = True) -> None:
    path.write_bytes(MAGIC + header + (b"\n" if newline else b"") + os.urandom(4096))


def test_crafted_backup_headers_are_refused_and_nothing_changes(
    paths: AppPaths, tmp_path: Path
) -> None:
    salt = "00" * 16
    cases = {
        "backup header [1,2,3]": (b"[1,2,3]", True),
        "backup header without a newline": (b'{"format": "keepsake-backup"', False),
        "backup scrypt n=2^40": (
            json.dumps(
                {
                    "format": "keepsake-backup",
                    "version": 1,
                    "schema": 6,
                    "scrypt": {"salt": salt, "n": 2**40, "r": 8, "p": 1},
                }
            ).encode(),
            True,
        ),
        "backup scrypt n=2^24 (16 GB)": (
            json.dumps(
                {
                    "format": "keepsake-backup",
                    "version": 1,
                    "schema": 6,
                    "scrypt": {"salt": salt, "n": 2**24, "r": 8, "p": 1},
                }
            ).encode(),
            True,
        ),
    }
    for n, (what, (header, newline)) in enumerate(cases.items()):
        crafted = tmp_path / f"crafted-{n}.kbk"
        _backup_with_header(crafted, header, newline)
        out = _refused(paths, what, "restore", str(crafted))
        assert "nothing was changed" in out
    assert sorted(p.name for p in paths.data_dir.iterdir() if "before-restore" in p.name) == []


def test_a_restore_without_this_computers_passphrase_changes_nothing(
    paths: AppPaths, tmp_path: Path
) -> None:
    other = filled_home(tmp_path, "other")
    backup = tmp_path / "b.kbk"
    done = keepsake(env_for(other), "backup", str(backup))
    assert done.returncode == 0, done.stdout + done.stderr
    env = env_for(paths)
    env.pop("KEEPSAKE_PASSPHRASE")
    out = _refused(paths, "restore without the local passphrase", "restore", str(backup), env=env)
    assert "nothing was changed" in out
    assert [p.name for p in paths.data_dir.glob("*before-restore*")] == []


def test_unreadable_settings_and_vault_metadata(paths: AppPaths) -> None:
    paths.settings_file.write_bytes(os.urandom(600))
    done = keepsake(env_for(paths), "persona", "create", "Ann", "--saying", "Hello, love.")
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "defaults apply" in done.stderr
    assert paths.settings_file.with_name("settings.json.damaged").exists()
    TRIED.append("settings.json of random bytes")
    meta = json.loads(paths.vault_meta_file.read_text())
    saved = paths.vault_meta_file.read_text()
    meta["scrypt"]["n"] = 2**40
    paths.vault_meta_file.write_text(json.dumps(meta))
    done = keepsake(env_for(paths), "persona", "list")
    assert done.returncode == 2 and "Traceback" not in done.stdout + done.stderr
    TRIED.append("vault metadata with scrypt n=2^40")
    paths.vault_meta_file.write_text(saved)
    assert state(paths).personas == ("Margaret", "Ann")


def test_a_five_megabyte_line_is_kept_as_memories_and_never_spoken_whole(
    paths: AppPaths, tmp_path: Path
) -> None:
    chat = tmp_path / "chat.txt"
    long_words = " ".join(["and then we walked down to the harbour"] * 130_000)  # about 5 MB
    chat.write_text(f"Ruth: Hello love, have you eaten?\nRuth: {long_words}\nSam: ok\n")
    env = env_for(paths)
    done = keepsake(
        env,
        "persona",
        "create",
        "Ruth",
        "--chat",
        str(chat),
        "--sender",
        "Ruth",
        "--creator",
        "Sam",
        "--relationship",
        "son",
        "--agreed",
        "yes",
        "--json",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    created = json.loads(done.stdout)
    assert created["sayings"] == 1 and 1 <= created["memories"] <= 10
    done = keepsake(
        env,
        "talk",
        "--persona",
        "Ruth",
        "--text",
        "Tell me about the harbour",
        "--sayings-only",
        "--json",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    reply = json.loads(done.stdout)
    assert reply["reply"] == "Hello love, have you eaten?" and reply["audio_seconds"] < 10
    TRIED.append("chat export with one 5 MB line")


def test_zz_count(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print(f"\nFAULTS bad inputs tried: {len(TRIED)}: {'; '.join(TRIED)}")
