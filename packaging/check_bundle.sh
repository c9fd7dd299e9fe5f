#!/usr/bin/env bash
# Checks a built bundle: `keepsake doctor --json` must report every default model verified
# (SHA-256) and onnxruntime's telemetry switched off by the bundle itself, and the app must
# answer `--help`; runs in a private KEEPSAKE_HOME, without a screen.
set -euo pipefail
exe=${1:-dist/keepsake/keepsake}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
KEEPSAKE_HOME="$home" QT_QPA_PLATFORM=offscreen "$exe" --help >/dev/null
env -u ORT_DISABLE_TELEMETRY KEEPSAKE_HOME="$home" QT_QPA_PLATFORM=offscreen "$exe" doctor --json \
  > "$home/doctor.json"
python3 - "$home/doctor.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
models = {m["id"]: m for m in report["models"]}
bad = [m["id"] for m in report["models"] if m["default"] and not (m["verified"] and m["hashed"])]
print("doctor ok:", report["ok"], "| models:", ", ".join(f"{i} {'✓' if m['verified'] else '✗'}" for i, m in models.items()))
quiet = report["telemetry"]["onnxruntime"]["disabled"]
print("onnxruntime telemetry off:", quiet)
sys.exit(1 if bad or not report["ok"] or not quiet else 0)
PY
echo "The bundle starts and its default models verify."
