"""A Piper voice's ONNX model at import: loaded once as speaking will load it, and patched once
so it reports phoneme timings for lip-sync. Worker thread."""

from __future__ import annotations

from pathlib import Path

from desktop.core.errors import ModelImportError
from desktop.core.privacy import guard_before_native_import


def check_onnx_loads(onnx_path: Path) -> None:
    """Load the model once with onnxruntime, as speaking will: a broken model is refused at the
    door instead of failing at the first sentence. Raises ModelImportError."""
    guard_before_native_import()
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    options.log_severity_level = 4
    try:
        session = onnxruntime.InferenceSession(
            str(onnx_path), sess_options=options, providers=["CPUExecutionProvider"]
        )
    except Exception as exc:  # onnxruntime raises its own exception types
        raise ModelImportError(onnx_path, "the voice model could not be loaded") from exc
    if not session.get_inputs() or not session.get_outputs():
        raise ModelImportError(onnx_path, "the file holds no usable voice model")


def patch_for_timings(onnx_path: Path) -> bool:
    """Add Piper's phoneme-alignment output to the model file once (so loading is fast and
    lip-sync has timings). False if the model already had it."""
    guard_before_native_import()  # piper's package loads onnxruntime
    import onnx
    from piper.patch_voice_with_alignment import add_alignment_output

    try:
        model = onnx.load(str(onnx_path))
    except Exception as exc:  # onnx raises DecodeError and others
        raise ModelImportError(
            onnx_path, f"not a readable ONNX model ({exc.__class__.__name__})"
        ) from exc
    try:
        add_alignment_output(model)
    except ValueError:
        return False  # already patched, or a voice without the tensor: used as it is
    onnx.save(model, str(onnx_path))
    return True
