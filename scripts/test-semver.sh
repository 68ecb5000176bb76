#!/usr/bin/env bash
# The Rust API keeps semver against the last release: cargo-semver-checks compares the
# library's public API with that of the commit named in release/last-release (a release
# writes that file anew) and fails on a change that needs a bigger version bump than
# Cargo.toml's version makes (a public item removed, a variant added to an exhaustive enum,
# a field added to a struct without private fields, …). The features as published: the
# library with its defaults (none) and `proptest`, the one feature that adds API
# (`arbitrary`); `cli` and `bookgen` build binaries only (the tool's default would turn them
# on too, and build clap and minijinja for nothing). While Cargo.toml keeps the release's
# version, the tool takes the change for a minor release, which in 0.x must break nothing;
# a breaking change passes once the version is bumped (0.1 to 0.2).
#
# cargo-semver-checks is installed if missing (`cargo install --locked`, pinned below, into
# cargo's own bin directory, ~/.cargo/bin); it builds the rustdoc JSON of both versions
# itself, so the pinned version must read the format of the toolchain in use (0.51.0 reads
# rustc 1.95's). The baseline is checked out from the history by its hash (`--baseline-rev`),
# never by tag: a CI clone may lack tags, but it has the whole history.
#
# Measured on the project's 2-core machine (2026-12-06, rustc 1.95, with other builds
# running): the install took 13 min 37 s (a release build, once per machine; `--debug` was
# no quicker there: unfinished after 13 min); the check, in a fresh clone without tags,
# 38 s on the idle machine and 2 min 12 s on the busy one (the rustdoc JSON of both versions
# with their dependencies), and 9 to 17 s on a second run. CI on a fresh machine so grows by
# about 16 min at most, from about 10 to about 26 (well under its 60).
# Picked up by scripts/test.sh; runs alone too.
set -euo pipefail
cd "$(dirname "$0")/.."
log() { printf '[test-semver] %s\n' "$*" >&2; }

CSC_VERSION=0.51.0

field() { awk -F= -v k="$1" '$1 == k { print $2; exit }' release/last-release; }
version=$(field version)
commit=$(field commit)
if ! [[ "$commit" =~ ^[0-9a-f]{40}$ ]] || [ -z "$version" ]; then
  echo "test-semver: release/last-release names no version and full commit hash" >&2
  exit 1
fi
if ! git cat-file -e "$commit^{commit}" 2>/dev/null; then
  echo "test-semver: the last release's commit $commit (version $version, release/last-release)" \
    "is not in this clone's history; fetch it (git fetch --unshallow, or git fetch origin $commit)" >&2
  exit 1
fi

have=$(cargo semver-checks --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$CSC_VERSION" ]; then
  log "cargo install cargo-semver-checks --locked --version $CSC_VERSION"
  cargo install cargo-semver-checks --locked --version "$CSC_VERSION"
fi

log "cargo semver-checks against $version ($commit)"
cargo semver-checks check-release -p kantonrechter --baseline-rev "$commit" \
  --only-explicit-features --features proptest
echo "test-semver: the Rust API keeps semver against $version ($commit)"
