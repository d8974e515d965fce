//! Word lists (`data/rules/words.txt`) compiled into one hash table keyed by the lower-case
//! first word of each entry, so that each token is looked up once.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::RuleError;

/// FNV-1a: short keys, no need for a DoS-resistant hash, and fast.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

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
    Direction,
    Modifier,
    NotAYearBefore,
    NotTemporal,
    LatentCue,
}

impl Class {
    /// This class as one bit of a set of classes.
    #[must_use]
    pub fn bit(self) -> u32 {
        1 << (self as u32)
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
            "direction" => Self::Direction,
            "modifier" => Self::Modifier,
            "not_a_year_before" => Self::NotAYearBefore,
            "not_temporal" => Self::NotTemporal,
            "latent_cue" => Self::LatentCue,
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
    /// The class only counts when capitalised (months, day names).
    pub capitalised: bool,
}

/// All words the tagger knows, each with the entries it starts.
#[derive(Debug, Default)]
pub struct Lexicon {
    keys: FastMap<Box<str>, u32>,
    /// Per key id: (entry id, matched through a plural "s").
    pub starts: Vec<Vec<(u32, bool)>>,
    pub entries: Vec<Entry>,
}

/// Longest key worth looking up; longer words are never temporal.
pub const MAX_KEY: usize = 24;

impl Lexicon {
    /// The key id of a lower-case word, adding it if new.
    pub fn intern(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.keys.get(word) {
            return id;
        }
        let id = u32::try_from(self.starts.len()).unwrap_or(u32::MAX);
        self.keys.insert(word.into(), id);
        self.starts.push(Vec::new());
        id
    }

    /// The key id of a word as written in the text (any case), if the tagger knows it.
    pub fn lookup(&self, word: &str) -> Option<u32> {
        if word.len() > MAX_KEY {
            return None;
        }
        // Most words of a text are already in lower case: no copy needed.
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return self.keys.get(word).copied();
        }
        let mut buf = [0u8; MAX_KEY];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        let lower = std::str::from_utf8(lower).ok()?;
        self.keys.get(lower).copied()
    }

    /// Reads `words.txt`.
    pub fn parse(source: &str) -> Result<Self, RuleError> {
        let mut lexicon = Self::default();
        let mut class = None;
        let mut plural = false;
        for (n, raw) in source.lines().enumerate() {
            let line = raw.trim();
            let error = |message: String| RuleError {
                file: "words.txt",
                line: n + 1,
                message,
            };
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                let mut parts = header.split_whitespace();
                let name = parts.next().unwrap_or("");
                class = Some(
                    Class::from_name(name)
                        .ok_or_else(|| error(format!("unknown class `{name}`")))?,
                );
                plural = parts.any(|p| p == "plural");
                continue;
            }
            let class = class.ok_or_else(|| error("entry before any `[class]`".into()))?;
            let (value, spellings) = line
                .split_once(':')
                .ok_or_else(|| error("expected `value: entry, entry`".into()))?;
            for (k, spelling) in spellings.split(',').map(str::trim).enumerate() {
                let (spelling, latent) = match spelling.strip_suffix('?') {
                    Some(s) => (s, true),
                    None => (spelling, false),
                };
                let words: Vec<&str> = spelling
                    .split(|c: char| c.is_whitespace() || c == '-')
                    .filter(|w| !w.is_empty())
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
                    capitalised: matches!(class, Class::Month | Class::Weekday),
                });
                let key = lexicon.intern(first);
                lexicon.starts[key as usize].push((id, false));
                if plural {
                    let key = lexicon.intern(&format!("{first}s"));
                    lexicon.starts[key as usize].push((id, true));
                }
            }
        }
        Ok(lexicon)
    }

    /// Key ids whose word starts an entry of `class`.
    pub fn keys_of(&self, class: Class) -> Vec<u32> {
        (0..self.starts.len())
            .filter(|&k| {
                self.starts[k]
                    .iter()
                    .any(|&(e, _)| self.entries[e as usize].class == class)
            })
            .filter_map(|k| u32::try_from(k).ok())
            .collect()
    }
}
