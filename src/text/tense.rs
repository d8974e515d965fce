//! The tense around a temporal expression, read from the verbs of its clause: it decides
//! which Monday "Monday" is, and which March "in March" is.
//!
//! The cue words are data (`data/rules/tense.txt`). Each cue near the expression gets a cost:
//! its distance in tokens, more for each clause boundary between them and for a weak cue (a
//! guess). The cheapest cue wins, so the verb of the expression's own clause decides, not the
//! "said" of the sentence around it ("could come as early as Tuesday, Castro said").

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

use super::sentences::is_abbreviation_word;
use super::{DataLine, Token, TokenKind, data_lines, lowercase_chunk};

/// The tense around an expression, as far as the tagger can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tense {
    Past,
    Present,
    Future,
    #[default]
    Unknown,
}

impl Tense {
    #[must_use]
    pub fn is_future(self) -> bool {
        self == Self::Future
    }
}

const CUES: &str = include_str!("../../data/rules/tense.txt");

/// How far from an expression cues are looked for, in tokens, within its sentence.
const WINDOW: usize = 20;
/// Extra cost of a cue across a clause boundary (a comma, a colon, a dash).
const CLAUSE_COST: usize = 8;
/// Extra cost of a weak cue: a modal, or a regular "-ed" word that may be an adjective.
const GUESS_COST: usize = 10;
/// A cue costing more is too far to say anything.
const MAX_COST: usize = 24;
/// Longest word looked at as a cue, in bytes.
const CUE_LEN: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Future,
    Past,
    PastIntent,
    Present,
    Modal,
    Deadline,
    PastAux,
    Clause,
    Neutral,
    /// Not cues: prepositions that open a date's phrase (see `tense.txt`).
    DatePrepositions,
    /// Not cues: words between a deadline and its expression (see `tense.txt`).
    DeadlineGap,
}

/// What a token says about the tense of an expression near it.
enum Signal {
    /// A clause boundary: cues beyond it belong to another verb and cost more.
    Boundary,
    /// A tense, and whether it is only a guess.
    Cue(Tense, bool),
}

/// The cue lists, keyed by their first word ([`Lower::key`]); longer entries first.
#[derive(Debug, Default)]
struct Cues {
    by_first: HashMap<u128, Vec<Entry>, BuildHasherDefault<WordHasher>>,
    /// For each first letter, the lengths (as bits) of the first words starting with it: most
    /// words are ruled out by this before they are lower-cased and hashed.
    shapes: [u16; 26],
    /// The words of `[date_prepositions]` and `[deadline_gap]`, by [`Lower::key`]: a few
    /// words, each looked up apart from the cues.
    date_prepositions: Vec<u128>,
    deadline_gap: Vec<u128>,
}

/// The words of an entry after its first, and its section.
type Entry = (Vec<String>, Section);

/// A cue word is looked up for most tokens near an expression: one multiply hashes it.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u128(u128::from(self.0) << 8 | u128::from(b));
        }
    }

    fn write_u128(&mut self, word: u128) {
        #[expect(
            clippy::cast_possible_truncation,
            reason = "the low half of the word, on purpose"
        )]
        let mixed = ((word as u64) ^ ((word >> 64) as u64).rotate_left(32))
            .wrapping_mul(0x9e37_79b9_7f4a_7c15);
        // The table takes its slot from the low bits: fold the well-mixed high ones in.
        self.0 = mixed ^ mixed >> 32;
    }
}

impl Cues {
    fn parse(source: &str) -> Result<Self, String> {
        let mut cues = Self::default();
        let mut section = None;
        for (number, line) in data_lines(source) {
            let line = match line {
                DataLine::Entries(line) => line,
                DataLine::Section(name) => {
                    section = Some(match name {
                        "future" => Section::Future,
                        "past" | "past_irregular" => Section::Past,
                        "past_intent" => Section::PastIntent,
                        "present" => Section::Present,
                        "modal" => Section::Modal,
                        "deadline" => Section::Deadline,
                        "past_aux" => Section::PastAux,
                        "clause" => Section::Clause,
                        "neutral" => Section::Neutral,
                        "date_prepositions" => Section::DatePrepositions,
                        "deadline_gap" => Section::DeadlineGap,
                        // Example sentences, run as tests.
                        "examples" => break,
                        _ => return Err(format!("line {number}: unknown section [{name}]")),
                    });
                    continue;
                }
            };
            let section =
                section.ok_or_else(|| format!("line {number}: an entry before any [section]"))?;
            for entry in line.split(',').map(str::trim).filter(|e| !e.is_empty()) {
                let words: Vec<String> = entry.split_whitespace().map(str::to_string).collect();
                if words
                    .iter()
                    .any(|w| w.len() > CUE_LEN || !w.bytes().all(|b| b.is_ascii_lowercase()))
                {
                    return Err(format!(
                        "line {number}: {entry:?} must be words of lower-case letters, at most {CUE_LEN} each"
                    ));
                }
                let first = words[0].as_bytes();
                let key = Lower::of(first, &(0..first.len())).key();
                let single = match section {
                    Section::DatePrepositions => Some(&mut cues.date_prepositions),
                    Section::DeadlineGap => Some(&mut cues.deadline_gap),
                    _ => None,
                };
                if let Some(list) = single {
                    if words.len() > 1 || list.contains(&key) {
                        return Err(format!("line {number}: {entry:?} must be one word, once"));
                    }
                    list.push(key);
                    continue;
                }
                cues.shapes[usize::from(first[0] - b'a')] |= 1 << first.len();
                let list = cues.by_first.entry(key).or_default();
                if list.iter().any(|(w, s)| *w == words[1..] && *s == section) {
                    return Err(format!("line {number}: {entry:?} is listed twice"));
                }
                list.push((words[1..].to_vec(), section));
            }
        }
        for list in cues.by_first.values_mut() {
            list.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
        Ok(cues)
    }

    fn is_past_aux(&self, word: &Lower) -> bool {
        self.by_first.get(&word.key()).is_some_and(|list| {
            list.iter()
                .any(|(rest, s)| rest.is_empty() && *s == Section::PastAux)
        })
    }

    /// `word` opens a date's phrase: "on", "in", "at".
    fn is_date_preposition(&self, word: Option<Lower>) -> bool {
        word.is_some_and(|w| self.date_prepositions.contains(&w.key()))
    }

    fn get() -> &'static Self {
        static PARSED: OnceLock<Cues> = OnceLock::new();
        PARSED.get_or_init(|| Self::parse(CUES).unwrap_or_else(|e| panic!("tense.txt: {e}")))
    }
}

/// The words of a sentence, lower-cased, with what separates them.
struct Words<'t> {
    text: &'t str,
    tokens: &'t [Token],
}

impl Words<'_> {
    /// The lower-cased word at token `i`, if it is a short word.
    fn lower(&self, i: usize) -> Option<Lower> {
        let token = self.tokens.get(i)?;
        (token.kind == TokenKind::Word && token.span.len() <= CUE_LEN)
            .then(|| Lower::of(self.text.as_bytes(), &token.span))
    }

    fn punct(&self, i: usize) -> Option<&str> {
        let token = self.tokens.get(i)?;
        (token.kind == TokenKind::Punct).then(|| &self.text[token.span.clone()])
    }

    /// A sentence ends at "." "!" "?" ";", but not at the dot of "Sept." or "Mr.".
    // Inlined, a word answers at once: asked of each token of a window around a date.
    #[inline]
    fn ends_sentence(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct)
            && self.mark_ends_sentence(i)
    }

    /// [`Self::ends_sentence`] of a mark.
    fn mark_ends_sentence(&self, i: usize) -> bool {
        match self.punct(i) {
            Some("!" | "?" | ";") => true,
            Some(".") => {
                let abbreviation = i > 0
                    && self.tokens[i].joined
                    && is_abbreviation_word(&self.text[self.tokens[i - 1].span.clone()]);
                !abbreviation
            }
            _ => false,
        }
    }

    // Inlined, a word answers at once: asked of each token of a window around a date.
    #[inline(always)]
    fn is_clause_boundary(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct)
            && self.mark_is_boundary(i)
    }

    /// [`Self::is_clause_boundary`] of a mark.
    fn mark_is_boundary(&self, i: usize) -> bool {
        matches!(
            self.punct(i),
            Some("," | ":" | "(" | ")" | "\u{2014}" | "\u{2013}")
        ) || (self.punct(i) == Some("-") && self.punct(i + 1).is_some_and(|p| p == "-"))
    }

    /// The cue entry starting at token `i` (the longest), and the token after it.
    fn cue_at(&self, i: usize) -> Option<(Section, usize)> {
        let cues = Cues::get();
        let token = self.tokens.get(i)?;
        let letter = self.text.as_bytes()[token.span.start].to_ascii_lowercase();
        let shapes = letter
            .checked_sub(b'a')
            .and_then(|l| cues.shapes.get(usize::from(l)))?;
        if shapes >> token.span.len().min(15) & 1 == 0 {
            return None;
        }
        if token.kind != TokenKind::Word || token.span.len() > CUE_LEN {
            return None;
        }
        // The key of the lower-cased word ([`Lower::key`]), without copying the word.
        let text = self.text.as_bytes();
        let key = u128::from(lowercase_chunk(text, &token.span, 0))
            | u128::from(lowercase_chunk(text, &token.span, 1)) << 64;
        let list = cues.by_first.get(&key)?;
        list.iter().find_map(|(rest, section)| {
            // Compared as written, in any case: no lower-cased copy of each word.
            let all = rest.iter().enumerate().all(|(k, word)| {
                self.tokens.get(i + 1 + k).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && self.text.as_bytes()[t.span.clone()]
                            .eq_ignore_ascii_case(word.as_bytes())
                })
            });
            all.then_some((*section, i + 1 + rest.len()))
        })
    }

    /// What token `i` signals; `after` says whether it follows the expression, which starts
    /// at token `expression`.
    fn signal_at(&self, i: usize, after: bool, expression: usize) -> Option<Signal> {
        if self.is_clause_boundary(i) {
            return Some(Signal::Boundary);
        }
        // Looked at only when needed: most words near an expression are no cue.
        let previous = || i.checked_sub(1).and_then(|p| self.lower(p));
        let after_be = || {
            matches!(
                previous().as_deref(),
                Some(b"be" | b"been" | b"being" | b"is" | b"are" | b"am" | b"to")
            )
        };
        match self.cue_at(i) {
            // "made it difficult to meet demand into the summer": an infinitive takes the
            // tense of the verb it completes.
            Some((Section::Future, next))
                if next == i + 1 && previous().as_deref() == Some(b"to") =>
            {
                None
            }
            Some((Section::Future, _)) => Some(Signal::Cue(Tense::Future, false)),
            Some((Section::Present, _)) => Some(Signal::Cue(Tense::Present, false)),
            Some((Section::PastIntent, _)) => Some(Signal::Cue(
                if after { Tense::Past } else { Tense::Future },
                false,
            )),
            Some((Section::Modal, next)) => {
                let have = self.lower(next).is_some_and(|w| &*w == b"have");
                Some(Signal::Cue(
                    if have { Tense::Past } else { Tense::Future },
                    true,
                ))
            }
            // "will be paid", "to be held": a participle; the auxiliary further left decides.
            Some((Section::Past, _)) if self.tokens[i].span.len() > 3 && after_be() => None,
            Some((Section::Past | Section::PastAux, _)) => Some(Signal::Cue(Tense::Past, false)),
            Some((Section::Clause, _)) => Some(Signal::Boundary),
            Some((
                Section::Deadline
                | Section::Neutral
                | Section::DatePrepositions
                | Section::DeadlineGap,
                _,
            )) => None,
            // A regular past form, unless it is a passive or perfect participle.
            None if self.is_regular_past(i) => {
                let participle =
                    after_be() || matches!(previous().as_deref(), Some(b"will" | b"has" | b"have"));
                // "the boy, freed on March 3, has": dated by a preposition right after it,
                // the form tells a deed done then, no adjective's state.
                let dated = !after
                    && Cues::get()
                        .is_date_preposition(self.lower(i + 1))
                        .then_some(i + 2)
                        == Some(expression);
                (!participle).then_some(Signal::Cue(Tense::Past, !dated))
            }
            None => None,
        }
    }

    /// A lower-case word of five letters or more ending in "ed" ("rolled", not "United").
    fn is_regular_past(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        let word = self.text[token.span.clone()].as_bytes();
        token.kind == TokenKind::Word
            && word.len() > 4
            && word[word.len() - 2..].eq_ignore_ascii_case(b"ed")
            && !word[0].is_ascii_uppercase()
    }

    /// Whether a deadline word ("until", "by", "as soon as") ends right before token `at`,
    /// skipping the words of `[deadline_gap]` ("due on").
    fn deadline_before(&self, at: usize) -> bool {
        let mut end = at;
        let gap = &Cues::get().deadline_gap;
        while end > 0 && self.lower(end - 1).is_some_and(|w| gap.contains(&w.key())) {
            end -= 1;
        }
        (end.saturating_sub(3)..end).any(|i| {
            self.cue_at(i)
                .is_some_and(|(s, next)| s == Section::Deadline && next == end)
        })
    }
}

/// The tense around the expression in tokens `at`: the cheapest cue of its sentence.
#[must_use]
pub fn tense_around(text: &str, tokens: &[Token], at: Range<usize>) -> Tense {
    let words = Words { text, tokens };
    let mut start = at.start;
    while start > 0 && at.start - start < WINDOW && !words.ends_sentence(start - 1) {
        start -= 1;
    }
    let mut end = at.end;
    while end < tokens.len() && end - at.end < WINDOW && !words.ends_sentence(end) {
        end += 1;
    }
    // The clause of the expression: its boundaries left and right.
    let clause_start = (start..at.start)
        .rev()
        .find(|&i| words.is_clause_boundary(i))
        .map_or(start, |i| i + 1);
    // "On Tuesday, the king met": an expression opening its clause belongs to the next one.
    let opens_clause = at.start - clause_start <= 2
        && at.end < end
        && words.punct(at.end) == Some(",")
        && (clause_start == start || words.punct(clause_start - 1) == Some(","));

    if words.deadline_before(at.start) {
        // A deadline lies ahead, unless its clause is in the past perfect or past
        // ("had sent letters by Tuesday", "Until Monday, they had not named him").
        let clause = if opens_clause {
            at.end + 1
                ..(at.end + 1..end)
                    .find(|&i| words.is_clause_boundary(i))
                    .unwrap_or(end)
        } else {
            clause_start..at.start
        };
        let past = clause
            .into_iter()
            .any(|i| words.lower(i).is_some_and(|w| Cues::get().is_past_aux(&w)));
        return if past { Tense::Past } else { Tense::Future };
    }

    // "announced on [Wednesday] plans to close": the preposition that opens the date's phrase
    // is part of the phrase, so the word right before it is as near as the word right after
    // it (a cue further back keeps its distance).
    let opened = at.start > 0 && Cues::get().is_date_preposition(words.lower(at.start - 1));
    let mut best = Cheapest::default();
    let mut boundaries = 0;
    for i in (start..at.start).rev() {
        let distance = at.start - i - usize::from(opened && i + 2 == at.start);
        if !best.may_beat(distance) {
            break;
        }
        match words.signal_at(i, false, at.start) {
            Some(Signal::Boundary) => boundaries += 1,
            Some(Signal::Cue(tense, guess)) => best.offer(distance, boundaries, guess, tense),
            None => {}
        }
    }
    let mut boundaries = 0;
    for i in at.end..end {
        if !best.may_beat(i + 1 - at.end) {
            break;
        }
        match words.signal_at(i, true, at.start) {
            Some(Signal::Boundary) if !(opens_clause && i == at.end) => boundaries += 1,
            Some(Signal::Boundary) | None => {}
            Some(Signal::Cue(tense, guess)) => best.offer(i + 1 - at.end, boundaries, guess, tense),
        }
    }
    best.found.map_or(Tense::Unknown, |(_, tense)| tense)
}

/// The cheapest cue so far and its cost.
#[derive(Default)]
struct Cheapest {
    found: Option<(usize, Tense)>,
}

impl Cheapest {
    fn offer(&mut self, distance: usize, boundaries: usize, guess: bool, tense: Tense) {
        let cost = distance + CLAUSE_COST * boundaries + GUESS_COST * usize::from(guess);
        if cost <= MAX_COST && self.may_beat(cost) {
            self.found = Some((cost, tense));
        }
    }

    /// A cue costs at least its distance: past the cheapest so far, nothing can win.
    fn may_beat(&self, cost: usize) -> bool {
        self.found.is_none_or(|(best, _)| cost < best)
    }
}

/// A short word in lower case, on the stack: cues are looked for around every expression, so
/// no allocation per word.
struct Lower {
    /// The word, then zeros.
    bytes: [u8; 16],
    len: usize,
}

impl Lower {
    /// The word at `span` of `text`, at most [`CUE_LEN`] bytes long.
    fn of(text: &[u8], span: &Range<usize>) -> Self {
        const { assert!(CUE_LEN <= 16) };
        let mut bytes = [0; 16];
        bytes[..8].copy_from_slice(&lowercase_chunk(text, span, 0).to_le_bytes());
        bytes[8..].copy_from_slice(&lowercase_chunk(text, span, 1).to_le_bytes());
        Self {
            bytes,
            len: span.len(),
        }
    }

    /// The word as one number, the same for the same word (letters only: no zero byte).
    fn key(&self) -> u128 {
        u128::from_le_bytes(self.bytes)
    }
}

impl std::ops::Deref for Lower {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `tense: sentence` line of the `[examples]` section, with the expression in
    /// brackets, gives that tense.
    #[test]
    fn examples_in_the_cue_file() {
        let examples = CUES.split_once("[examples]").map_or("", |(_, e)| e);
        let mut count = 0;
        for line in examples.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (expected, sentence) = line.split_once(": ").expect("`tense: sentence`");
            let start = sentence.find('[').expect("[expression]");
            let end = sentence.find(']').expect("[expression]") - 1;
            let text = sentence.replace(['[', ']'], "");
            let tokens = crate::text::tokens(&text);
            let first = tokens.iter().position(|t| t.span.start >= start).unwrap();
            let last = tokens.iter().rposition(|t| t.span.end <= end).unwrap();
            let tense = tense_around(&text, &tokens, first..last + 1);
            assert_eq!(format!("{tense:?}").to_lowercase(), expected, "{sentence}");
            count += 1;
        }
        assert!(count >= 20, "only {count} examples");
    }

    #[test]
    fn bad_cue_files_are_rejected() {
        assert!(
            Cues::parse("will")
                .unwrap_err()
                .contains("before any [section]")
        );
        assert!(
            Cues::parse("[futur]")
                .unwrap_err()
                .contains("unknown section")
        );
        for bad in ["[past]\nWas", "[future]\n'll"] {
            assert!(Cues::parse(bad).unwrap_err().contains("lower-case letters"));
        }
        assert!(
            Cues::parse("[past]\nwas, was")
                .unwrap_err()
                .contains("listed twice")
        );
    }
}
