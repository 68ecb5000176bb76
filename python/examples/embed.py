"""Embedding the engine in a Python program. Run it with the package installed
(scripts/test-embed.sh does): ``python python/examples/embed.py``.

It builds a request in code, evaluates it, reads the outcome and the decisive step with its
sources, asks what the losing side could change within a budget of work, and handles bad
input. A simulation, not legal advice.
"""

from __future__ import annotations

import kantonrechter


def build_request(human_intervention: str = "no") -> dict:
    """A badge system that warns staff automatically when they come to the office too seldom."""
    measure = {
        "technology": "badge",
        "personal_data": "yes",
        "observes": ["attendance"],
        "identifiability": "identified",
        "frequency": "systematic",
        "openness": "announced",
        "place": "office",
        "consequences": "warnings",
        "retention_days": 28,
        "purpose": "attendance_enforcement",
    }
    interest = {"substantiation": "established", "contested": "no"}
    return {
        "as_of": "2026-06-15",
        "title": "Automatic warnings for too few office days",
        "employer": {"name": "Example Ltd", "kind": "private"},
        "regeling": {
            "title": "Automatic warnings from badge records",
            "subjects": ["k", "l"],
            "decision": "adopt",
            "scope": "all_staff",
            "elements": [
                {
                    "id": "warnings",
                    "description": "Fewer than twelve office days a month: an automatic formal warning.",
                    "measure": measure,
                }
            ],
        },
        "procedure": {
            "consent_requested": "yes",
            "in_writing_with_reasons": "yes",
            "consultation_meeting_held": "yes",
            "or_decision": "refused",
        },
        "interests": {
            "employer": [
                {
                    **interest,
                    "kind": "attendance_policy_enforcement",
                    "statement": "The office policy, adopted with the works council's consent, must be kept.",
                    "importance": "serious",
                    "policy_validly_adopted": "yes",
                    "requires_decision": "yes",
                },
                {**interest, "kind": "equal_rules", "statement": "The same rules for everyone."},
            ],
            "works_council": [
                {**interest, "kind": "privacy", "statement": "Attendance is recorded per person."},
                {
                    **interest,
                    "kind": "disciplinary_consequences",
                    "statement": "A computer hands out warnings; nobody looks at illness or leave.",
                    "contested": "yes",
                },
            ],
        },
        "avg": {
            "legal_basis": "legitimate_interest",
            "dpia": "done",
            "staff_informed_in_advance": "yes",
            "human_intervention": human_intervention,
        },
        # Exact decimals are strings (or integers), never floats.
        "calibration": {"abstract_weight.privacy": "1"},
    }


def main() -> None:
    request = build_request()

    # 1. Evaluate: the report, as the CLI's `evaluate --json` prints it, as a dict.
    report = kantonrechter.evaluate(request, lang="en")
    print(f"outcome: {report['outcome']}, decided at {report['deciding_stage']}")
    print(report["summary"])
    weights = report.get("weights")
    if weights:
        # Exact decimals come back as strings.
        print(f"weights: employer {weights['employer']} vs works council {weights['works_council']}")

    # 2. The decisive step and its sources (official text first).
    decisive = next(s for s in reversed(report["trace"]) if s["effect"]["type"] == "decides")
    print(f"decisive step {decisive['n']}: [{decisive['rule']}] {decisive['title']}")
    for source in decisive["sources"]:
        print(f"  - {source['label']} ({source['kind']}) {source.get('url') or ''}".rstrip())

    # 3. What if? The smallest sets of changes of the losing side that turn the outcome,
    #    within a budget of work (counted, not timed: the same result on every machine).
    w = kantonrechter.whatif(request, lang="en", max_changes=2, budget=2_000_000)
    print(f"what-if for the {w['side']}: {len(w['flips'])} flip(s), work {w['work']} of {w['budget']}"
          + (" (cut short)" if w["cut"] else ""))
    for flip in w["flips"][:3]:
        print(f"  -> {flip['outcome']}: {len(flip['changes'])} change(s)")

    # 4. Change a fact in code and evaluate again.
    cured = kantonrechter.evaluate(build_request(human_intervention="yes"))
    print(f"with human intervention: {cured['outcome']}")

    # 5. Bad input raises InputError with the JSON path at fault.
    try:
        kantonrechter.evaluate({**request, "as_of": "2026-02-30"})
    except kantonrechter.InputError as e:
        print(f"input error at {e.path}: {e.message}")
    else:
        raise SystemExit("expected an InputError")

    assert report["outcome"] == "refused" and report["deciding_stage"] == "stage2"
    assert decisive["sources"], "a decisive step cites its sources"
    assert w["flips"] and not w["cut"]


if __name__ == "__main__":
    main()
