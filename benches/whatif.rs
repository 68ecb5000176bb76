//! `cargo bench --bench whatif`: the median time of the what-if search with the default
//! options (the side that lost, up to three changes, the default budget) for every example
//! and every case file, and for the large requests of `tests/repro/whatif_*.json` where
//! that folder is there (`whatif_optimised`), and of the plain exhaustive search on the
//! examples and cases (`whatif_exhaustive`), in the same run.
//!
//! Criterion writes each median to
//! `target/criterion/whatif_<search>/<file>/new/estimates.json` (`median.point_estimate`, ns).
//! For a quick run while developing: `cargo bench --bench whatif -- --measurement-time 1
//! --warm-up-time 0.3`; for the optimised search only: `cargo bench --bench whatif --
//! whatif_optimised`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use kantonrechter::Request;
use kantonrechter::whatif::{self, Options};

fn read(dir: &str, prefix: &str) -> Vec<(String, Request)> {
    let mut v = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return v;
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .collect();
    paths.sort();
    for p in paths {
        let text = std::fs::read_to_string(&p).expect("readable");
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        let request = kantonrechter::json::parse_request_or_case(&text).expect("valid input");
        v.push((name, request));
    }
    v
}

fn files() -> Vec<(String, Request)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut v = read(&format!("{root}/examples"), "");
    v.extend(read(&format!("{root}/cases"), ""));
    v
}

fn bench(c: &mut Criterion) {
    let files = files();
    let options = Options::default();
    for (name, request) in &files {
        // Both searches must agree before their times mean anything.
        let fast = whatif::whatif(request, &options).unwrap();
        let plain = whatif::exhaustive(request, &options.budget(u64::MAX / 2)).unwrap();
        assert!(!fast.cut && !plain.cut, "{name}");
        assert_eq!(fast.flips, plain.flips, "{name}");
        assert_eq!(fast.concessions, plain.concessions, "{name}");
    }
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/tests");
    let repro = read(&format!("{shared}/repro"), "whatif_");
    let mut group = c.benchmark_group("whatif_optimised");
    for (name, request) in files.iter().chain(&repro) {
        let w = whatif::whatif(request, &options).unwrap();
        eprintln!(
            "{name}: {} evaluations, work {} of {}, cut {}",
            w.evaluations, w.work, w.budget, w.cut
        );
        group.bench_function(name.as_str(), |b| {
            b.iter(|| whatif::whatif(black_box(request), &options).unwrap())
        });
    }
    if let Some((_, r)) = repro.iter().find(|(n, _)| n == "whatif_e4_i16") {
        let four = Options::changes(4);
        group.bench_function("whatif_e4_i16 (4 changes)", |b| {
            b.iter(|| whatif::whatif(black_box(r), &four).unwrap())
        });
    }
    group.finish();
    let mut group = c.benchmark_group("whatif_exhaustive");
    let unlimited = options.budget(u64::MAX / 2);
    for (name, request) in &files {
        group.bench_function(name.as_str(), |b| {
            b.iter(|| whatif::exhaustive(black_box(request), &unlimited).unwrap())
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
