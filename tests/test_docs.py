"""The generated docs stay in step with the code: docs/cli.md, docs/errors.md and every option's help."""

from __future__ import annotations

import difflib
import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import typer.main

from dateline.cli import app
from dateline.errors import Messages

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "gen_cli_docs.py"
FIX = "run `python scripts/gen_cli_docs.py`"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_cli_docs", SCRIPT)
    assert spec is not None and spec.loader is not None, SCRIPT
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def walk(command: Any, path: tuple[str, ...] = ("dateline",)) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every command of the tree. Duck-typed: recent typer releases carry their own copy of click,
    so its groups are not ``click.Group`` instances."""
    yield path, command
    for name, sub in (getattr(command, "commands", None) or {}).items():
        yield from walk(sub, (*path, name))


def catalogue_codes() -> list[str]:
    return sorted(name for name in vars(Messages) if re.fullmatch(r"[EW]\d{3}", name))


def test_generated_docs_are_up_to_date() -> None:
    generated = load_script().outputs()
    assert {p.name for p in generated} == {"cli.md", "errors.md"}
    for path, expected in generated.items():
        assert path.exists(), f"{path.relative_to(ROOT)} is missing: {FIX}"
        current = path.read_text(encoding="utf-8")
        if current != expected:
            diff = "".join(
                list(
                    difflib.unified_diff(
                        current.splitlines(True), expected.splitlines(True), "on disk", "generated"
                    )
                )[:40]
            )
            raise AssertionError(f"{path.relative_to(ROOT)} is out of date: {FIX}\n{diff}")


def test_cli_md_documents_every_command() -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    paths = [path for path, _ in walk(typer.main.get_command(app))]
    assert ("dateline", "gazetteer", "build") in paths and len(paths) >= 7
    for path in paths:
        name = " ".join(path)
        assert f"## `{name}`" in text, (
            f"docs/cli.md has no section for `{name}`: add it to COMMANDS in scripts/gen_cli_docs.py"
        )
    # The help text really is in there, e.g. an option of a sub-command and its help.
    assert "--published" in text and "Publication date (YYYY-MM-DD)" in text


def test_every_command_option_and_argument_has_help() -> None:
    missing: list[str] = []
    n_options = 0
    for path, command in walk(typer.main.get_command(app)):
        name = " ".join(path)
        if not (command.help or "").strip():
            missing.append(f"{name}: the command itself")
        for param in command.params:
            if param.param_type_name == "option":
                n_options += 1
            help_text = getattr(param, "help", None)
            if not (help_text or "").strip():
                missing.append(f"{name}: {'/'.join(param.opts) or param.name}")
    assert n_options >= 15, f"the command tree walk found only {n_options} options"
    assert not missing, "no help text for: " + ", ".join(missing)


def test_every_message_code_is_in_errors_md() -> None:
    text = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    codes = catalogue_codes()
    assert "E001" in codes and "W001" in codes
    absent = [code for code in codes if f"| {code} |" not in text]
    assert not absent, f"docs/errors.md does not mention {absent}: {FIX}"
    for code in codes:
        row = next(line for line in text.splitlines() if line.startswith(f"| {code} |"))
        what_to_do = row.rstrip(" |").rsplit(" | ", 1)[-1]
        assert len(what_to_do) > 20, f"{code} has no advice in docs/errors.md"
