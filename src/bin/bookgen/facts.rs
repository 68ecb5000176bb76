//! The facts of a request and of a decision as the templates show them: every field of the
//! JSON, labelled in Dutch (from `labels.json`) with its code, nothing hidden.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{Value, json as obj};

use crate::{link, list, md, s};

/// The labels of `labels.json`: field names and codes in Dutch, and the codes of outcomes,
/// stages and parties in Dutch and English.
#[derive(Deserialize)]
pub(crate) struct Labels {
    field: BTreeMap<String, String>,
    value: BTreeMap<String, String>,
    pub(crate) status: BTreeMap<String, String>,
    decision_field: BTreeMap<String, String>,
    pub(crate) outcome: BTreeMap<String, (String, String)>,
    pub(crate) stage: BTreeMap<String, (String, String)>,
    initiated_by: BTreeMap<String, (String, String)>,
    pub(crate) short_outcome: BTreeMap<String, String>,
    pub(crate) initiated_by_short: BTreeMap<String, String>,
    pub(crate) source_short: BTreeMap<String, String>,
    pub(crate) source_kind: BTreeMap<String, String>,
    record_kind: BTreeMap<String, String>,
    pub(crate) not_counted: BTreeMap<String, String>,
}

/// A JSON value as short text: strings bare, numbers and booleans as written, null as "—",
/// arrays joined, objects as compact JSON.
pub(crate) fn plain(v: &Value) -> String {
    match v {
        Value::Null => "—".into(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(plain).collect::<Vec<_>>().join(", "),
        Value::Object(_) => serde_json::to_string(v).unwrap_or_default(),
        other => other.to_string(),
    }
}

impl Labels {
    fn field(&self, key: &str) -> String {
        match self.field.get(key) {
            Some(nl) => format!("{nl} <small>(`{key}`)</small>"),
            None => format!("`{key}`"),
        }
    }

    fn value(&self, v: &Value) -> String {
        match v {
            Value::String(s) => match self.value.get(s) {
                Some(nl) => format!("{} <small>(`{}`)</small>", md(nl), s.replace('`', "")),
                None if s.contains(' ') => md(s),
                None => format!("`{}`", s.replace('`', "")),
            },
            Value::Array(a) if a.is_empty() => "—".into(),
            Value::Array(a) => a
                .iter()
                .map(|x| self.value(x))
                .collect::<Vec<_>>()
                .join(", "),
            Value::Null => "—".into(),
            other => md(&plain(other)),
        }
    }
}

/// The scalar fields of an object as "label: value" items (nested objects flattened).
pub(crate) fn fact_items(l: &Labels, v: &Value, skip: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for (k, x) in v.as_object().into_iter().flatten() {
        if skip.contains(&k.as_str()) {
            continue;
        }
        match x {
            Value::Object(_) => {
                let inner = fact_items(l, x, skip);
                if !inner.is_empty() {
                    out.push(format!("{}: {}", l.field(k), inner.join("; ")));
                }
            }
            Value::Array(a) if a.iter().any(Value::is_object) => {}
            _ => out.push(format!("{}: {}", l.field(k), l.value(x))),
        }
    }
    out
}

/// The facts of a request as the parties (and the encoder) put them, for `facts.md.j2`.
pub(crate) fn facts(l: &Labels, req: &Value) -> Value {
    let reg = &req["regeling"];
    let elements: Vec<Value> = list(reg, "elements")
        .iter()
        .map(|el| {
            obj!({"id": s(el, "id"), "description": s(el, "description"),
            "items": fact_items(l, &el["measure"], &[])})
        })
        .collect();
    let interests = |side: &str| -> Vec<Value> {
        let unknown = Value::String("unknown".into());
        list(&req["interests"], side)
            .iter()
            .enumerate()
            .map(|(i, x)| {
                let rest = fact_items(l, x, &["kind", "statement", "substantiation", "contested"]);
                obj!({"n": i + 1, "kind": l.value(&x["kind"]), "statement": s(x, "statement"),
                    "rest": rest.join("; "), "substantiation": l.value(x.get("substantiation").unwrap_or(&unknown)),
                    "contested": l.value(x.get("contested").unwrap_or(&unknown))})
            })
            .collect()
    };
    let avg = req.get("avg").map(|avg| {
        let alternatives: Vec<String> = list(avg, "alternatives")
            .iter()
            .map(|a| {
                format!(
                    "{} — {}",
                    md(s(a, "description")),
                    fact_items(l, a, &["description"]).join("; ")
                )
            })
            .collect();
        obj!({"items": fact_items(l, avg, &[]), "alternatives": alternatives})
    });
    let mut other = vec![format!("{}: {}", l.field("as_of"), l.value(&req["as_of"]))];
    if let Some(r) = req.get("readings") {
        other.extend(fact_items(l, r, &[]));
    }
    let calibration = req
        .get("calibration")
        .and_then(Value::as_object)
        .filter(|c| !c.is_empty());
    if let Some(c) = calibration {
        let c = serde_json::to_string(c)
            .unwrap_or_default()
            .replace('`', "");
        other.push(format!(
            "kalibratie aangepast / calibration overridden: `{c}`"
        ));
    }
    obj!({
        "title": s(reg, "title"), "items": fact_items(l, reg, &["title", "elements"]),
        "elements": elements, "employer": req.get("employer").map(|e| fact_items(l, e, &[])),
        "procedure": fact_items(l, req.get("procedure").unwrap_or(&Value::Null), &[]),
        "employer_interests": interests("employer"), "works_council_interests": interests("works_council"),
        "avg": avg, "other": other,
    })
}

/// A note such as a deliberate difference: a string, or an object with a `reason` and
/// perhaps more fields.
pub(crate) fn explain(l: &Labels, v: &Value) -> Option<String> {
    match v {
        Value::Null | Value::Bool(false) => None,
        Value::String(x) => Some(md(x)),
        Value::Object(o) => {
            let reason = o.get("reason").map(|r| md(&plain(r)));
            let rest = Some(fact_items(l, v, &["reason"]).join("; ")).filter(|r| !r.is_empty());
            Some(
                reason
                    .into_iter()
                    .chain(rest)
                    .filter(|x| !x.is_empty())
                    .collect::<Vec<_>>()
                    .join(" — "),
            )
        }
        other => Some(md(&plain(other))),
    }
}

/// A source value of a case file (`court_record`, `unknown` or a URL) as text.
fn source_value(source: &str, d: &Value) -> String {
    let record = "het dossier van de rechter / court record";
    match source {
        "court_record" => match d.get("court_record").map(|r| s(r, "url")) {
            Some(u) if !u.is_empty() => link(record, u),
            _ => record.to_string(),
        },
        "unknown" => "onbekend / unknown".to_string(),
        u if u.starts_with("http") => link(u, u),
        other => md(other),
    }
}

/// An outcome or ground source: the source, its quotation and its note.
fn attribution(a: Option<&Value>, d: &Value) -> String {
    let Some(a) = a else {
        return "—".to_string();
    };
    let mut t = source_value(s(a, "source"), d);
    if !s(a, "quote").is_empty() {
        t.push_str(&format!(": “{}”", md(s(a, "quote"))));
    }
    if !s(a, "note").is_empty() {
        t.push_str(&format!(" ({})", md(s(a, "note"))));
    }
    t
}

/// The fields of a decision the template names, and every other field (so that nothing the
/// case file says is hidden), for `the-decision.md.j2`.
pub(crate) fn decision(
    l: &Labels,
    d: &Value,
    ecli: &str,
    (outcome, stage): (&str, &str),
    others: &BTreeMap<&str, &str>,
) -> Value {
    let ecli_link = match ecli.starts_with("ECLI:") {
        true => link(
            ecli,
            &format!("https://uitspraken.rechtspraak.nl/details?id={ecli}"),
        ),
        false => md(ecli),
    };
    let record = d.get("court_record").map(|r| {
        let kind = s(r, "kind");
        let url = s(r, "url");
        let at = if url.is_empty() { String::new() } else { format!("{} — ", link(url, url)) };
        obj!({"checked": format!("{at}{}", md(l.record_kind.get(kind).map_or(kind, String::as_str))),
            "summary": s(r, "inhoudsindicatie"), "read": s(r, "read")})
    });
    let factors: Vec<Vec<String>> = ["decisive_factors", "factors"]
        .iter()
        .map(|k| list(d, k).iter().map(|f| md(&plain(f))).collect::<Vec<_>>())
        .filter(|a| !a.is_empty())
        .collect();
    let shown = [
        "ecli",
        "court",
        "date",
        "outcome",
        "deciding_stage",
        "confidence",
        "decisive_factors",
        "factors",
        "sources",
        "source_urls",
        "name",
        "short_name",
        "title",
        "deliberate_difference",
        "known_disagreement",
        "initiated_by",
        "court_record",
        "outcome_source",
        "court_ground",
        "ground_source",
        "fact_sources",
    ];
    let extra: Vec<Value> = d
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(k, v)| !shown.contains(&k.as_str()) && !v.is_null())
        .map(|(k, v)| {
            let label = md(&l.decision_field.get(k).cloned().unwrap_or_else(|| k.replace('_', " ")));
            let (value, items) = match v {
                Value::String(x) if others.contains_key(x.as_str()) => {
                    (Some(format!("[{}]({}.md)", md(x), others[x.as_str()])), vec![])
                }
                Value::Array(a) if !a.is_empty() => (None, a.iter().map(|x| md(&plain(x))).collect()),
                Value::Object(_) => (explain(l, v), vec![]),
                _ => (Some(md(&plain(v))), vec![]),
            };
            obj!({"label": label, "value": value.unwrap_or_default(), "list": value_is_list(v), "items": items})
        })
        .collect();
    let by = d.get("initiated_by").and_then(Value::as_str);
    let ground = s(d, "court_ground");
    obj!({
        "ecli": ecli_link, "court": d.get("court").map(|v| md(&plain(v))), "date": d.get("date").map(|v| md(&plain(v))),
        "outcome": Labels::pair(&l.outcome, outcome),
        "stage": (!stage.is_empty()).then(|| Labels::pair(&l.stage, stage)),
        "brought_by": by.map(|b| Labels::pair(&l.initiated_by, b)), "record": record,
        "outcome_source": attribution(d.get("outcome_source"), d),
        "ground": (!ground.is_empty()).then(|| format!("`{}` — bron / source: {}", ground.replace('`', ""),
            attribution(d.get("ground_source"), d))),
        "confidence": d.get("confidence").map(|v| md(&plain(v))), "factors": factors, "extra": extra,
    })
}

fn value_is_list(v: &Value) -> bool {
    v.as_array().is_some_and(|a| !a.is_empty())
}

/// The sources a decision names, one line each.
pub(crate) fn decision_sources(l: &Labels, d: &Value) -> Vec<String> {
    let keys = ["sources", "source_urls"];
    keys.iter()
        .flat_map(|k| list(d, k))
        .map(|x| match x {
            Value::String(u) if u.starts_with("http") => link(u, u),
            Value::Object(_) => {
                let first = |keys: &[&str]| keys.iter().map(|k| s(x, k)).find(|u| !u.is_empty());
                let (url, lab) = (first(&["url", "href"]), first(&["label", "title", "name"]));
                let rest = fact_items(l, x, &["url", "href", "label", "title", "name"]).join("; ");
                let head = match (lab, url) {
                    (Some(l), Some(u)) => link(l, u),
                    (None, Some(u)) => link(u, u),
                    (Some(l), None) => md(l),
                    (None, None) => String::new(),
                };
                if rest.is_empty() {
                    head
                } else {
                    format!("{head} — {rest}")
                }
            }
            other => md(&plain(other)),
        })
        .collect()
}

/// Every fact of the request with its source, for the table of `decision.md.j2`.
pub(crate) fn fact_sources(d: &Value) -> Vec<Value> {
    let or_dash = |x: &str, f: &dyn Fn(&str) -> String| {
        if x.is_empty() {
            "—".to_string()
        } else {
            f(x)
        }
    };
    list(d, "fact_sources")
        .iter()
        .map(|f| {
            obj!({"fact": s(f, "fact").replace('`', ""), "source": source_value(s(f, "source"), d),
                "quote": or_dash(s(f, "quote"), &|q| format!("“{}”", md(q))), "note": or_dash(s(f, "note"), &md)})
        })
        .collect()
}
