//! `cargo bench --bench evaluate`: the median time per ruling for each example.
//!
//! `evaluate` is the full test with its typed trace and receipt (what the issue's ≤ 10 µs
//! goal is about). `evaluate+json` adds rendering the Dutch report and serialising it, as
//! the CLI and the WASM build do.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

fn examples() -> Vec<(String, kantonrechter::Request)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .expect("examples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable");
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (
                name,
                kantonrechter::json::parse_request(&text).expect("valid example"),
            )
        })
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn bench(c: &mut Criterion) {
    let examples = examples();
    let mut group = c.benchmark_group("evaluate");
    for (name, request) in &examples {
        group.bench_function(name.as_str(), |b| {
            b.iter(|| kantonrechter::evaluate(black_box(request)).unwrap())
        });
    }
    group.finish();
    let mut group = c.benchmark_group("evaluate+json");
    for (name, request) in &examples {
        group.bench_function(name.as_str(), |b| {
            b.iter(|| {
                let ruling = kantonrechter::evaluate(black_box(request)).unwrap();
                kantonrechter::json::ruling_to_json(&ruling, kantonrechter::Lang::Nl)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches, receipts, parsing, compacts);

/// The page's hot path from JSON text to JSON text: reading, the test and the compact
/// ruling (`json::evaluate_to_compact`, what the WASM `ruling()` does), beside the full
/// report with its memo (`json::evaluate_to_json`, the WASM `evaluate()`).
fn compact(c: &mut Criterion) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let text = std::fs::read_to_string(format!("{dir}/badge-repurposed.json")).expect("example");
    let mut group = c.benchmark_group("text-to-text/badge-repurposed");
    group.bench_function("json::evaluate_to_compact", |b| {
        b.iter(|| {
            kantonrechter::json::evaluate_to_compact(black_box(&text), kantonrechter::Lang::Nl)
                .unwrap()
        })
    });
    group.bench_function("json::evaluate_to_json", |b| {
        b.iter(|| {
            kantonrechter::json::evaluate_to_json(black_box(&text), kantonrechter::Lang::Nl)
                .unwrap()
        })
    });
    group.finish();
}
criterion_group!(compacts, compact);

fn receipt(c: &mut Criterion) {
    let examples = examples();
    let (name, request) = &examples[1];
    c.bench_function(&format!("receipt/{name}"), |b| {
        b.iter(|| kantonrechter::ruling::Receipt::for_request(black_box(request)))
    });
}
criterion_group!(receipts, receipt);

/// Reading a request from JSON text: the hand-written reader (`json::parse_request`, with
/// validation) beside serde's derived `Deserialize` through serde_json (without).
fn parse(c: &mut Criterion) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let text = std::fs::read_to_string(format!("{dir}/badge-repurposed.json")).expect("example");
    let mut group = c.benchmark_group("parse/badge-repurposed");
    group.bench_function("json::parse_request", |b| {
        b.iter(|| kantonrechter::json::parse_request(black_box(&text)).unwrap())
    });
    group.bench_function("serde_json::from_str", |b| {
        b.iter(|| serde_json::from_str::<kantonrechter::Request>(black_box(&text)).unwrap())
    });
    group.finish();
}
criterion_group!(parsing, parse);
