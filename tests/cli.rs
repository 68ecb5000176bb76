//! The command-line interface: exit 0 with a ruling, exit 2 on bad input with a message
//! naming the field (JSON path) and what was expected — never a panic.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kantonrechter"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    if let Some(input) = stdin {
        // A large input may be refused before it is all written: ignore a broken pipe.
        let _ = child.stdin.take().unwrap().write_all(input);
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn example() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/camera-theft.json"
    ))
    .unwrap()
}

fn bad(input: &str, path: &str, expected: &str) {
    let o = run(&["evaluate", "-"], Some(input.as_bytes()));
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains(path), "no path {path} in: {err}");
    assert!(err.contains(expected), "no {expected:?} in: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn evaluates_an_example_as_text_and_json() {
    let o = run(
        &["evaluate", "examples/camera-theft.json", "--lang", "en"],
        None,
    );
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    // The memo: the summary first, in the court's voice.
    let summary = out.find("Summary").unwrap();
    assert!(out[summary..].contains("The court grants substitute consent"));
    assert!(out.contains("not legal advice"));

    // The numbered trace, for engineers and students.
    let o = run(
        &[
            "evaluate",
            "examples/camera-theft.json",
            "--lang",
            "en",
            "--trace",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.starts_with("Outcome: substitute consent granted"));
    assert!(out.contains("[WOR-27-4-GROUND1]"));

    // The memo in Markdown.
    let o = run(
        &["evaluate", "examples/camera-theft.json", "--format", "md"],
        None,
    );
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("## Samenvatting") && out.contains("## De beslissing"));

    let o = run(&["evaluate", "examples/camera-theft.json", "--json"], None);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["outcome"], "granted");
    assert_eq!(v["ground"], "unreasonable_refusal");
    assert_eq!(v["deciding_stage"], "stage1");
    assert!(v["memo"]["summary"]["conclusion"].is_string());
    assert!(
        v["trace"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["rule"].is_string() && !s["sources"].as_array().unwrap().is_empty())
    );
    assert_eq!(v["receipt"]["input_sha256"].as_str().unwrap().len(), 64);
    assert!(v["receipt"]["law_version"].is_string());
    assert!(
        v["receipt"]["engine"]
            .as_str()
            .unwrap()
            .starts_with("kantonrechter ")
    );
}

#[test]
fn reads_standard_input_and_applies_as_of() {
    let o = run(
        &["evaluate", "-", "--json", "--as-of", "2016-09-20"],
        Some(example().as_bytes()),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["law"]["as_of"], "2016-09-20");
    assert_eq!(v["law"]["data_protection"], "wbp");
}

#[test]
fn output_is_byte_identical_across_runs() {
    let a = run(
        &["evaluate", "examples/badge-repurposed.json", "--json"],
        None,
    );
    let b = run(
        &["evaluate", "examples/badge-repurposed.json", "--json"],
        None,
    );
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn malformed_json() {
    bad(
        "{\"as_of\": ",
        "$.as_of",
        "expected a JSON value, found the end of the text (line 1, column 11)",
    );
}

#[test]
fn unknown_field() {
    let input = example().replacen("\"as_of\"", "\"colour\": 1, \"as_of\"", 1);
    bad(&input, "$.colour", "expected one of `format`, `as_of`");
}

#[test]
fn a_format_version_it_does_not_read() {
    let input = example().replacen("\"as_of\"", "\"format\": \"2\", \"as_of\"", 1);
    bad(&input, "$.format", "the request format version `1`");
    let input = example().replacen("\"as_of\"", "\"format\": \"1\", \"as_of\"", 1);
    let out = run(&["evaluate", "-"], Some(input.as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn wrong_type() {
    let input = example().replacen("\"retention_days\": 28", "\"retention_days\": \"lang\"", 1);
    bad(
        &input,
        "$.regeling.elements[0].measure.retention_days",
        "expected a whole number from 0 to 4294967295, found the text \"lang\"",
    );
}

#[test]
fn unknown_enum_value() {
    let input = example().replacen(
        "\"substantiation\": \"established\"",
        "\"substantiation\": \"proven\"",
        1,
    );
    bad(
        &input,
        "$.interests.employer[0].substantiation",
        "expected one of `unknown`, `asserted`, `plausible`, `established`, found `proven`",
    );
}

#[test]
fn bad_legal_obligation_and_public_task_name_their_path() {
    let with = |extra: &str| {
        example().replacen(
            "\"retention_days\": 28",
            &format!("\"retention_days\": 28, {extra}"),
            1,
        )
    };
    let m = "$.regeling.elements[0].measure";
    bad(
        &with("\"public_task\": \"maybe\""),
        &format!("{m}.public_task"),
        "expected one of `yes`, `no`, `unknown`, found `maybe`",
    );
    bad(
        &with("\"legal_obligation\": \"statute\""),
        &format!("{m}.legal_obligation"),
        "expected",
    );
    bad(
        &with("\"legal_obligation\": {\"source\": \"cao\"}"),
        &format!("{m}.legal_obligation.source"),
        "found `cao`",
    );
    bad(
        &with("\"legal_obligation\": {\"provision\": 4}"),
        &format!("{m}.legal_obligation.provision"),
        "expected",
    );
    for field in ["shown", "goes_beyond"] {
        bad(
            &with(&format!("\"legal_obligation\": {{\"{field}\": true}}")),
            &format!("{m}.legal_obligation.{field}"),
            "expected one of `yes`, `no`, `unknown`",
        );
    }
    bad(
        &with("\"legal_obligation\": {\"order\": \"x\"}"),
        &format!("{m}.legal_obligation.order"),
        "expected one of `source`",
    );
}

#[test]
fn bad_special_categories_and_emotion_inputs_name_their_path() {
    let m = "$.regeling.elements[0].measure";
    let with = |extra: &str| {
        example().replacen(
            "\"retention_days\": 28",
            &format!("\"retention_days\": 28, {extra}"),
            1,
        )
    };
    bad(
        &with("\"special_categories\": [\"sick_leave\", \"illness\"]"),
        &format!("{m}.special_categories[1]"),
        "found `illness`",
    );
    bad(
        &with("\"special_categories\": \"sick_leave\""),
        &format!("{m}.special_categories"),
        "expected",
    );
    bad(
        &with("\"ai\": {\"emotion_use\": {\"purpose\": \"wellbeing\"}}"),
        &format!("{m}.ai.emotion_use.purpose"),
        "found `wellbeing`",
    );
    bad(
        &with("\"ai\": {\"emotion_use\": {\"contested\": \"maybe\"}}"),
        &format!("{m}.ai.emotion_use.contested"),
        "expected one of `yes`, `no`, `unknown`",
    );
    bad(
        &with(
            "\"ai\": {\"capabilities\": [\"emotion_recognition\"], \"emotion_inferred_from\": [\"text\"]}",
        ),
        &format!("{m}.ai.emotion_inferred_from[0]"),
        "found `text`",
    );
}

#[test]
fn bad_biometric_design_and_claims_name_their_path() {
    let m = "$.regeling.elements[0].measure.biometric";
    let with = |bio: &str| {
        example().replacen(
            "\"retention_days\": 28",
            &format!("\"retention_days\": 28, \"biometric\": {{{bio}}}"),
            1,
        )
    };
    bad(
        &with("\"design\": \"one_to_one\""),
        &format!("{m}.design"),
        "found `one_to_one`",
    );
    bad(
        &with("\"security_need\": {\"holds\": \"maybe\"}"),
        &format!("{m}.security_need.holds"),
        "expected one of `yes`, `no`, `unknown`",
    );
    bad(
        &with("\"badge_or_pin_suffices\": {\"by\": \"court\"}"),
        &format!("{m}.badge_or_pin_suffices.by"),
        "found `court`",
    );
    bad(
        &with("\"security_need\": {\"contested\": 1}"),
        &format!("{m}.security_need.contested"),
        "expected",
    );
    bad(
        &with("\"security_need\": {\"substantiation\": \"proven\"}"),
        &format!("{m}.security_need.substantiation"),
        "found `proven`",
    );
    bad(
        &with("\"security_need\": {\"who\": \"employer\"}"),
        &format!("{m}.security_need.who"),
        "expected one of `holds`",
    );
}

#[test]
fn out_of_range_values() {
    let input = example().replacen("\"retention_days\": 28", "\"retention_days\": 99999", 1);
    bad(
        &input,
        "$.regeling.elements[0].measure.retention_days",
        "from 0 to 36500",
    );
    let input = example().replacen("\"as_of\": \"2026-06-15\"", "\"as_of\": \"2026-02-30\"", 1);
    bad(&input, "$.as_of", "YYYY-MM-DD");
    let input = example().replacen("\"as_of\": \"2026-06-15\"", "\"as_of\": \"1999-01-01\"", 1);
    bad(&input, "$.as_of", "no law for 1999-01-01");
    let input = example().replacen(
        "\"as_of\"",
        "\"calibration\": {\"scale.enormous\": \"3\"}, \"as_of\"",
        1,
    );
    bad(
        &input,
        "$.calibration[\"scale.enormous\"]",
        "calibration key",
    );
    let input = example().replacen(
        "\"as_of\"",
        "\"calibration\": {\"scale.light\": \"-3\"}, \"as_of\"",
        1,
    );
    bad(&input, "$.calibration[\"scale.light\"]", "from 0 to 1000");
}

/// Every procedure fact added for issues #12 and #20: a wrong value exits 2 with its path.
#[test]
fn new_procedure_facts_bad_values() {
    let base = example();
    for (field, value, expected) in [
        (
            "meeting_only_informed",
            "\"perhaps\"",
            "`yes`, `no`, `unknown`",
        ),
        (
            "consultation_meeting_declined_by",
            "\"nobody\"",
            "`employer`, `works_council`, `unknown`",
        ),
        ("or_still_deciding", "true", "`yes`, `no`, `unknown`"),
        ("or_asked_for_formal_request", "1", "`yes`, `no`, `unknown`"),
        (
            "petitum",
            "\"parts\"",
            "`whole_only`, `also_parts`, `unknown`",
        ),
        ("or_gave_reasons", "\"some\"", "`yes`, `no`, `unknown`"),
        ("or_refused_to_discuss", "null", "`yes`, `no`, `unknown`"),
        ("amended_in_proceedings", "[]", "`yes`, `no`, `unknown`"),
    ] {
        let input = base.replacen(
            "\"or_decision\"",
            &format!("\"{field}\": {value}, \"or_decision\""),
            1,
        );
        assert_ne!(input, base);
        bad(&input, &format!("$.procedure.{field}"), expected);
    }
    let input = base.replacen(
        "\"alternatives\": [",
        "\"alternatives\": [{\"description\": \"x\", \"by_works_council\": \"maybe\"},",
        1,
    );
    assert_ne!(input, base);
    bad(
        &input,
        "$.avg.alternatives[0].by_works_council",
        "`yes`, `no`, `unknown`",
    );
    for (field, value) in [
        ("first_raised_in_court", "\"later\""),
        ("unrelated_to_regeling", "0"),
    ] {
        let input = base.replacen(
            "\"works_council\": [",
            &format!(
                "\"works_council\": [{{\"kind\": \"other\", \"statement\": \"x\", \"{field}\": {value}}},"
            ),
            1,
        );
        assert_ne!(input, base);
        bad(
            &input,
            &format!("$.interests.works_council[0].{field}"),
            "`yes`, `no`, `unknown`",
        );
    }
    for (field, value) in [
        ("consent_right_by_agreement", "\"agreed\""),
        ("applies_consented_regeling", "false"),
        ("changes_primary_terms", "\"pay\""),
    ] {
        let input = base.replacen(
            "\"elements\": [",
            &format!("\"{field}\": {value}, \"elements\": ["),
            1,
        );
        assert_ne!(input, base);
        bad(
            &input,
            &format!("$.regeling.{field}"),
            "`yes`, `no`, `unknown`",
        );
    }
}

#[test]
fn dangling_element_reference() {
    let input = example().replacen(
        "\"kind\": \"theft_prevention\"",
        "\"kind\": \"theft_prevention\", \"elements\": [\"nope\"]",
        1,
    );
    bad(
        &input,
        "$.interests.employer[0].elements[0]",
        "the id of an element",
    );
}

#[test]
fn a_file_of_many_megabytes() {
    let big = format!("{{\"title\": \"{}\"}}", "x".repeat(5 << 20));
    bad(&big, "$", "at most 1048576 bytes");
}

#[test]
fn missing_file_and_binary_input() {
    let o = run(&["evaluate", "does-not-exist.json"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot read"));
    bad("\u{0}\u{1}", "$", "");
    let o = run(&["evaluate", "-"], Some(&[0xff, 0xfe, 0x00]));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("UTF-8"));
}

#[test]
fn schemas_are_json_schema() {
    for kind in ["input", "ruling"] {
        let o = run(&["schema", kind], None);
        assert_eq!(o.status.code(), Some(0));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert!(v["$schema"].as_str().unwrap().contains("json-schema.org"));
    }
    let o = run(&["schema", "input"], None);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["additionalProperties"], false);
    let required: Vec<&str> = v["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    assert!(required.contains(&"as_of") && required.contains(&"regeling"));
}

#[test]
fn calibration_and_rules_listings() {
    let o = run(&["calibration", "--json"], None);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .any(|e| e["key"] == "abstract_weight.privacy")
    );
    let o = run(&["rules", "--json"], None);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        v.as_array().unwrap().len(),
        kantonrechter::law::RuleId::ALL.len()
    );
}

#[test]
fn usage_errors_exit_2() {
    let o = run(&["evaluate"], None);
    assert_eq!(o.status.code(), Some(2));
    let o = run(
        &["evaluate", "examples/camera-theft.json", "--lang", "fr"],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
}

/// The inputs of `tests/repro/` (a copy of the shared `repro/`) that exposed bugs around
/// reading and evaluating a request (issue #17; the `whatif_*` ones belong to another
/// issue), in file-name order.
fn repro_inputs() -> Vec<std::path::PathBuf> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/repro");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.ends_with(".json") && !name.starts_with("whatif_")
        })
        .collect();
    files.sort();
    files
}

/// Every repro input is evaluated (as text and as JSON) and compared with the decided
/// cases: exit 0 with a ruling or 2 with one short message naming a JSON path, never a
/// panic.
#[test]
fn the_repro_inputs_are_evaluated_or_refused() {
    let files = repro_inputs();
    assert!(files.len() >= 3, "{files:?}");
    for file in &files {
        let file = file.to_str().unwrap();
        for args in [
            &["evaluate", file][..],
            &["evaluate", file, "--json"],
            &["similar", file],
        ] {
            let o = run(args, None);
            let err = stderr(&o);
            assert!(
                matches!(o.status.code(), Some(0 | 2)),
                "{args:?}: {:?}\n{err}",
                o.status
            );
            assert!(!err.contains("panicked"), "{args:?}: {err}");
            if o.status.code() == Some(2) {
                assert!(
                    err.starts_with("error: ") && err.contains(": at $"),
                    "{err}"
                );
                // One line, however long the keys and values quoted.
                assert!(err.len() < 1000 && err.lines().count() == 1, "{err}");
            } else {
                assert!(!o.stdout.is_empty() && err.is_empty(), "{args:?}: {err}");
            }
        }
    }
}

/// A pipe whose reading end is already closed: what `| head -c1` becomes once `head` has
/// read its byte. (Its reader, `true`, has exited before the binary starts: no race.)
fn closed_pipe() -> Stdio {
    let mut reader = Command::new("true")
        .stdin(Stdio::piped())
        .spawn()
        .expect("true runs");
    let writer = reader.stdin.take().unwrap();
    reader.wait().unwrap();
    Stdio::from(writer)
}

/// Run the binary with its standard output going to `stdout`.
fn run_to(args: &[&str], stdout: Stdio) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kantonrechter"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .expect("binary runs")
}

/// Every command that writes to standard output, with what it writes.
const WRITERS: &[&[&str]] = &[
    &["evaluate", "examples/camera-theft.json"],
    &["evaluate", "examples/camera-theft.json", "--json"],
    &["schema", "input"],
    &["calibration"],
    &["rules", "--json"],
    &["cases"],
    &["similar", "examples/camera-theft.json"],
    &["whatif", "examples/camera-theft.json", "--max-changes", "1"],
    &["--help"],
];

/// Issue #17: a reader that has stopped reading ends the output quietly, as Unix tools
/// do: exit 0, nothing on standard error (it used to panic, exit 101).
#[test]
fn a_closed_standard_output_ends_quietly() {
    for args in WRITERS {
        let o = run_to(args, closed_pipe());
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{args:?}");
    }
}

/// Issue #17: a standard output that cannot be written (a full disk) is an error of one
/// line on standard error, exit 1 (it used to panic, exit 101).
#[test]
fn a_full_standard_output_is_an_error() {
    for args in WRITERS {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let o = run_to(args, Stdio::from(full));
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            err.starts_with("error: cannot write the output: ") && err.lines().count() == 1,
            "{args:?}: {err}"
        );
    }
}

/// Issue #20 items 7–8, #12 item 3: every new fact of the measure refuses bad input with
/// exit 2 and its JSON path; the old single-string form of `consequences` still reads.
#[test]
fn the_measures_new_facts_refuse_bad_input_at_their_path() {
    let at = "$.regeling.elements[0].measure";
    let with = |field: &str| {
        example().replacen(
            "\"retention_days\": 28",
            &format!("{field}, \"retention_days\": 28"),
            1,
        )
    };
    let consequences = |value: &str| {
        example().replacen(
            "\"consequences\": \"none\"",
            &format!("\"consequences\": {value}"),
            1,
        )
    };
    // Consequences: a wrong code in the list, at its index.
    bad(
        &consequences("[\"warning\", \"fired\"]"),
        &format!("{at}.consequences[1]"),
        "found `fired`",
    );
    // The list as a whole: empty, or `none` beside a consequence; and a wrong type.
    bad(
        &consequences("[]"),
        &format!("{at}.consequences"),
        "at least one consequence",
    );
    bad(
        &consequences("[\"none\", \"dismissal\"]"),
        &format!("{at}.consequences"),
        "either `none` or consequences",
    );
    bad(
        &consequences("3"),
        &format!("{at}.consequences"),
        "a list of consequences",
    );
    bad(
        &consequences("\"sometimes\""),
        &format!("{at}.consequences"),
        "found `sometimes`",
    );
    for field in [
        "housemates_recorded",
        "private_use_allowed",
        "outside_working_hours",
        "privacy_switch",
    ] {
        bad(
            &with(&format!("\"{field}\": \"maybe\"")),
            &format!("{at}.{field}"),
            "expected one of `yes`, `no`, `unknown`, found `maybe`",
        );
    }
    bad(
        &with("\"retention_until\": \"forever\""),
        &format!("{at}.retention_until"),
        "found `forever`",
    );
    bad(
        &with("\"retention_per_kind\": [{\"kind\": \"location\", \"days\": -1}]"),
        &format!("{at}.retention_per_kind[0].days"),
        "a whole number",
    );
    bad(
        &with("\"retention_per_kind\": [{\"days\": 3}]"),
        &format!("{at}.retention_per_kind[0]"),
        "the required field `kind`",
    );
    bad(
        &with("\"retention_per_kind\": [{\"kind\": \"gps\"}]"),
        &format!("{at}.retention_per_kind[0].kind"),
        "found `gps`",
    );
    bad(
        &with("\"retention_per_kind\": [{\"kind\": \"location\", \"days\": 99999}]"),
        &format!("{at}.retention_per_kind[0].days"),
        "a number of days from 0 to 36500",
    );
    // The element's own AVG facts (issue #20 item 6).
    bad(
        &with("\"dpia\": \"maybe\""),
        &format!("{at}.dpia"),
        "found `maybe`",
    );
    bad(
        &with("\"staff_informed_in_advance\": \"later\""),
        &format!("{at}.staff_informed_in_advance"),
        "found `later`",
    );
    bad(
        &with("\"human_intervention\": \"sometimes\""),
        &format!("{at}.human_intervention"),
        "found `sometimes`",
    );
    bad(
        &consequences("[\"dismissal\"], \"human_intervention\": \"not_applicable\""),
        &format!("{at}.human_intervention"),
        "`not_applicable` only where no consequence",
    );
    bad(
        &example().replacen("\"place\": \"office\"", "\"place\": \"car\"", 1),
        &format!("{at}.place"),
        "found `car`",
    );
    // The old form and the list form read alike.
    for ok in [
        "\"warnings\"",
        "[\"warning\"]",
        "[\"informal_conversation\", \"non_renewal\"]",
    ] {
        let o = run(&["evaluate", "-"], Some(consequences(ok).as_bytes()));
        assert_eq!(o.status.code(), Some(0), "{ok}: {}", stderr(&o));
    }
}
