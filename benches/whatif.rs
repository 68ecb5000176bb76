//! `cargo bench --bench whatif`: the median time to find all minimal flips of up to three
//! changes, for every example and every case file, with the optimised search
//! (`whatif_optimised`) and with the plain exhaustive search (`whatif_exhaustive`) in the
//! same run. The goal is ≤ 10 ms natively per request for the optimised search.
//!
//! Criterion writes each median to
//! `target/criterion/whatif_<search>/<file>/new/estimates.json` (`median.point_estimate`, ns).
//! For a quick run while developing: `cargo bench --bench whatif -- --measurement-time 1
//! --warm-up-time 0.3`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use kantonrechter::Request;
use kantonrechter::whatif;

const MAX_CHANGES: usize = 3;

fn files() -> Vec<(String, Request)> {
    let mut v = Vec::new();
    for dir in ["examples", "cases"] {
        let dir = format!("{}/{dir}", env!("CARGO_MANIFEST_DIR"));
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        for p in paths {
            let text = std::fs::read_to_string(&p).expect("readable");
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let request = kantonrechter::json::parse_request_or_case(&text).expect("valid input");
            v.push((name, request));
        }
    }
    v
}

fn bench(c: &mut Criterion) {
    let files = files();
    for (name, request) in &files {
        // Both searches must agree before their times mean anything.
        assert_eq!(
            whatif::whatif(request, MAX_CHANGES).unwrap(),
            whatif::exhaustive(request, MAX_CHANGES).unwrap(),
            "{name}"
        );
    }
    let mut group = c.benchmark_group("whatif_optimised");
    for (name, request) in &files {
        group.bench_function(name.as_str(), |b| {
            b.iter(|| whatif::whatif(black_box(request), MAX_CHANGES).unwrap())
        });
    }
    group.finish();
    let mut group = c.benchmark_group("whatif_exhaustive");
    for (name, request) in &files {
        group.bench_function(name.as_str(), |b| {
            b.iter(|| whatif::exhaustive(black_box(request), MAX_CHANGES).unwrap())
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    targets = bench
}
criterion_main!(benches);
