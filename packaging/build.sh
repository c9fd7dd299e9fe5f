#!/usr/bin/env bash
# Builds the one-folder app into dist/keepsake with PyInstaller (Linux and macOS).
#   packaging/build.sh            build
#   packaging/build.sh --check    build, then run `keepsake doctor --json` inside the bundle
#                                 and fail unless the default models verify (what a release needs)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || scripts/install.sh
.venv/bin/python -m pip install -q "pyinstaller==6.22.3" "pyinstaller-hooks-contrib>=2026.9"
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/keepsake.spec
echo "Built dist/keepsake ($(du -sh dist/keepsake | cut -f1))"
if [ "${1:-}" = "--check" ]; then
  packaging/check_bundle.sh dist/keepsake/keepsake
fi
