"""`python -m desktop` runs the same command as `keepsake`."""


def _run() -> int:
    from desktop.core.privacy import silence_native_libraries

    silence_native_libraries()  # before anything can load onnxruntime (main() does it too)
    from desktop.cli import main

    return main()


raise SystemExit(_run())
