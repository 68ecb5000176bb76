//! Sorting for the engine's short lists (the subject letters, a request's levers and flips,
//! the decided cases): insertion sort, stable. The standard library's general sorts weigh
//! kilobytes of code for every type they are used with, which the WebAssembly build pays in
//! transfer size; these lists have a few dozen items at most.

use std::cmp::Ordering;

/// Sort by a comparison, stably.
pub(crate) fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sort by a key, stably.
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sort in ascending order, stably.
pub(crate) fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_library(mut v in proptest::collection::vec((0u8..5, 0u16..1000), 0..60)) {
            let mut expected = v.clone();
            expected.sort_by_key(|a| a.0);
            super::sort_by(&mut v, |a, b| a.0.cmp(&b.0));
            prop_assert_eq!(v, expected);
        }
    }
}
