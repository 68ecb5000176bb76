//! The JSON paths of input errors agree with `serde_path_to_error` (the well-kept crate the
//! library used to wrap every visitor with, now the oracle): on every example, corrupted in
//! every object (an unknown field) and at every scalar (a value of the wrong type).

use serde_json::Value;

mod common;

fn examples() -> Vec<Value> {
    common::example_texts()
        .iter()
        .map(|t| serde_json::from_str(t).unwrap())
        .collect()
}

/// Every object and every scalar in a value, as JSON pointers.
fn places(v: &Value, at: String, objects: &mut Vec<String>, scalars: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            objects.push(at.clone());
            for (k, x) in m {
                places(x, format!("{at}/{k}"), objects, scalars);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                places(x, format!("{at}/{i}"), objects, scalars);
            }
        }
        _ => scalars.push(at),
    }
}

fn oracle(text: &str) -> Option<String> {
    let de = &mut serde_json::Deserializer::from_str(text);
    let err = serde_path_to_error::deserialize::<_, kantonrechter::Request>(de).err()?;
    let p = err.path().to_string();
    Some(if p == "." {
        "$".into()
    } else {
        format!("$.{p}")
    })
}

fn check(v: &Value) -> usize {
    let mut n = 0;
    for text in [
        serde_json::to_string_pretty(v).unwrap(),
        serde_json::to_string(v).unwrap(),
    ] {
        let Some(expected) = oracle(&text) else {
            continue;
        };
        let err = kantonrechter::json::parse_request(&text).unwrap_err();
        assert_eq!(err.path, expected, "{}\n{text}", err.expected);
        n += 1;
    }
    n
}

#[test]
fn paths_agree_with_serde_path_to_error() {
    let mut checked = 0;
    for example in examples() {
        let (mut objects, mut scalars) = (Vec::new(), Vec::new());
        places(&example, String::new(), &mut objects, &mut scalars);
        for at in &objects {
            let mut v = example.clone();
            v.pointer_mut(at)
                .unwrap()
                .as_object_mut()
                .unwrap()
                .insert("zz_unknown".into(), Value::Bool(true));
            checked += check(&v);
        }
        for at in &scalars {
            let mut v = example.clone();
            let target = v.pointer_mut(at).unwrap();
            *target = match target {
                Value::String(_) => Value::Array(vec![]),
                _ => Value::String("wrong".into()),
            };
            checked += check(&v);
        }
        // A date that does not exist, in the last member of its object too.
        for (at, date) in [("", "as_of"), ("/regeling", "start_date")] {
            let mut v = example.clone();
            let obj = v.pointer_mut(at).unwrap().as_object_mut().unwrap();
            obj.remove(date);
            obj.insert(date.into(), Value::String("2026-02-30".into()));
            checked += check(&v);
        }
        // A required field removed, wherever there is one.
        for at in &objects {
            let mut v = example.clone();
            let obj = v.pointer_mut(at).unwrap().as_object_mut().unwrap();
            let Some(first) = obj.keys().next().cloned() else {
                continue;
            };
            obj.remove(&first);
            checked += check(&v);
        }
    }
    assert!(checked > 300, "only {checked} corruptions were errors");
}

/// The line of an error of ours (`… (line L, column C)`).
fn our_line(message: &str) -> Option<usize> {
    let rest = &message[message.rfind("(line ")? + 6..];
    rest[..rest.find(',')?].parse().ok()
}

/// Issue #17: with two errors in the text, the reader names the one serde names: the
/// first in the order of the text, as a reader that reads as it parses finds it. A value
/// of the wrong type (or an unknown field) and a syntax error (a control character, or the
/// text cut short) are injected, the syntax error after the other or before it, and the
/// error's path and line are compared with the oracle's. (The reader parses the whole
/// text before it reads the types; it used to name a later syntax error first.)
#[test]
fn of_two_errors_the_first_is_named() {
    const HOLE: &str = "\"\\u0001HOLE\"";
    let (mut checked, mut syntax_after) = (0, 0);
    for example in examples() {
        let (mut objects, mut scalars) = (Vec::new(), Vec::new());
        places(&example, String::new(), &mut objects, &mut scalars);
        let mut holes: Vec<(Value, &str)> = Vec::new();
        for at in scalars.iter().step_by(3) {
            let mut v = example.clone();
            let wrong = match v.pointer(at).unwrap() {
                Value::String(_) => "[1, 2]",
                _ => "\"wrong\"",
            };
            *v.pointer_mut(at).unwrap() = Value::String("\u{1}HOLE".into());
            holes.push((v, wrong));
        }
        for at in objects.iter().step_by(2) {
            let mut v = example.clone();
            let obj = v.pointer_mut(at).unwrap().as_object_mut().unwrap();
            obj.insert("zz_unknown".into(), Value::String("\u{1}HOLE".into()));
            holes.push((v, "true"));
        }
        for (v, wrong) in holes {
            let text = serde_json::to_string_pretty(&v).unwrap();
            let hole = text.find(HOLE).unwrap();
            let text = text.replacen(HOLE, wrong, 1);
            let hole_line = text[..hole].lines().count();
            let after = hole + wrong.len();
            // The syntax error after the first error (on the next line, half-way to the
            // end, or the text cut short), or before it.
            let next_line = after + text[after..].find('\n').unwrap_or(0);
            let mut texts = Vec::new();
            for p in [next_line, (after + text.len()) / 2] {
                texts.push((format!("{}\u{1}{}", &text[..p], &text[p..]), true));
            }
            texts.push((text[..text.len() - 2].to_string(), true));
            let before = format!("{}\u{1}{}", &text[..hole - 2], &text[hole - 2..]);
            texts.push((before, false));
            for (corrupted, after_it) in texts {
                let de = &mut serde_json::Deserializer::from_str(&corrupted);
                let oracle =
                    serde_path_to_error::deserialize::<_, kantonrechter::Request>(de).unwrap_err();
                let p = oracle.path().to_string();
                let path = if p == "." {
                    "$".into()
                } else {
                    format!("$.{p}")
                };
                let err = kantonrechter::json::parse_request(&corrupted).unwrap_err();
                assert_eq!(
                    (err.path.as_str(), our_line(&err.expected)),
                    (path.as_str(), Some(oracle.inner().line())),
                    "ours: {err}\nserde: {oracle}\n{corrupted}"
                );
                if after_it {
                    // The premise: serde names the first error, not the syntax error.
                    assert_eq!(oracle.inner().line(), hole_line, "{oracle}\n{corrupted}");
                    syntax_after += 1;
                }
                checked += 1;
            }
        }
    }
    assert!(
        checked > 500 && syntax_after > checked / 2,
        "{syntax_after} of {checked}"
    );
}

/// A code written as an object (`{"private": null}`, as serde's unit enums allow), broken
/// in each way: the error is where serde puts it (under the code, for its value).
#[test]
fn codes_written_as_objects() {
    let request = &common::example_texts()[0];
    let mut checked = 0;
    for value in [
        r#"{"private": null}"#,
        r#"{"private": nul}"#,
        r#"{"private": null"#,
        r#"{"privat": nul}"#,
        r#"{"private": 1}"#,
        r#"{"private": []}"#,
        r#"{"private": null, "public": null}"#,
        r#"{"private": null x}"#,
        "{",
        "{ ",
        r#"{"private" null}"#,
        r#"{"private": null, "#,
    ] {
        let text = request.replacen("\"kind\": \"private\"", &format!("\"kind\": {value}"), 1);
        assert_ne!(&text, request);
        let de = &mut serde_json::Deserializer::from_str(&text);
        let ours = kantonrechter::json::parse_request(&text);
        match serde_path_to_error::deserialize::<_, kantonrechter::Request>(de) {
            Ok(_) => assert!(ours.is_ok(), "{value}: {}", ours.unwrap_err()),
            Err(e) => {
                let ours = ours.unwrap_err();
                assert_eq!(ours.path, format!("$.{}", e.path()), "{value}: {ours}\n{e}");
                assert_eq!(our_line(&ours.expected), Some(e.inner().line()), "{value}");
                checked += 1;
            }
        }
    }
    assert!(checked >= 10, "{checked}");
}
