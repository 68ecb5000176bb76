"""The Python package against the engine: the same bytes as the CLI, errors with a path,
dicts in and out. Run by scripts/test-embed.sh (pytest, against the built wheel)."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
from pathlib import Path

import pytest

import kantonrechter

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "automatic-warnings.json"
CLI = os.environ.get(
    "KANTONRECHTER_BIN",
    str(ROOT / os.environ.get("CARGO_TARGET_DIR", "target") / "debug" / "kantonrechter"),
)


def request() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def cli(*args: str) -> str:
    if not Path(CLI).exists():
        pytest.skip(f"no CLI at {CLI} (cargo build --features cli --bin kantonrechter)")
    return subprocess.run([CLI, *args], check=True, capture_output=True, text=True).stdout


def test_evaluate_returns_the_report_as_a_dict() -> None:
    report = kantonrechter.evaluate(request())
    assert report["outcome"] == "refused"
    assert report["deciding_stage"] == "stage2"
    assert report["lang"] == "en"
    assert "not legal advice" in report["notice"]
    decisive = [s for s in report["trace"] if s["effect"]["type"] == "decides"]
    assert decisive and decisive[-1]["sources"], "the decisive step cites its sources"
    # Exact decimals are strings, as in the JSON.
    assert isinstance(report["weights"]["employer"], str)


def test_evaluate_json_is_what_the_cli_prints() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert kantonrechter.evaluate_json(text, "nl") == cli("evaluate", str(EXAMPLE), "--json")
    assert kantonrechter.evaluate_json(request(), "en") == cli(
        "evaluate", str(EXAMPLE), "--json", "--lang", "en"
    )


def test_memo_is_what_the_cli_prints() -> None:
    assert kantonrechter.memo(request(), "en", "md") == cli(
        "evaluate", str(EXAMPLE), "--format", "md", "--lang", "en"
    )


def test_whatif_within_a_budget() -> None:
    w = kantonrechter.whatif(request(), max_changes=2, budget=2_000_000)
    assert w["side"] == "employer"
    assert w["budget"] == 2_000_000 and w["work"] <= w["budget"]
    assert w["flips"], "the employer can turn the outcome"
    assert kantonrechter.whatif_json(EXAMPLE.read_text(encoding="utf-8"), "nl", 2) == cli(
        "whatif", str(EXAMPLE), "--json", "--max-changes", "2"
    )
    tiny = kantonrechter.whatif(request(), max_changes=3, budget=10)
    assert tiny["cut"] is True


def test_similar_and_schema_and_catalogues() -> None:
    near = kantonrechter.similar(request(), top=3)
    assert len(near) == 3
    assert kantonrechter.schema("input")["$schema"].endswith("2020-12/schema")
    assert kantonrechter.schema("ruling")["title"]
    assert kantonrechter.rules() and kantonrechter.calibration()
    assert kantonrechter.version().startswith("kantonrechter-python ")


@pytest.mark.parametrize(
    ("call", "path"),
    [
        (lambda: kantonrechter.evaluate({"as_of": 5}), "$.as_of"),
        (lambda: kantonrechter.evaluate('{"as_of": "2026-06-15", "nonsense": 1}'), "$"),
        (lambda: kantonrechter.evaluate(request(), "de"), "lang"),  # type: ignore[arg-type]
        (lambda: kantonrechter.memo(request(), "en", "pdf"), "format"),  # type: ignore[arg-type]
        (lambda: kantonrechter.whatif(request(), max_changes=9), "max_changes"),
        (lambda: kantonrechter.whatif(request(), side="judge"), "side"),  # type: ignore[arg-type]
        (lambda: kantonrechter.schema("other"), "which"),  # type: ignore[arg-type]
    ],
)
def test_bad_input_raises_input_error_with_a_path(call, path: str) -> None:
    with pytest.raises(kantonrechter.InputError) as info:
        call()
    assert info.value.path.startswith(path)
    assert isinstance(info.value, ValueError)
    assert str(info.value) == info.value.message
    again = pickle.loads(pickle.dumps(info.value))
    assert (again.path, again.message, again.kind) == (
        info.value.path,
        info.value.message,
        info.value.kind,
    )
    assert info.value.kind in KINDS


KINDS = {
    "syntax",
    "type",
    "unknown_field",
    "duplicate_field",
    "missing",
    "unknown_code",
    "limit",
    "unknown_calibration_key",
    "format_version",
    "invalid",
    "no_law_for_date",
}


def test_a_date_outside_the_law_is_refused_with_its_path() -> None:
    old = request()
    old["as_of"] = "1999-01-01"
    with pytest.raises(kantonrechter.InputError) as info:
        kantonrechter.evaluate(old)
    assert info.value.path == "$.as_of"
    assert info.value.kind == "no_law_for_date"


def test_a_request_of_the_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        kantonrechter.evaluate(42)  # type: ignore[arg-type]
