"""The kantonrechter engine for Python.

Simulates how a Dutch kantonrechter decides a request for substitute consent (art. 27 lid 4
WOR), step by step with citations. A simulation, not legal advice.

Every function takes the request as a ``dict`` (or as JSON text) and returns plain Python
values parsed from the engine's JSON, the same JSON the command line prints; the ``*_json``
functions return that text itself, byte for byte. Input is strict, as on the command line:
unknown fields are errors. Exact decimals (calibration overrides) are written as strings
(``"0.5"``) or integers, never floats. Bad input raises :class:`InputError`, whose ``path``
names the JSON path at fault.

>>> import kantonrechter
>>> report = kantonrechter.evaluate(request)          # doctest: +SKIP
>>> report["outcome"], report["deciding_stage"]       # doctest: +SKIP
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Literal, Mapping, Optional, Union

from . import _native
from ._errors import InputError

__all__ = [
    "InputError",
    "Request",
    "Lang",
    "Side",
    "evaluate",
    "evaluate_json",
    "memo",
    "whatif",
    "whatif_json",
    "similar",
    "schema",
    "rules",
    "calibration",
    "version",
]

Request = Union[Mapping[str, Any], str]
"""A request: a mapping as described by ``schema("input")``, or its JSON text."""

Lang = Literal["nl", "en"]
"""The language of the texts: Dutch or English."""

Side = Literal["employer", "works_council"]
"""A side of the proceedings."""


def _text(request: Request) -> str:
    if isinstance(request, str):
        return request
    if isinstance(request, Mapping):
        return json.dumps(request, ensure_ascii=False)
    raise TypeError(f"request: expected a mapping or JSON text, found {type(request).__name__}")


def evaluate_json(request: Request, lang: Lang = "en") -> str:
    """The ruling's report as pretty JSON text: what ``kantonrechter evaluate FILE --json`` prints."""
    return _native.evaluate(_text(request), lang)


def evaluate(request: Request, lang: Lang = "en") -> Dict[str, Any]:
    """Evaluate a request: the ruling's report (``schema("ruling")``) as a dict.

    ``outcome`` and ``deciding_stage`` say what was decided and where; ``trace`` lists the
    steps, each with its ``rule``, ``effect`` and ``sources``.
    """
    result: Dict[str, Any] = json.loads(evaluate_json(request, lang))
    return result


def memo(request: Request, lang: Lang = "en", format: Literal["text", "md"] = "text") -> str:
    """The memo of the ruling (summary, facts, reasoning, decision, costs, evidence checklist)
    as plain text or Markdown: what ``kantonrechter evaluate FILE --format text|md`` prints."""
    return _native.memo(_text(request), lang, format)


def whatif_json(
    request: Request,
    lang: Lang = "en",
    max_changes: int = 3,
    side: Optional[Side] = None,
    budget: Optional[int] = None,
) -> str:
    """As :func:`whatif`, as the JSON text ``kantonrechter whatif FILE --json`` prints."""
    if max_changes < 0:
        raise InputError(f"at max_changes: expected a number from 0, found {max_changes}", "max_changes")
    if budget is not None and budget < 0:
        raise InputError(f"at budget: expected a number from 0, found {budget}", "budget")
    return _native.whatif(_text(request), lang, max_changes, side, budget)


def whatif(
    request: Request,
    lang: Lang = "en",
    max_changes: int = 3,
    side: Optional[Side] = None,
    budget: Optional[int] = None,
) -> Dict[str, Any]:
    """The smallest sets of at most ``max_changes`` (0 to 4) changes of one ``side`` (by
    default the side that lost) that turn the outcome in its favour, and apart from them
    the other side's concessions.

    ``budget`` is the most work, in units (by default the command line's: about a second);
    the work is counted, not timed, so the result is the same on every machine. The result
    says how much was spent and whether the search was cut short.
    """
    result: Dict[str, Any] = json.loads(whatif_json(request, lang, max_changes, side, budget))
    return result


def similar(request: Request, top: int = 5) -> List[Dict[str, Any]]:
    """The ``top`` decided cases closest to the request, nearest first: a heuristic for
    finding cases to read, not a legal test."""
    if top < 0:
        raise InputError(f"at top: expected a number from 0, found {top}", "top")
    result: List[Dict[str, Any]] = json.loads(_native.similar(_text(request), top))
    return result


def schema(which: Literal["input", "ruling"] = "input") -> Dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a request (``input``) or of the report (``ruling``)."""
    result: Dict[str, Any] = json.loads(_native.schema(which))
    return result


def rules() -> List[Dict[str, Any]]:
    """The rule catalogue: ids, Dutch and English titles, status, dates and sources."""
    result: List[Dict[str, Any]] = json.loads(_native.rules())
    return result


def calibration() -> List[Dict[str, Any]]:
    """Every number of the weighing model with its default and documentation."""
    result: List[Dict[str, Any]] = json.loads(_native.calibration())
    return result


def version() -> str:
    """The engine's name and version, e.g. ``kantonrechter-python 0.1.0``."""
    return _native.version()
