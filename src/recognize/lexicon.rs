//! Word lists (`data/rules/words.txt`) compiled into one hash table keyed by the lower-case
//! first word of each entry, so that each token is looked up once.

use std::collections::HashMap;
use std::ops::Range;

use super::RuleError;
use crate::text::{DataLine, ascii_lowercase, chunk, data_lines, lowercase_chunk};

/// The word classes the tagger knows; each fills one slot of a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    Month,
    Weekday,
    Unit,
    Number,
    Ordinal,
    Season,
    Daypart,
    Shift,
    RefShift,
    DayShift,
    Ref,
    Holiday,
    DecadeName,
    Direction,
    Modifier,
    NotAYearBefore,
    NotAYearAfter,
    NotARateAfter,
    NotTemporal,
    LatentCue,
    PlanAhead,
    ClockCue,
    NameTitle,
    Era,
    TimeZone,
}

/// How many classes there are.
const CLASSES: usize = Class::TimeZone as usize + 1;

impl Class {
    /// This class as one bit of a set of classes.
    #[must_use]
    pub fn bit(self) -> u32 {
        1 << (self as u32)
    }

    /// A word of this class is temporal by itself ("March", "years", "now", "Easter"), so
    /// the scanner looks for expressions around it; other classes only count next to one.
    #[must_use]
    pub fn is_strong(self) -> bool {
        matches!(
            self,
            Self::Month
                | Self::Weekday
                | Self::Unit
                | Self::Season
                | Self::Daypart
                | Self::DayShift
                | Self::Ref
                | Self::Holiday
                | Self::DecadeName
                | Self::Ordinal
                | Self::NotTemporal
        )
    }

    fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "month" => Self::Month,
            "weekday" => Self::Weekday,
            "unit" => Self::Unit,
            "number" => Self::Number,
            "ordinal" => Self::Ordinal,
            "season" => Self::Season,
            "daypart" => Self::Daypart,
            "shift" => Self::Shift,
            "ref_shift" => Self::RefShift,
            "day_shift" => Self::DayShift,
            "ref" => Self::Ref,
            "holiday" => Self::Holiday,
            "decade_name" => Self::DecadeName,
            "direction" => Self::Direction,
            "modifier" => Self::Modifier,
            "not_a_year_before" => Self::NotAYearBefore,
            "not_a_year_after" => Self::NotAYearAfter,
            "not_a_rate_after" => Self::NotARateAfter,
            "not_temporal" => Self::NotTemporal,
            "latent_cue" => Self::LatentCue,
            "plan_ahead" => Self::PlanAhead,
            "clock_cue" => Self::ClockCue,
            "name_title" => Self::NameTitle,
            "era" => Self::Era,
            "time_zone" => Self::TimeZone,
            _ => return None,
        })
    }
}

/// One entry of a word list: "the end of" = END in class modifier.
#[derive(Debug, Clone)]
pub struct Entry {
    pub class: Class,
    pub value: Box<str>,
    /// Key ids of the words after the first one.
    pub rest: Vec<u32>,
    /// Needs a cue ("may", "march").
    pub latent: bool,
    /// Not the first spelling of its line: an abbreviation, which may take a ".".
    pub abbreviation: bool,
    /// The class only counts when capitalised (months, day names, holidays).
    pub capitalised: bool,
}

/// All words the tagger knows, each with the entries it starts.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Key ids by word, to intern the words of the rule data.
    ids: HashMap<Box<str>, u32>,
    /// The same, as an open-addressing table of packed words probed once per text word.
    table: Vec<(Packed, u32)>,
    /// The keys of at most eight bytes by their bytes alone (see [`Lexicon::lookup_chunked`]):
    /// most words of a text are short, and one machine word compares them.
    short: Vec<(u64, u32)>,
    /// Bits set by the keys' [`sketch`]: a word whose bit is clear is no key, which most words
    /// of a text show before they are packed.
    sketches: Vec<u64>,
    /// Per key id: (entry id, matched through a plural "s"), grouped by class in class order.
    pub starts: Vec<Vec<(u32, bool)>>,
    /// Per key id (of the keys that start entries): its entries by class.
    index: Vec<KeyIndex>,
    /// Per class: the key ids whose word starts an entry of it, in key order.
    keys_by_class: Vec<Vec<u32>>,
    pub entries: Vec<Entry>,
    /// The key of [`POSSESSIVE`]: the scanner gives it to an apostrophe
    /// followed by "s".
    pub possessive: u32,
    /// The words of [`Class::NotARateAfter`], kept out of the keys: "is", "was" are among a
    /// text's most frequent words, and as keys each would take the known-word path of the
    /// scanner, though only the rare test for a rate reads them.
    not_a_rate_after: Vec<Box<str>>,
}

/// The element that stands for "'s" (either apostrophe) in an entry ("new year's day").
pub const POSSESSIVE: &str = "'s";

/// Where a key's entries of each class are in its `starts`, and what may follow it.
#[derive(Debug, Default)]
struct KeyIndex {
    /// Per class: where that class's entries end in `starts`.
    ends: [u16; CLASSES],
    /// The classes (bits) with a one-word entry.
    one_word: u32,
    /// Per class: the second words (key ids modulo 64, as bits) of its longer entries.
    second_words: [u64; CLASSES],
}

/// Longest key worth looking up; longer words are never temporal.
pub const MAX_KEY: usize = 24;

/// A word of at most [`MAX_KEY`] bytes with its ASCII letters lower-cased, as three machine
/// words: hashed and compared in a few instructions, with no copy of the text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Packed {
    chunks: [u64; MAX_KEY / 8],
    len: usize,
}

/// Marks an empty slot of the table.
const EMPTY: u32 = u32::MAX;

impl Packed {
    /// The word at `span` of `text`, at most [`MAX_KEY`] bytes long.
    fn of(text: &[u8], span: Range<usize>) -> Option<Self> {
        (span.len() <= MAX_KEY).then(|| Self {
            chunks: [0, 1, 2].map(|k| lowercase_chunk(text, &span, k)),
            len: span.len(),
        })
    }

    fn hash(&self) -> u64 {
        let [a, b, c] = self.chunks;
        (a ^ b.rotate_left(21) ^ c.rotate_left(42) ^ self.len as u64)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }
}

/// A bit for a word from its length and its first eight bytes, as written or lower-cased
/// (chunk 0 of [`chunk`] or [`lowercase_chunk`]): the bit 0x20 of each byte, which is all that
/// lower-casing changes, is set first, so that most words are ruled out before that work.
#[expect(
    clippy::cast_possible_truncation,
    reason = "the hash shifted down below `SKETCH_BITS`, a usize"
)]
fn sketch(first: u64, len: usize) -> usize {
    let folded = first | 0x2020_2020_2020_2020;
    let mixed = (folded ^ (len as u64).rotate_right(8)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    // The high bits of a multiplicative hash are the well-mixed ones.
    (mixed >> (64 - SKETCH_BITS.trailing_zeros())) as usize
}

/// A word of `len` bytes whose first eight are `first` (bytes past the word zero), as one
/// machine word that tells it from every other word: when it is at most eight bytes long and
/// its last byte is no zero byte, which would read as a shorter word.
fn told_by_bytes(first: u64, len: usize) -> Option<u64> {
    (len.wrapping_sub(1) < 8 && first >> (8 * len.wrapping_sub(1)) != 0).then_some(first)
}

/// Bits in the sketch of the keys.
const SKETCH_BITS: usize = 1 << 15;

impl Lexicon {
    /// The key id of a lower-case word, adding it if new.
    pub fn intern(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = u32::try_from(self.starts.len()).unwrap_or(u32::MAX);
        self.ids.insert(word.into(), id);
        self.starts.push(Vec::new());
        // A word with a capital never equals a lower-cased text word: it stays out of the table.
        if !word.bytes().any(|b| b.is_ascii_uppercase())
            && let Some(packed) = Packed::of(word.as_bytes(), 0..word.len())
        {
            // At most a quarter full, so that a probe for an unknown word mostly stops at once.
            if self.starts.len() * 4 > self.table.len() {
                let old = std::mem::take(&mut self.table);
                self.table = vec![(Packed::default(), EMPTY); (old.len() * 2).max(256)];
                for (packed, id) in old.into_iter().filter(|&(_, id)| id != EMPTY) {
                    let slot = self.probe(&packed);
                    self.table[slot] = (packed, id);
                }
                let old = std::mem::take(&mut self.short);
                self.short = vec![(0, EMPTY); self.table.len()];
                for (word, id) in old.into_iter().filter(|&(_, id)| id != EMPTY) {
                    let slot = self.probe_short(word);
                    self.short[slot] = (word, id);
                }
            }
            let slot = self.probe(&packed);
            self.table[slot] = (packed, id);
            if let Some(word) = told_by_bytes(packed.chunks[0], packed.len) {
                let slot = self.probe_short(word);
                self.short[slot] = (word, id);
            }
            let bit = sketch(packed.chunks[0], packed.len);
            self.sketches.resize(SKETCH_BITS / 64, 0);
            self.sketches[bit / 64] |= 1 << (bit % 64);
        }
        id
    }

    /// The slot of the table holding `packed`, or the empty slot where it would go.
    fn probe(&self, packed: &Packed) -> usize {
        let mask = self.table.len() - 1;
        // The high bits of a multiplicative hash are the well-mixed ones.
        let mut slot = (packed.hash() >> 32) as usize & mask;
        while self.table[slot].1 != EMPTY && self.table[slot].0 != *packed {
            slot = (slot + 1) & mask;
        }
        slot
    }

    /// The slot of the short table holding `word`, or the empty slot where it would go.
    fn probe_short(&self, word: u64) -> usize {
        let mask = self.short.len() - 1;
        let mut slot = (word.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & mask;
        while self.short[slot].1 != EMPTY && self.short[slot].0 != word {
            slot = (slot + 1) & mask;
        }
        slot
    }

    /// The key id of a word as written (any case), if the tagger knows it.
    pub fn lookup(&self, word: &[u8]) -> Option<u32> {
        self.lookup_in(word, 0..word.len())
    }

    /// The key id of the word at `span` of `text`, if the tagger knows it: [`Self::lookup`]
    /// without slicing, so that the word is read from the text in whole machine words.
    // Always: the scan asks it of every token, and the compiler's own choice changes with
    // unrelated code (called out of line, the tagger was 3% slower).
    #[inline(always)]
    pub fn lookup_in(&self, text: &[u8], span: Range<usize>) -> Option<u32> {
        if span.len() > MAX_KEY {
            return None;
        }
        let first = chunk(text, &span, 0);
        self.lookup_chunked(text, span, first)
    }

    /// [`Self::lookup_in`] for a caller that has read the word's first eight bytes, `first`
    /// (`chunk(text, &span, 0)`).
    #[inline(always)]
    pub fn lookup_chunked(&self, text: &[u8], span: Range<usize>, first: u64) -> Option<u32> {
        let len = span.len();
        if len > MAX_KEY {
            return None;
        }
        // Most words of a text are no key: ruled out by their first bytes, the rest unread.
        let bit = sketch(first, len);
        if self
            .sketches
            .get(bit / 64)
            .is_none_or(|bits| bits >> (bit % 64) & 1 == 0)
        {
            return None;
        }
        // Most keys are short words, whose other chunks are zero: not read.
        if let Some(word) = told_by_bytes(ascii_lowercase(first), len) {
            let id = self.short[self.probe_short(word)].1;
            return (id != EMPTY).then_some(id);
        }
        let chunks = if len <= 8 {
            [ascii_lowercase(first), 0, 0]
        } else {
            [
                ascii_lowercase(first),
                lowercase_chunk(text, &span, 1),
                lowercase_chunk(text, &span, 2),
            ]
        };
        let packed = Packed { chunks, len };
        let id = self.table[self.probe(&packed)].1;
        (id != EMPTY).then_some(id)
    }

    /// The entries of `class` that start with key `key`, in the order of `words.txt`.
    pub fn entries_of(&self, key: u32, class: Class) -> &[(u32, bool)] {
        let key = key as usize;
        // Keys first seen in the rules start no entry.
        let Some(index) = self.index.get(key) else {
            return &[];
        };
        let class = class as usize;
        let start = class
            .checked_sub(1)
            .map_or(0, |c| usize::from(index.ends[c]));
        &self.starts[key][start..usize::from(index.ends[class])]
    }

    /// Whether `word` is one of [`Class::NotARateAfter`] ("was" in "2009 was a year of change").
    pub fn is_not_a_rate_after(&self, word: &str) -> bool {
        self.not_a_rate_after
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
    }

    /// Whether an entry of `class` starting with `key` may match when the next word has key
    /// `next`: a cheap test that fails for most words before any entry is tried.
    pub fn may_match(&self, key: u32, class: Class, next: Option<u32>) -> bool {
        self.index.get(key as usize).is_some_and(|index| {
            index.one_word & class.bit() != 0
                || next.is_some_and(|n| index.second_words[class as usize] >> (n % 64) & 1 != 0)
        })
    }

    /// Reads the word lists of each (file name, text): `words.txt`, `holidays.txt`. Lines
    /// that start with a quote are examples, which the tests read.
    pub fn parse(files: &[(&'static str, &str)]) -> Result<Self, RuleError> {
        let mut lexicon = Self::default();
        for &(file, source) in files {
            lexicon.read(file, source)?;
        }
        lexicon.possessive = lexicon.intern(POSSESSIVE);
        lexicon.index_classes();
        Ok(lexicon)
    }

    fn read(&mut self, file: &'static str, source: &str) -> Result<(), RuleError> {
        let lexicon = self;
        let mut class = None;
        let mut plural = false;
        for (n, line) in data_lines(source) {
            let error = |message: String| RuleError {
                file,
                line: n,
                message,
            };
            let line = match line {
                DataLine::Entries(line) if line.starts_with('"') => continue,
                DataLine::Entries(line) => line,
                DataLine::Section(header) => {
                    let mut parts = header.split_whitespace();
                    let name = parts.next().unwrap_or("");
                    class = Some(
                        Class::from_name(name)
                            .ok_or_else(|| error(format!("unknown class `{name}`")))?,
                    );
                    plural = parts.any(|p| p == "plural");
                    continue;
                }
            };
            let class = class.ok_or_else(|| error("entry before any `[class]`".into()))?;
            let (value, spellings) = line
                .split_once(':')
                .ok_or_else(|| error("expected `value: entry, entry`".into()))?;
            if class == Class::NotARateAfter {
                let words = spellings
                    .split(',')
                    .map(str::trim)
                    .filter(|w| !w.is_empty());
                lexicon.not_a_rate_after.extend(words.map(Box::from));
                continue;
            }
            for (k, spelling) in spellings.split(',').map(str::trim).enumerate() {
                let (spelling, latent) = match spelling.strip_suffix('?') {
                    Some(s) => (s, true),
                    None => (spelling, false),
                };
                // "year's" is two elements, as the text's tokens are: "year", then "'s".
                let words: Vec<&str> = spelling
                    .split(|c: char| c.is_whitespace() || c == '-')
                    .filter(|w| !w.is_empty())
                    .flat_map(|w| match w.strip_suffix(POSSESSIVE) {
                        Some(stem) if !stem.is_empty() => vec![stem, POSSESSIVE],
                        _ => vec![w],
                    })
                    .collect();
                // A dot or apostrophe inside an entry ("st. patrick's day", "presidents' day")
                // is passed over in the text, as a hyphen is.
                let last = words.len().saturating_sub(1);
                let words: Vec<&str> = words
                    .iter()
                    .enumerate()
                    .map(|(k, w)| match w.strip_suffix(['.', '\'']) {
                        Some(stem) if k < last && !stem.is_empty() => stem,
                        _ => w,
                    })
                    .collect();
                let Some((first, rest)) = words.split_first() else {
                    return Err(error("empty entry".into()));
                };
                let rest: Vec<u32> = rest.iter().map(|w| lexicon.intern(w)).collect();
                let id = u32::try_from(lexicon.entries.len()).unwrap_or(u32::MAX);
                lexicon.entries.push(Entry {
                    class,
                    value: value.trim().into(),
                    rest,
                    latent,
                    abbreviation: k > 0
                        && words.len() == 1
                        && matches!(class, Class::Month | Class::Weekday | Class::Unit),
                    capitalised: matches!(class, Class::Month | Class::Weekday | Class::Holiday),
                });
                let key = lexicon.intern(first);
                lexicon.starts[key as usize].push((id, false));
                if plural {
                    let key = lexicon.intern(&format!("{first}s"));
                    lexicon.starts[key as usize].push((id, true));
                }
            }
        }
        Ok(())
    }

    /// The second words (key ids modulo 64, as bits) of the entries of `classes` that start
    /// with `key`; `None` if `key` alone is such an entry.
    pub fn followers(&self, key: u32, classes: &[Class]) -> Option<u64> {
        let Some(index) = self.index.get(key as usize) else {
            return Some(0);
        };
        classes.iter().try_fold(0, |bits, &class| {
            (index.one_word & class.bit() == 0).then(|| bits | index.second_words[class as usize])
        })
    }

    /// The second words (key ids modulo 64, as bits) of the longer entries of `classes` that
    /// start with `key`, whether or not `key` alone is an entry too.
    pub fn second_words(&self, key: u32, classes: &[Class]) -> u64 {
        self.index.get(key as usize).map_or(0, |index| {
            classes
                .iter()
                .fold(0, |bits, &class| bits | index.second_words[class as usize])
        })
    }

    /// Groups each key's entries by class, keeping their order within a class, and notes
    /// what may follow the key.
    fn index_classes(&mut self) {
        let entries = &self.entries;
        let class_of = |e: u32| entries[e as usize].class as usize;
        self.index = self
            .starts
            .iter_mut()
            .map(|starts| {
                starts.sort_by_key(|&(e, _)| class_of(e));
                let mut index = KeyIndex::default();
                for (class, end) in index.ends.iter_mut().enumerate() {
                    let n = starts
                        .iter()
                        .filter(|&&(e, _)| class_of(e) <= class)
                        .count();
                    *end = u16::try_from(n).unwrap_or(u16::MAX);
                }
                for &(e, _) in starts.iter() {
                    let entry = &entries[e as usize];
                    match entry.rest.first() {
                        None => index.one_word |= entry.class.bit(),
                        Some(second) => {
                            index.second_words[entry.class as usize] |= 1 << (second % 64);
                        }
                    }
                }
                index
            })
            .collect();
        // Listed once here: the compiler asks for a class's keys for each of its variants.
        self.keys_by_class = vec![Vec::new(); CLASSES];
        for (key, index) in (0..).zip(&self.index) {
            for (class, keys) in self.keys_by_class.iter_mut().enumerate() {
                let from = class.checked_sub(1).map_or(0, |c| index.ends[c]);
                if index.ends[class] > from {
                    keys.push(key);
                }
            }
        }
    }

    /// Key ids whose word starts an entry of `class`.
    pub fn keys_of(&self, class: Class) -> &[u32] {
        &self.keys_by_class[class as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_ignores_case_and_knows_only_interned_words() {
        let mut lexicon = Lexicon::default();
        let may = lexicon.intern("may");
        let long = lexicon.intern("approximately");
        assert_eq!(lexicon.lookup(b"May"), Some(may));
        assert_eq!(lexicon.lookup(b"MAY"), Some(may));
        assert_eq!(lexicon.lookup(b"APPROXimately"), Some(long));
        assert_eq!(lexicon.lookup(b"ma"), None);
        assert_eq!(lexicon.lookup(b"mayor"), None);
        assert_eq!(lexicon.lookup("m\u{e4}y".as_bytes()), None);
        assert_eq!(lexicon.lookup("a".repeat(MAX_KEY + 1).as_bytes()), None);
    }
}
