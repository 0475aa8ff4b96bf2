"""`twofold --help` names every way to run Twofold; usage mistakes are one line and exit 2."""

import argparse

import pytest

from desktop.app import SUBCOMMANDS, main
from desktop.cli import build_parser
from desktop.paths import SEED_LEFT, SEED_RIGHT

COMMANDS = sorted(name for name in SUBCOMMANDS if not name.startswith("-"))


def _commands() -> dict[str, argparse.ArgumentParser]:
    (sub,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def test_help_lists_the_window_the_self_test_the_version_and_every_command(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    out = capsys.readouterr().out
    assert stop.value.code == 0
    for way in ("twofold [--db PATH] [LEFT RIGHT]", "--self-test", "--version", "https://"):
        assert way in out
    for name in COMMANDS:
        assert f"\n    {name}" in out, name
    assert sorted(_commands()) == COMMANDS


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_of_every_command_is_explained(name, capsys):
    parser = _commands()[name]
    for action in parser._actions:
        assert action.help and len(action.help) > 10, (name, action.dest)
    with pytest.raises(SystemExit):
        main([name, "--help"])
    out = capsys.readouterr().out
    assert out.startswith(f"usage: twofold {name} ")
    assert parser.description and parser.description.split()[0] in out


@pytest.mark.parametrize("value", ["150", "-5", "100.5", "nan", "inf", "-inf", "fifty"])
@pytest.mark.parametrize("command", ["compare", "align"])
def test_a_threshold_outside_0_to_100_is_one_line_and_exit_2(command, value, capsys):
    args = [str(SEED_LEFT), str(SEED_RIGHT)] if command == "compare" else ["--jsonl", "-"]
    with pytest.raises(SystemExit) as stop:
        main([command, *args, f"--threshold={value}"])
    out, err = capsys.readouterr()
    assert stop.value.code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith(f"twofold {command}: ") and "--threshold" in err and "0 to 100" in err


@pytest.mark.parametrize("value", ["0", "100", "55.5"])
def test_thresholds_from_0_to_100_are_taken(value, capsys):
    assert main(["compare", str(SEED_LEFT), str(SEED_RIGHT), "--threshold", value]) == 0
    assert "of the left article is in the right one" in capsys.readouterr().out


def test_a_missing_argument_is_one_line_too(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["compare", str(SEED_LEFT)])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and len(err.strip().splitlines()) == 1 and "right" in err
