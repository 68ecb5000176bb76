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
