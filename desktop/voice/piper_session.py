"""Opening a Piper voice with the onnxruntime settings a conversation needs.

Piper's own loader gives onnxruntime its defaults: one thread per core, spinning while it
waits. During a conversation the language model holds those cores, and on a 2-core PC the
spinning threads then slow each other down (a short sentence took 0.74 s instead of 0.38 s on a
busy machine). So the voice runs on one thread that does not spin; a sentence is still made
many times faster than it is spoken. Otherwise as Piper's loader: the model is patched in
memory for the phoneme alignments (lip-sync) when the onnx package is there.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

VOICE_THREADS = 1


def open_voice(model_path: Path, config_path: Path, download_dir: Path) -> Any:
    """A `piper.PiperVoice` for the model; raises what Piper's loader raises (ValueError,
    KeyError for unreadable settings; onnxruntime's own errors for a broken model)."""
    import onnxruntime
    from piper import PiperVoice
    from piper.config import PiperConfig

    config = PiperConfig.from_dict(json.loads(config_path.read_text("utf-8")))
    model: str | bytes = str(model_path)
    try:
        import onnx
        from piper.patch_voice_with_alignment import add_alignment_output

        patched = onnx.load(str(model_path))
        add_alignment_output(patched)
        model = patched.SerializeToString()
    except ImportError:
        log.warning("the onnx package is missing: no phoneme timings for lip-sync")
    except ValueError:
        pass  # already patched, or no such tensor: used as it is
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = VOICE_THREADS
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = onnxruntime.InferenceSession(
        model, sess_options=options, providers=["CPUExecutionProvider"]
    )
    return PiperVoice(session=session, config=config, download_dir=download_dir)
