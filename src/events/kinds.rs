//! The kind of happening a word names (`kind_of`: its `[same_kind]` group, its lemma or its
//! stem), and which sentences without a date may name an event of a kind already dated: most
//! of a text's sentences name none, and reading their words only to find that out was a large
//! part of extraction.
//!
//! A word is of kind `k` (see `kind_of`) when `k` is a base form of it, a stem of it, or the
//! first word of a `[same_kind]` group one of its base forms is in. Each base form and stem,
//! but for its last letter, begins the word: "denied" begins with "den" of "deny", "planning"
//! with "pla" of "plan". So a sentence in which no word begins with such a beginning names no
//! event of the kinds, and need not be read.

use super::detect::is_event_noun;
use super::words::{in_range, word_token, words};
use std::cell::RefCell;
use std::sync::OnceLock;

use super::{FastMap, FastSet, detect, sized, words};

/// The beginnings of the words of some kinds, by their first two letters.
pub(super) struct KindStarts<'k> {
    /// The kinds (those of ASCII words).
    kinds: FastSet<&'k str>,
    /// Slices of the kinds and of their groups' words: no copy of each for each text.
    by_first_two: FastMap<[u8; 2], Vec<&'k str>>,
    /// A bit for the two first letters of each beginning (see [`filter_bit`]): most words begin
    /// no beginning, and a bit tells so faster than the map.
    first_two: [u64; 16],
}

impl<'k> KindStarts<'k> {
    /// The beginnings of the words of `kinds`; `None` when some beginning is too short to tell
    /// anything (every sentence may then name one).
    pub(super) fn new(kinds: impl Iterator<Item = &'k str>) -> Option<Self> {
        let groups = words().same_kind();
        // Sized for the kinds at once: grown from empty, each text's two maps were rehashed.
        let n = kinds.size_hint().0;
        let mut seen: FastSet<&str> = FastSet::with_capacity_and_hasher(n, Default::default());
        let mut by_first_two: FastMap<[u8; 2], Vec<&'k str>> = sized(n);
        for kind in kinds {
            // A word of an ASCII sentence (the only ones left unread) has an ASCII kind.
            if !kind.is_ascii() || !seen.insert(kind) {
                continue;
            }
            let members = groups
                .iter()
                .filter(|g| g.first() == Some(&kind))
                .flatten()
                .copied();
            for word in std::iter::once(kind).chain(members) {
                let start = &word[..word.len().saturating_sub(1)];
                let &[a, b, ..] = start.as_bytes() else {
                    return None;
                };
                by_first_two.entry([a, b]).or_default().push(start);
            }
        }
        let mut first_two = [0; 16];
        for &pair in by_first_two.keys() {
            let bit = filter_bit(pair);
            first_two[bit >> 6] |= 1 << (bit & 63);
        }
        Some(Self {
            kinds: seen,
            by_first_two,
            first_two,
        })
    }

    /// Some word of `sentence` begins with a beginning of the kinds, or `sentence` is not all
    /// ASCII (its lower case may then differ from its words').
    #[cfg(test)]
    fn may_name(&self, sentence: &str) -> bool {
        self.any_start(sentence, |_| true)
    }

    /// Some word of `sentence` that begins with a beginning of the kinds is an event noun of
    /// one of them, or may be part of a longer word that is ("re-", "U.S.", "don't"); or
    /// `sentence` is not all ASCII. A sentence of none names no event of the kinds.
    pub(super) fn may_name_event(&self, sentence: &str) -> bool {
        self.any_start(sentence, |p| self.event_noun_at(sentence, p))
    }

    /// The word at byte `p` of the ASCII `sentence`, a letter or digit after none, is an event
    /// noun of one of the kinds, or goes on past a joining `-`, `.` or `'` (see
    /// `words::tokens`): the word the events read there may be longer.
    fn event_noun_at(&self, sentence: &str, p: usize) -> bool {
        let bytes = sentence.as_bytes();
        let end = p + bytes[p..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let joined = matches!(bytes.get(end), Some(b'-' | b'.' | b'\''))
            && bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric);
        if joined {
            return true;
        }
        let word = word_token(sentence, p..end);
        is_event_noun(&word) && with_kind(&word.lower, |kind| self.kinds.contains(kind))
    }

    /// Some word of `sentence` begins with a beginning of the kinds and `holds` at its first
    /// byte, or `sentence` is not all ASCII.
    fn any_start(&self, sentence: &str, holds: impl Fn(usize) -> bool) -> bool {
        if !sentence.is_ascii() {
            return true;
        }
        let bytes = sentence.as_bytes();
        // A word starts at a letter or digit after none; the starts of eight bytes are found
        // at once, as the high bits of a word whose byte before is none. A start on the last
        // byte begins nothing of two letters.
        // Past the filter's bit, tested first at each start without a call: most words begin
        // nothing.
        let may_begin = |p: usize| self.begins_at(&bytes[p..]) && holds(p);
        // The high bit of the byte before the block's first, when it is a letter or digit.
        let mut after_word = 0;
        let mut i = 0;
        while let Some(block) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
            let eight = u64::from_le_bytes(*block);
            // Folding capitals onto small letters maps no other ASCII byte into `a..=z`.
            let alnum =
                in_range(eight | 0x2020_2020_2020_2020, b'a', b'z') | in_range(eight, b'0', b'9');
            let mut starts = alnum & !(alnum << 8 | after_word);
            while starts != 0 {
                let p = i + (starts.trailing_zeros() / 8) as usize;
                if self.filter_passes(bytes, p) && may_begin(p) {
                    return true;
                }
                starts &= starts - 1;
            }
            after_word = alnum >> 56;
            i += 8;
        }
        let mut after = after_word != 0;
        for (p, b) in bytes.iter().enumerate().skip(i) {
            let in_word = b.is_ascii_alphanumeric();
            if in_word && !after && self.filter_passes(bytes, p) && may_begin(p) {
                return true;
            }
            after = in_word;
        }
        false
    }

    /// The two bytes of `bytes` from `p` have the bit of a beginning's first two letters.
    #[inline]
    fn filter_passes(&self, bytes: &[u8], p: usize) -> bool {
        // The bit of a capital is that of its small letter (see `filter_bit`).
        bytes.get(p..p + 2).is_some_and(|two| {
            let bit = filter_bit([two[0], two[1]]);
            self.first_two[bit >> 6] & 1 << (bit & 63) != 0
        })
    }

    /// `rest` (at least two bytes, past [`Self::filter_passes`]) begins with a beginning of
    /// the kinds.
    #[inline(never)]
    fn begins_at(&self, rest: &[u8]) -> bool {
        let first_two = [rest[0].to_ascii_lowercase(), rest[1].to_ascii_lowercase()];
        self.by_first_two.get(&first_two).is_some_and(|starts| {
            starts.iter().any(|s| {
                rest.get(..s.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(s.as_bytes()))
            })
        })
    }
}

/// One of 1024 bits for two letters: the last five bits of each, which tell the letters apart
/// (and are the same for a capital and its small letter).
fn filter_bit([a, b]: [u8; 2]) -> usize {
    usize::from(a & 31) << 5 | usize::from(b & 31)
}

/// How many words' kinds [`kind_of`] keeps: past that, it starts again (bounded memory).
const KINDS_KEPT: usize = 4096;

/// The kind of happening a word names: its `[same_kind]` group, else its lemma.
pub(super) fn kind_of(word: &str) -> String {
    // Copied as a string: `to_string` of a boxed string went through the formatter.
    with_kind(word, str::to_owned)
}

/// What `read` says of [`kind_of`]`(word)`, read in place: a test of the kind needs no copy
/// of it. `read` must not ask for a kind itself.
pub(super) fn with_kind<T>(word: &str, read: impl FnOnce(&str) -> T) -> T {
    // A text names the same few kinds again and again: each word's is found once (in a
    // thread's table), not by trying each of its lemma candidates every time.
    thread_local! {
        static FOUND: RefCell<FastMap<Box<str>, Box<str>>> = RefCell::new(FastMap::default());
    }
    FOUND.with_borrow_mut(|found| {
        if let Some(kind) = found.get(word) {
            return read(kind);
        }
        let kind = find_kind(word);
        if found.len() >= KINDS_KEPT {
            found.clear();
        }
        found.insert(word.into(), kind.as_str().into());
        read(&kind)
    })
}

/// [`kind_of`], found from the word lists.
fn find_kind(word: &str) -> String {
    // Each word's first group and whether it is an event word, built once: searching every
    // group per word was a hot spot, and one lookup a candidate answers both.
    static KNOWN: OnceLock<FastMap<&'static str, (Option<usize>, bool)>> = OnceLock::new();
    let groups = words::words().same_kind();
    let known = KNOWN.get_or_init(|| {
        let mut map: FastMap<&'static str, (Option<usize>, bool)> = FastMap::default();
        for (g, group) in groups.iter().enumerate() {
            for &w in group {
                map.entry(w).or_default().0.get_or_insert(g);
            }
        }
        let lists = words::words().lists();
        for list in [words::EVENT_VERBS, words::EVENT_NOUNS] {
            for &w in &lists[list as usize] {
                map.entry(w).or_default().1 = true;
            }
        }
        map
    });
    let (mut group, mut listed) = (None::<usize>, None);
    detect::each_lemma_candidate(word, |lemma| {
        let Some(&(first, event_word)) = known.get(lemma) else {
            return;
        };
        if let Some(g) = first {
            group = Some(group.map_or(g, |m| m.min(g)));
        }
        if listed.is_none() && event_word {
            listed = Some(lemma.to_string());
        }
    });
    match (group, listed) {
        (Some(g), _) => groups[g][0].to_string(),
        (None, Some(lemma)) => lemma,
        (None, None) => stem(word).to_string(),
    }
}

/// What the forms of an unlisted word share, so that a verb and its noun are of one kind:
/// "rescued" and "rescue" → "rescu", "introduced" and "introduction" → "introduc",
/// "announcement" → "announc". Never shorter than four letters.
pub(super) fn stem(word: &str) -> &str {
    let mut stem = word;
    for endings in [
        &["tion", "sion", "ment"][..],
        &["ing", "ed", "es", "s"],
        &["e"],
    ] {
        if let Some(shorter) = endings
            .iter()
            .find_map(|e| stem.strip_suffix(e))
            .filter(|s| s.len() >= 4)
        {
            stem = shorter;
        }
    }
    // "kidnapped" and "kidnap".
    if let Some(single) =
        words::undoubled(stem).filter(|s| s.len() >= 4 && !s.ends_with(['s', 'l', 'e']))
    {
        stem = single;
    }
    stem
}

#[cfg(test)]
mod tests {
    use super::super::kind_of;
    use super::*;

    #[test]
    fn a_sentence_names_a_kind_only_with_a_word_of_it() {
        let kinds = ["deny", "plan", "rescu"];
        let starts = KindStarts::new(kinds.into_iter()).expect("long enough");
        for sentence in [
            "He Denied it.",
            "the planning went on",
            "after the rescue",
            "Ça planned",
        ] {
            assert!(starts.may_name(sentence), "{sentence}");
        }
        for sentence in ["He said so.", "the plot", "a dog", "re-scu"] {
            assert!(!starts.may_name(sentence), "{sentence}");
        }
        assert!(KindStarts::new(["go"].into_iter()).is_none());
    }

    #[test]
    fn a_sentence_names_an_event_of_a_kind_only_with_an_event_noun_of_it() {
        let kinds = [kind_of("talks"), kind_of("rescue")];
        let starts = KindStarts::new(kinds.iter().map(String::as_str)).expect("long enough");
        // An event noun of the kinds, or a word that goes on past a joiner ("re-talks" is
        // one word to the events).
        for sentence in [
            "The talks went on.",
            "after the TALKS",
            "the re-talks",
            "talk.rescue",
            "Ça talks",
        ] {
            assert!(starts.may_name_event(sentence), "{sentence}");
        }
        // A word that begins as one of the kinds but is no event noun of them.
        for sentence in [
            "He talked to them.",
            "a tall man",
            "rescuers came",
            "talks.",
        ] {
            assert_eq!(
                starts.may_name_event(sentence),
                sentence == "talks.",
                "{sentence}"
            );
        }
    }

    /// The test of each byte in turn that eight at a time stands for.
    fn may_name_byte_by_byte(starts: &KindStarts, sentence: &str) -> bool {
        let bytes = sentence.as_bytes();
        !sentence.is_ascii()
            || (0..bytes.len().saturating_sub(1)).any(|p| {
                bytes[p].is_ascii_alphanumeric()
                    && (p == 0 || !bytes[p - 1].is_ascii_alphanumeric())
                    && starts.begins_at(&bytes[p..])
            })
    }

    #[test]
    fn words_are_found_eight_bytes_at_a_time_as_one_by_one() {
        let starts = KindStarts::new(["deny", "plan", "talks"].into_iter()).expect("long enough");
        let words = [
            "de", "Den", "xden", "9den", "pla", "PLAN", "ta", "tal", "[ta", "@pl", "`de",
        ];
        let mut sentences = Vec::new();
        for word in words {
            for at in 0..18 {
                for before in [" ", "a", "7", "-", "{", "Z"] {
                    let lead = format!("{}{before}", "x".repeat(at));
                    sentences.push(format!("{lead}{word}"));
                    sentences.push(format!("{lead}{word} and more words"));
                }
            }
        }
        sentences.extend(["d", "", "de", " de", "Ça planned"].map(String::from));
        for sentence in &sentences {
            assert_eq!(
                starts.may_name(sentence),
                may_name_byte_by_byte(&starts, sentence),
                "{sentence:?}"
            );
        }
        assert!(sentences.iter().any(|s| starts.may_name(s)));
        assert!(sentences.iter().any(|s| !starts.may_name(s)));
    }

    /// Every word of a kind begins with one of its beginnings.
    #[test]
    fn words_begin_with_the_beginnings_of_their_kind() {
        for word in [
            "denied",
            "tries",
            "planning",
            "kidnapped",
            "rescued",
            "talks",
            "attack",
            "war",
        ] {
            let kind = kind_of(word);
            let starts = KindStarts::new([kind.as_str()].into_iter());
            assert!(
                starts.is_none_or(|s| s.may_name(word)),
                "{word} of kind {kind}"
            );
        }
    }
}
