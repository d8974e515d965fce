//! A map of 64-bit keys (hashes) to small values, for the indexes of a text's drafts: a huge
//! text has several keys for each of its drafts, so each key costs what its slot does.
//!
//! The map is in parts by the keys' top bits once it is large, and a full large part splits
//! every part in two, each half made anew: no table of all the keys is held twice. Each part
//! is an open table probed slot by slot from the key's place. A table of the standard library
//! doubles its room, so holds its entries at 44 to 87% of it, with a byte more for each slot
//! (a 10 MB chronology's index took some 17 MB, 14 here); a part here grows by half again
//! when 85% full, so holds its keys at 67 to 85% of its slots, and the key is its own mark of
//! a free slot.
//!
//! The keys are hashes of the text's words, which anyone can compute: keys made to share
//! their bits would fill one run of slots (and one part) and make each probe walk the whole
//! run. Each map mixes its keys with the process's seed first, one-to-one, so which keys meet
//! is unknown before the run, and the map holds and finds the same keys as unmixed.

use std::hash::{BuildHasher, RandomState};
use std::sync::OnceLock;

/// A free slot; a key of this value is held as [`ZERO_HELD`], as a key another shares (a
/// chance in billions, as for the index's keys themselves, see `DraftIndex`).
const FREE: u64 = 0;
const ZERO_HELD: u64 = 1;

/// How many keys a part holds before all split: a part is rebuilt whole as it grows, and
/// the keys fall in the parts about evenly.
const PART: usize = 24_576;

/// The fewest slots of a part: a text with a date or two.
const MIN_SLOTS: usize = 8;

pub(in crate::events) struct Split<V> {
    /// A power of two of parts.
    parts: Vec<Part<V>>,
    /// The map's seed (see [`Seed::mix`]).
    seed: Seed,
}

/// A one-to-one mix of keys that only this map knows.
struct Seed {
    xor: u64,
    /// Odd: a multiplication by it is one-to-one.
    times: u64,
}

impl Seed {
    fn new() -> Self {
        // The standard library's random keys, drawn and hashed once for the process: a text
        // makes a map for each of its parts, and hashing for each cost more than the mixing.
        static SEED: OnceLock<(u64, u64)> = OnceLock::new();
        let &(xor, times) = SEED.get_or_init(|| {
            let random = RandomState::new();
            (random.hash_one(0_u64), random.hash_one(1_u64) | 1)
        });
        Self { xor, times }
    }

    /// `key` mixed: each step is one-to-one, and each bit of the result depends on every
    /// bit of the key and the seed.
    fn mix(&self, key: u64) -> u64 {
        let x = (key ^ self.xor).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (x ^ x >> 32).wrapping_mul(self.times)
    }
}

/// Keys and their values, slot by slot.
struct Part<V> {
    keys: Vec<u64>,
    values: Vec<V>,
    len: usize,
}

/// The slots for `n` keys at two thirds of them.
fn slots_for(n: usize) -> usize {
    (n + n / 2).max(MIN_SLOTS)
}

/// `key` as held: never [`FREE`].
fn held(key: u64) -> u64 {
    if key == FREE { ZERO_HELD } else { key }
}

impl<V: Default + Clone> Part<V> {
    fn with_slots(slots: usize) -> Self {
        Self {
            keys: vec![FREE; slots],
            values: vec![V::default(); slots],
            len: 0,
        }
    }

    /// The slot that holds `key`, else the free slot where it goes (there is always one: a
    /// part grows before it is 85% full).
    fn slot(&self, key: u64) -> usize {
        let slots = self.keys.len();
        let mut i = self.home(key);
        loop {
            let k = self.keys[i];
            if k == key || k == FREE {
                return i;
            }
            i += 1;
            if i == slots {
                i = 0;
            }
        }
    }

    /// The slot where the probe for `key` starts: the low half of the key scaled to the
    /// slots (the top bits chose the part).
    fn home(&self, key: u64) -> usize {
        let scaled = ((key & u64::from(u32::MAX)) * self.keys.len() as u64) >> 32;
        usize::try_from(scaled).unwrap_or(0)
    }

    /// One more key would fill more than 85% of the slots.
    fn full(&self) -> bool {
        (self.len + 1) * 20 > self.keys.len() * 17
    }

    /// Adds `key`, not held yet, with `value`.
    fn put(&mut self, key: u64, value: V) {
        let i = self.slot(key);
        self.keys[i] = key;
        self.values[i] = value;
        self.len += 1;
    }

    /// Its keys and values, the part emptied.
    fn drain(self) -> impl Iterator<Item = (u64, V)> {
        self.keys
            .into_iter()
            .zip(self.values)
            .filter(|&(key, _)| key != FREE)
    }
}

impl<V: Default + Clone> Split<V> {
    /// A map with room for `n` keys: a large one in parts from the start.
    pub(in crate::events) fn with_capacity(n: usize) -> Self {
        let parts = n.div_ceil(PART).max(1).next_power_of_two();
        let each = n.div_ceil(parts);
        Self {
            parts: (0..parts)
                .map(|_| Part::with_slots(slots_for(each)))
                .collect(),
            seed: Seed::new(),
        }
    }

    /// The part of `key`: its top bits.
    fn part(&self, key: u64) -> usize {
        match self.parts.len().trailing_zeros() {
            0 => 0,
            bits => usize::try_from(key >> (64 - bits)).unwrap_or(0),
        }
    }

    pub(in crate::events) fn get(&self, key: u64) -> Option<&V> {
        let key = held(self.seed.mix(key));
        let part = &self.parts[self.part(key)];
        let i = part.slot(key);
        (part.keys[i] == key).then(|| &part.values[i])
    }

    pub(in crate::events) fn get_mut(&mut self, key: u64) -> Option<&mut V> {
        let key = held(self.seed.mix(key));
        let p = self.part(key);
        let part = &mut self.parts[p];
        let i = part.slot(key);
        (part.keys[i] == key).then(|| &mut part.values[i])
    }

    /// The value of `key`, `value` put there first if it has none.
    pub(in crate::events) fn or_insert(&mut self, key: u64, value: V) -> &mut V {
        let key = held(self.seed.mix(key));
        let mut p = self.part(key);
        let mut i = self.parts[p].slot(key);
        if self.parts[p].keys[i] != key {
            if self.parts[p].full() {
                self.grow(p);
                p = self.part(key);
                i = self.parts[p].slot(key);
            }
            let part = &mut self.parts[p];
            part.keys[i] = key;
            part.values[i] = value;
            part.len += 1;
        }
        &mut self.parts[p].values[i]
    }

    /// The value of `key`, its default put there first if it has none.
    pub(in crate::events) fn or_default(&mut self, key: u64) -> &mut V {
        self.or_insert(key, V::default())
    }

    pub(in crate::events) fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.parts.iter_mut().flat_map(|part| {
            part.keys
                .iter()
                .zip(part.values.iter_mut())
                .filter(|&(&key, _)| key != FREE)
                .map(|(_, value)| value)
        })
    }

    /// Part `p` made anew with room to grow, or, once it is large, every part split in two
    /// by the next bit of its keys.
    fn grow(&mut self, p: usize) {
        if self.parts[p].len < PART {
            let old = std::mem::replace(&mut self.parts[p], Part::with_slots(0));
            let mut new = Part::with_slots(slots_for(old.len + 1));
            old.drain().for_each(|(key, value)| new.put(key, value));
            self.parts[p] = new;
            return;
        }
        let bits = self.parts.len().trailing_zeros() + 1;
        let high = |key: u64| (key >> (64 - bits)) & 1 == 1;
        let mut parts = Vec::with_capacity(self.parts.len() * 2);
        for old in std::mem::take(&mut self.parts) {
            let in_high = old.keys.iter().filter(|&&k| k != FREE && high(k)).count();
            let mut low_part = Part::with_slots(slots_for(old.len - in_high + 1));
            let mut high_part = Part::with_slots(slots_for(in_high + 1));
            for (key, value) in old.drain() {
                let half = if high(key) {
                    &mut high_part
                } else {
                    &mut low_part
                };
                half.put(key, value);
            }
            parts.push(low_part);
            parts.push(high_part);
        }
        self.parts = parts;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_split_map_finds_every_key_and_keeps_the_first_value() {
        let mut map = Split::with_capacity(16);
        let key = |k: u64| (k ^ 0x5555).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let n = PART as u64 * 5;
        for k in 0..n {
            map.or_insert(key(k), k);
        }
        assert!(map.parts.len() >= 4, "split: {} parts", map.parts.len());
        map.or_insert(key(7), 0);
        assert!((0..n).all(|k| map.get(key(k)) == Some(&k)));
        assert_eq!(map.get(key(n)), None);
        // Each part holds its keys at 67 to 85% of its slots.
        for part in &map.parts {
            let (len, slots) = (part.len * 100, part.keys.len());
            assert!(len >= slots * 66 && len <= slots * 85, "{len} in {slots}");
        }
        *map.or_default(key(n)) += 3;
        assert_eq!(map.get(key(n)), Some(&3));
        assert_eq!(map.values_mut().count(), PART * 5 + 1);
    }

    /// How many slots past their first each key of `map` is held, summed: the steps of
    /// finding every key.
    fn steps<V: Default + Clone>(map: &Split<V>) -> usize {
        let mut steps = 0;
        for part in &map.parts {
            let slots = part.keys.len();
            for (i, &key) in part.keys.iter().enumerate() {
                if key != FREE {
                    steps += (i + slots - part.home(key)) % slots;
                }
            }
        }
        steps
    }

    #[test]
    fn keys_made_to_meet_unmixed_are_found_in_a_few_steps_each() {
        // Unmixed, every key here starts its probe at the first slot of the first part: the
        // n-th key walked past all those before it, n * n / 2 steps in all.
        let n: usize = 40_000;
        let key = |k: usize| (k as u64) << 32;
        let mut map = Split::with_capacity(0);
        for k in 1..=n {
            map.or_insert(key(k), k);
        }
        assert!((1..=n).all(|k| map.get(key(k)) == Some(&k)));
        let steps = steps(&map);
        assert!(steps < 20 * n, "{steps} steps for {n} keys");
    }

    #[test]
    fn a_key_of_zero_is_held() {
        let mut map: Split<u32> = Split::with_capacity(0);
        assert_eq!(map.get(0), None);
        *map.or_default(0) += 1;
        if let Some(v) = map.get_mut(0) {
            *v += 1;
        }
        assert_eq!(map.get(0), Some(&2));
        for k in 2..100 {
            map.or_insert(k << 40 | k, 7);
        }
        assert_eq!(map.get(0), Some(&2));
        assert_eq!(map.get(5 << 40 | 5), Some(&7));
    }
}
