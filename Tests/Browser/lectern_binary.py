"""Finds the lectern executable for tests that run it: LECTERN_BINARY, else the release
build `make browser-test` makes, else the debug build."""
import os
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]


def lectern_binary() -> str:
    candidates = [os.environ.get("LECTERN_BINARY"), ROOT / ".build/release/lectern", ROOT / ".build/debug/lectern"]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return str(pathlib.Path(candidate).resolve())
    raise AssertionError("no lectern binary: run 'make tool' or set LECTERN_BINARY")
