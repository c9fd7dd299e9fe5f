"""`keepsake doctor [--json] [--quick]`: what is installed and whether it works."""

from __future__ import annotations

import argparse
import json

from desktop.services import doctor
from desktop.services.paths import AppPaths
from desktop.vault.keys import default_keyring_backend


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Exit 0 when the default models are usable, 1 otherwise."""
    report = doctor.gather(paths, default_keyring_backend(), full_hash=not args.quick)
    if args.json:
        print(json.dumps(doctor.to_json(report), indent=2, ensure_ascii=False))
    else:
        print(doctor.to_text(report))
    return 0 if report.default_models_usable else 1
