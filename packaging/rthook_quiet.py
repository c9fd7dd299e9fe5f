# PyInstaller runtime hook: runs before the bundled app's first import, so onnxruntime (loaded
# by Piper and the voice activity detector) never starts its telemetry. desktop.cli.main sets
# the same switches again; this covers anything the bundle loads before it.
import os

os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
# The same arithmetic on every CPU (desktop/core/native_maths.py): oneMKL kept off AMX.
os.environ.setdefault("MKL_ENABLE_INSTRUCTIONS", "AVX512")
