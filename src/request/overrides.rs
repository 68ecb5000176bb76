//! The request's overrides of calibration numbers (`"calibration": {"key": "0.5"}`): a map
//! from key to exact decimal, kept sorted by key.
//!
//! A list sorted by key rather than a `BTreeMap`: the same operations and order, without
//! the kilobytes of B-tree code one more key and value type costs the WebAssembly build.
//! A request has a handful of overrides at most (`validate` allows 64, and both readers
//! refuse the 65th key before they read it). `insert` moves the keys after the new one, so
//! a map built from many keys is built by `collect`, which sorts once: O(n log n) in any
//! order of the keys, where inserting them one by one in reverse order is quadratic.

use std::fmt;

use rust_decimal::Decimal;
use serde::ser::{Serialize, SerializeMap, Serializer};

/// Calibration overrides: key → exact decimal, iterated in key order. Serialised as a
/// JSON object; read from one by `json::parse_request` (a key given twice is an error
/// there) or by serde (the last value wins, as for a `BTreeMap`).
///
/// ```
/// use kantonrechter::request::Overrides;
/// use rust_decimal::Decimal;
///
/// let mut o = Overrides::new();
/// o.insert("scale.serious".into(), Decimal::from(5));
/// o.insert("reliability.plausible".into(), Decimal::new(4, 1));
/// assert_eq!(o.get("scale.serious"), Some(&Decimal::from(5)));
/// let keys: Vec<&str> = o.iter().map(|(k, _)| k.as_str()).collect();
/// assert_eq!(keys, ["reliability.plausible", "scale.serious"]);
/// ```
#[derive(Clone, PartialEq, Eq, Default, Hash)]
pub struct Overrides(Vec<(String, Decimal)>);

impl Overrides {
    /// No overrides.
    pub const fn new() -> Overrides {
        Overrides(Vec::new())
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    /// Set a key's value; returns the value it had, if any.
    pub fn insert(&mut self, key: String, value: Decimal) -> Option<Decimal> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    /// A key's value.
    pub fn get(&self, key: &str) -> Option<&Decimal> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    /// Whether the key is overridden.
    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Remove a key; returns its value, if it had one.
    pub fn remove(&mut self, key: &str) -> Option<Decimal> {
        self.find(key).ok().map(|i| self.0.remove(i).1)
    }

    /// The overrides in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Decimal)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// How many keys are overridden.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether none is.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> IntoIterator for &'a Overrides {
    type Item = (&'a String, &'a Decimal);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, Decimal)>,
        fn(&'a (String, Decimal)) -> (&'a String, &'a Decimal),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

/// Sorts once (O(n log n) in any order); of a key given twice the last value wins, as
/// with `insert`.
impl<K: Into<String>> FromIterator<(K, Decimal)> for Overrides {
    fn from_iter<I: IntoIterator<Item = (K, Decimal)>>(iter: I) -> Overrides {
        let mut entries: Vec<(String, Decimal)> =
            iter.into_iter().map(|(k, v)| (k.into(), v)).collect();
        // Stable: the values of a key stay in the order given.
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        // Of a run of equal keys keep one, with the run's last value.
        entries.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                std::mem::swap(&mut later.1, &mut kept.1);
            }
            same
        });
        Overrides(entries)
    }
}

impl<K: Into<String>, const N: usize> From<[(K, Decimal); N]> for Overrides {
    fn from(entries: [(K, Decimal); N]) -> Overrides {
        entries.into_iter().collect()
    }
}

impl fmt::Debug for Overrides {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl Serialize for Overrides {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(n: i64) -> Decimal {
        Decimal::from(n)
    }

    #[test]
    fn a_map_in_key_order() {
        let mut o: Overrides = [("b", d(2)), ("a", d(1))].into();
        assert_eq!(o.insert("c".into(), d(3)), None);
        assert_eq!(o.insert("b".into(), d(4)), Some(d(2)));
        assert_eq!(o.len(), 3);
        let entries: Vec<_> = o.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        assert_eq!(entries, [("a", d(1)), ("b", d(4)), ("c", d(3))]);
        assert!(o.contains_key("a") && !o.contains_key("z"));
        assert_eq!(o.remove("a"), Some(d(1)));
        assert_eq!(o.get("a"), None);
        assert_eq!(format!("{o:?}"), "{\"b\": 4, \"c\": 3}");
        // Serialised as a BTreeMap of the same entries is.
        let btree: std::collections::BTreeMap<_, _> = o.iter().collect();
        assert_eq!(
            serde_json::to_string(&o).unwrap(),
            serde_json::to_string(&btree).unwrap()
        );
        assert!(Overrides::new().is_empty());
    }

    #[test]
    fn collect_sorts_once_and_the_last_value_wins() {
        let o: Overrides = [
            ("c", d(1)),
            ("a", d(2)),
            ("c", d(3)),
            ("b", d(4)),
            ("c", d(5)),
        ]
        .into_iter()
        .collect();
        let entries: Vec<_> = o.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        assert_eq!(entries, [("a", d(2)), ("b", d(4)), ("c", d(5))]);
        // As inserting one by one gives.
        let mut one_by_one = Overrides::new();
        for (k, v) in [
            ("c", d(1)),
            ("a", d(2)),
            ("c", d(3)),
            ("b", d(4)),
            ("c", d(5)),
        ] {
            one_by_one.insert(k.into(), v);
        }
        assert_eq!(o, one_by_one);
        let many: Overrides = (0..1000)
            .rev()
            .map(|i| (format!("k{i:04}"), d(i)))
            .collect();
        assert_eq!(many.len(), 1000);
        assert!(many.iter().zip(many.iter().skip(1)).all(|(a, b)| a.0 < b.0));
        assert_eq!(many.get("k0999"), Some(&d(999)));
    }
}
