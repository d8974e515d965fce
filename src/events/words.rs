//! The words of a sentence as byte spans, and the word lists that event detection, linking,
//! titles and status read. The lists are data (`data/rules/events.txt`, and the irregular past
//! forms that the tense cues of `data/rules/tense.txt` share), read once, each kept sorted so
//! that lookups are binary searches.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::{Deref, Range};
use std::sync::OnceLock;

use arrayvec::ArrayString;

use crate::text::{DataLine, data_lines};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits, with inner hyphens, apostrophes and the dots of initials ("U.S.").
    Word,
    /// The possessive ending `'s` / `’s` (or a lone `'` after a plural).
    Possessive,
    /// Any other visible character.
    Punct,
}

/// One token of a text: where it is and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Range<usize>,
    pub kind: TokenKind,
    /// The token in lower case, for the word lists.
    pub lower: Lower,
    /// Starts with an upper-case letter.
    pub capitalized: bool,
    /// Two or more letters, all upper case: an acronym such as "APEC".
    pub all_caps: bool,
    /// The lists `lower` is in, one bit per [`List`], looked up once: the detector, linker
    /// and chunker ask about every token several times.
    lists: u64,
}

impl Token {
    #[must_use]
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// The token's lower-case form is in `list`: [`is_in`] without the lookup.
    #[must_use]
    pub fn is(&self, list: List) -> bool {
        self.lists & (1 << list as u64) != 0
    }
}

/// A token in lower case, on the stack unless it is longer than a word usually is: most tokens
/// of a text are short, and a heap copy each was a tenth of the extraction's time.
#[derive(Debug, Clone)]
pub enum Lower {
    Short(ArrayString<SHORT_WORD>),
    Long(Box<str>),
}

/// The longest word a [`Lower`] holds on the stack, in bytes.
const SHORT_WORD: usize = 24;

impl Lower {
    fn new(lower: &str) -> Self {
        ArrayString::from(lower).map_or_else(|_| Self::Long(lower.into()), Self::Short)
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Short(word) => word,
            Self::Long(word) => word,
        }
    }
}

impl Deref for Lower {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Lower {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Lower {}

impl PartialEq<str> for Lower {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// What a character of a tagger token is to the event words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A run of letters and digits (of any script).
    Alnum,
    /// `-` or `.`, which join letters and digits on both sides.
    Joiner,
    /// `'` or `’`.
    Apostrophe,
    Other,
}

/// A run of letters and digits, or one other character, with no space before it when joined.
#[derive(Debug, Clone)]
struct Atom {
    span: Range<usize>,
    class: Class,
    joined: bool,
}

/// Cuts `text[range]` into tokens whose spans index `text`: the tagger's tokens
/// ([`crate::text::tokens`]), grouped into the words events read. Letters and digits joined
/// by `-`, `.` or an apostrophe are one word ("don't", "U.S.", "30-year", "1990s"); the
/// possessive `'s` is a token of its own; a number's `,` `:` and `/` are punctuation.
#[must_use]
pub fn tokens(text: &str, range: Range<usize>) -> Vec<Token> {
    let offset = range.start;
    let tagger_tokens = crate::text::tokens(&text[range]);
    let mut out = Vec::with_capacity(tagger_tokens.len());
    let mut atoms = Vec::new();
    // Whitespace separates words: each run of tagger tokens with none between is grouped on
    // its own, and most runs are one word of ASCII letters or digits, a token as it is.
    let mut start = 0;
    while let Some(first) = tagger_tokens.get(start) {
        let end = start
            + 1
            + tagger_tokens[start + 1..]
                .iter()
                .take_while(|t| t.joined)
                .count();
        let span = offset + first.span.start..offset + first.span.end;
        if end == start + 1
            && text.as_bytes()[span.clone()]
                .iter()
                .all(u8::is_ascii_alphanumeric)
        {
            out.push(make(text, span, TokenKind::Word));
        } else {
            atoms.clear();
            add_atoms(text, offset, &tagger_tokens[start..end], &mut atoms);
            group(text, &atoms, &mut out);
        }
        start = end;
    }
    out
}

/// Groups `atoms` (see [`add_atoms`]) into tokens, added to `out`.
fn group(text: &str, atoms: &[Atom], out: &mut Vec<Token>) {
    let alnum = |k: usize| {
        atoms
            .get(k)
            .is_some_and(|a| a.joined && a.class == Class::Alnum)
    };
    // `atoms[k]` is "s" with no letter or digit after it: a possessive's.
    let lone_s =
        |k: usize| alnum(k) && matches!(&text[atoms[k].span.clone()], "s" | "S") && !alnum(k + 1);
    let mut i = 0;
    while i < atoms.len() {
        let a = &atoms[i];
        if a.class == Class::Apostrophe
            && a.joined
            && i > 0
            && atoms[i - 1].class == Class::Alnum
            && lone_s(i + 1)
        {
            out.push(make(
                text,
                a.span.start..atoms[i + 1].span.end,
                TokenKind::Possessive,
            ));
            i += 2;
            continue;
        }
        if a.class != Class::Alnum {
            out.push(make(text, a.span.clone(), TokenKind::Punct));
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut dotted = false;
        while let Some(b) = atoms.get(j).filter(|b| b.joined) {
            let joins = match b.class {
                Class::Alnum => true,
                Class::Joiner => alnum(j + 1),
                // "don't", "O'Brien"; but not the possessive "'s".
                Class::Apostrophe => alnum(j + 1) && !lone_s(j + 1),
                Class::Other => false,
            };
            if !joins {
                break;
            }
            dotted |= b.class == Class::Joiner && text[b.span.clone()] == *".";
            j += if b.class == Class::Alnum { 1 } else { 2 };
        }
        // The final dot of dotted initials belongs to the word: "U.S." and "a.m.".
        if dotted
            && atoms
                .get(j)
                .is_some_and(|b| b.joined && text[b.span.clone()] == *".")
        {
            j += 1;
        }
        out.push(make(
            text,
            a.span.start..atoms[j - 1].span.end,
            TokenKind::Word,
        ));
        i = j;
    }
}

/// `tagger_tokens` (of the piece of the text that starts at byte `offset`) cut into
/// [`Atom`]s, added to `atoms`: runs of letters and digits, and single other characters.
fn add_atoms(
    text: &str,
    offset: usize,
    tagger_tokens: &[crate::text::Token],
    atoms: &mut Vec<Atom>,
) {
    let mut joined = false;
    for token in tagger_tokens {
        let span = offset + token.span.start..offset + token.span.end;
        joined &= token.joined;
        // Most tokens are one run of ASCII letters or digits: one atom, as char by char below.
        if text.as_bytes()[span.clone()]
            .iter()
            .all(u8::is_ascii_alphanumeric)
        {
            match atoms.last_mut() {
                Some(last) if joined && last.class == Class::Alnum => last.span.end = span.end,
                _ => atoms.push(Atom {
                    span,
                    class: Class::Alnum,
                    joined,
                }),
            }
            joined = true;
            continue;
        }
        for (at, c) in text[span.clone()].char_indices() {
            let at = span.start + at;
            let class = match c {
                // A vertical tab is whitespace here, as for `char::is_whitespace`.
                '\u{b}' => {
                    joined = false;
                    continue;
                }
                '-' | '.' => Class::Joiner,
                c if is_apostrophe(c) => Class::Apostrophe,
                c if c.is_alphanumeric() => Class::Alnum,
                _ => Class::Other,
            };
            match atoms.last_mut() {
                Some(last) if joined && class == Class::Alnum && last.class == Class::Alnum => {
                    last.span.end = at + c.len_utf8();
                }
                _ => atoms.push(Atom {
                    span: at..at + c.len_utf8(),
                    class,
                    joined,
                }),
            }
            joined = true;
        }
    }
}

fn make(text: &str, span: Range<usize>, kind: TokenKind) -> Token {
    let raw = &text[span.clone()];
    let (capitalized, all_caps, lower, lists) = if raw.is_ascii() {
        let bytes = raw.as_bytes();
        let capitalized = bytes[0].is_ascii_uppercase();
        let capitals = bytes.iter().filter(|b| b.is_ascii_uppercase()).count();
        let all_caps = capitals >= 2 && !bytes.iter().any(u8::is_ascii_lowercase);
        let (lower, lists) = ascii_lower(raw, capitals > 0);
        (capitalized, all_caps, lower, lists)
    } else {
        let capitalized = raw.chars().next().is_some_and(char::is_uppercase);
        let letters = raw.chars().filter(|c| c.is_alphabetic());
        let all_caps = letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase);
        let lower = Lower::new(&raw.to_lowercase());
        let lists = words().member.get(lower.as_str()).copied().unwrap_or(0);
        (capitalized, all_caps, lower, lists)
    };
    Token {
        all_caps,
        lists,
        lower,
        span,
        kind,
        capitalized,
    }
}

/// An ASCII token in lower case (lower-cased when it has `capitals`), and the lists it is in.
fn ascii_lower(raw: &str, capitals: bool) -> (Lower, u64) {
    let mut lower = Lower::new(raw);
    if capitals {
        match &mut lower {
            Lower::Short(word) => word.make_ascii_lowercase(),
            Lower::Long(word) => word.make_ascii_lowercase(),
        }
    }
    let lists = words().member.get(lower.as_str()).copied().unwrap_or(0);
    (lower, lists)
}

/// The event word lists, each named by a `[section]` of `data/rules/events.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Articles,
    Determiners,
    Prepositions,
    ClauseOpeners,
    Pronouns,
    Auxiliaries,
    VerbOpeners,
    PrepositionBeforeTo,
    VerbAdverbs,
    PeriodNouns,
    Copulas,
    TimeAdverbs,
    OtherFunctionWords,
    EventNouns,
    NotEvents,
    EventVerbs,
    IrregularPast,
    NotVerbForms,
    Particles,
    Offices,
    PlanWords,
    PlanBeforeTo,
    ReportWords,
    SayingVerbs,
    ReportVerbs,
    PassiveReportVerbs,
    OpinionVerbs,
    HedgedModals,
    ComparisonWords,
    FigureWords,
    PeriodEndVerbs,
    StativeVerbs,
    LinkingVerbs,
    ForecastVerbs,
    ResultWords,
}

pub const ARTICLES: List = List::Articles;
pub const DETERMINERS: List = List::Determiners;
pub const PREPOSITIONS: List = List::Prepositions;
pub const CLAUSE_OPENERS: List = List::ClauseOpeners;
pub const PRONOUNS: List = List::Pronouns;
pub const AUXILIARIES: List = List::Auxiliaries;
pub const VERB_OPENERS: List = List::VerbOpeners;
pub const PREPOSITION_BEFORE_TO: List = List::PrepositionBeforeTo;
pub const VERB_ADVERBS: List = List::VerbAdverbs;
pub const PERIOD_NOUNS: List = List::PeriodNouns;
pub const COPULAS: List = List::Copulas;
pub const TIME_ADVERBS: List = List::TimeAdverbs;
pub const OTHER_FUNCTION_WORDS: List = List::OtherFunctionWords;
pub const EVENT_NOUNS: List = List::EventNouns;
pub const NOT_EVENTS: List = List::NotEvents;
pub const EVENT_VERBS: List = List::EventVerbs;
pub const IRREGULAR_PAST: List = List::IrregularPast;
pub const NOT_VERB_FORMS: List = List::NotVerbForms;
pub const PARTICLES: List = List::Particles;
pub const OFFICES: List = List::Offices;
pub const PLAN_WORDS: List = List::PlanWords;
pub const PLAN_BEFORE_TO: List = List::PlanBeforeTo;
pub const REPORT_WORDS: List = List::ReportWords;
pub const SAYING_VERBS: List = List::SayingVerbs;
pub const REPORT_VERBS: List = List::ReportVerbs;
pub const PASSIVE_REPORT_VERBS: List = List::PassiveReportVerbs;
pub const OPINION_VERBS: List = List::OpinionVerbs;
pub const HEDGED_MODALS: List = List::HedgedModals;
pub const COMPARISON_WORDS: List = List::ComparisonWords;
pub const FIGURE_WORDS: List = List::FigureWords;
pub const PERIOD_END_VERBS: List = List::PeriodEndVerbs;
pub const STATIVE_VERBS: List = List::StativeVerbs;
pub const LINKING_VERBS: List = List::LinkingVerbs;
pub const FORECAST_VERBS: List = List::ForecastVerbs;
pub const RESULT_WORDS: List = List::ResultWords;

const EVENT_WORDS: &str = include_str!("../../data/rules/events.txt");
/// The tense cues, whose `[past_irregular]` section lists irregular past forms for both.
const TENSE_CUES: &str = include_str!("../../data/rules/tense.txt");

/// The lists read from the data, by [`List`], each sorted.
#[derive(Debug, Default)]
pub struct Words {
    lists: Vec<Vec<&'static str>>,
    same_kind: Vec<Vec<&'static str>>,
    /// For each listed word, the lists it is in, one bit per [`List`]: one hash lookup answers
    /// [`is_in`], which runs several times on every word of a text.
    member: HashMap<&'static str, u64, BuildHasherDefault<WordHasher>>,
}

// Each list is a bit of `Words::member`.
const _: () = assert!(List::COUNT <= 64);

/// A hasher for words: eight bytes at a time (a multiply and a rotation each, as rustc's
/// FxHash), since a word is hashed on every lookup and most are shorter than eight bytes.
#[derive(Default)]
pub(super) struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, chunk: u64) {
        self.0 = (self.0.rotate_left(5) ^ chunk).wrapping_mul(0xf135_7aea_2e62_a9c5);
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // The map takes its bucket from the low bits, which the multiplication mixes least.
        self.0.rotate_left(26)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut eight = [0; 8];
            eight.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(eight));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // Byte by byte: a copy of a slice this short costs a call.
            let chunk = rest
                .iter()
                .rev()
                .fold(0, |chunk, &b| chunk << 8 | u64::from(b));
            self.add(chunk);
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }
}

impl List {
    const COUNT: usize = List::ResultWords as usize + 1;

    fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "articles" => List::Articles,
            "determiners" => List::Determiners,
            "prepositions" => List::Prepositions,
            "clause_openers" => List::ClauseOpeners,
            "pronouns" => List::Pronouns,
            "auxiliaries" => List::Auxiliaries,
            "verb_openers" => List::VerbOpeners,
            "preposition_before_to" => List::PrepositionBeforeTo,
            "verb_adverbs" => List::VerbAdverbs,
            "period_nouns" => List::PeriodNouns,
            "copulas" => List::Copulas,
            "time_adverbs" => List::TimeAdverbs,
            "other_function_words" => List::OtherFunctionWords,
            "event_nouns" => List::EventNouns,
            "not_events" => List::NotEvents,
            "event_verbs" => List::EventVerbs,
            "irregular_past" => List::IrregularPast,
            "not_verb_forms" => List::NotVerbForms,
            "particles" => List::Particles,
            "offices" => List::Offices,
            "plan_words" => List::PlanWords,
            "plan_before_to" => List::PlanBeforeTo,
            "report_words" => List::ReportWords,
            "saying_verbs" => List::SayingVerbs,
            "report_verbs" => List::ReportVerbs,
            "passive_report_verbs" => List::PassiveReportVerbs,
            "opinion_verbs" => List::OpinionVerbs,
            "hedged_modals" => List::HedgedModals,
            "comparison_words" => List::ComparisonWords,
            "figure_words" => List::FigureWords,
            "period_end_verbs" => List::PeriodEndVerbs,
            "stative_verbs" => List::StativeVerbs,
            "linking_verbs" => List::LinkingVerbs,
            "forecast_verbs" => List::ForecastVerbs,
            "result_words" => List::ResultWords,
            _ => return None,
        })
    }
}

/// The word lists, read from the data on first use.
///
/// # Panics
/// If the bundled data is malformed, which the tests rule out.
pub fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = Words::parse(EVENT_WORDS).unwrap_or_else(|e| panic!("events.txt: {e}"));
        words.add_shared_past(TENSE_CUES);
        for (list, entries) in words.lists.iter().enumerate() {
            for &word in entries {
                *words.member.entry(word).or_default() |= 1 << list;
            }
        }
        words
    })
}

impl Words {
    /// Reads `[list]` sections of comma-separated words, `[same_kind]` groups one per line,
    /// and stops at `[examples]`.
    fn parse(source: &'static str) -> Result<Self, String> {
        let mut words = Self {
            lists: vec![Vec::new(); List::COUNT],
            same_kind: Vec::new(),
            member: HashMap::default(),
        };
        // `None` in `[same_kind]`.
        let mut section: Option<Option<List>> = None;
        for (number, line) in data_lines(source) {
            let line = match line {
                DataLine::Section(name) => {
                    section = Some(match name {
                        "same_kind" => None,
                        "examples" => break,
                        _ => Some(
                            List::from_name(name)
                                .ok_or_else(|| format!("line {number}: unknown list [{name}]"))?,
                        ),
                    });
                    continue;
                }
                DataLine::Entries(line) => line,
            };
            let section =
                section.ok_or_else(|| format!("line {number}: words before any [list]"))?;
            let entries: Vec<&'static str> = line
                .split(',')
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .collect();
            if let Some(bad) = entries
                .iter()
                .find(|w| !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'\''))
            {
                return Err(format!(
                    "line {number}: {bad:?} must be one lower-case word"
                ));
            }
            match section {
                Some(list) => words.lists[list as usize].extend(entries),
                None => words.same_kind.push(entries),
            }
        }
        for list in words.lists.iter_mut().chain(&mut words.same_kind) {
            list.sort_unstable();
        }
        Ok(words)
    }

    /// Adds the `[past_irregular]` forms of the tense cues to [`IRREGULAR_PAST`]: one list of
    /// irregular past forms for the tagger and the extractor.
    fn add_shared_past(&mut self, tense_cues: &'static str) {
        let section = tense_cues
            .split_once("[past_irregular]")
            .map_or("", |(_, rest)| {
                rest.split_once("\n[").map_or(rest, |(s, _)| s)
            });
        let past = &mut self.lists[IRREGULAR_PAST as usize];
        past.extend(
            section
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .flat_map(|l| l.split(','))
                .map(str::trim)
                .filter(|w| !w.is_empty()),
        );
        past.sort_unstable();
    }

    /// The groups of event nouns that name the same kind of happening, each sorted.
    #[must_use]
    pub fn same_kind(&self) -> &[Vec<&'static str>] {
        &self.same_kind
    }
}

/// `word` is in `list`.
#[must_use]
pub fn is_in(list: List, word: &str) -> bool {
    words()
        .member
        .get(word)
        .is_some_and(|lists| lists & (1 << list as u64) != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The events' own tokenizer before it read the tagger's tokens: what they must still give.
    fn char_tokens(text: &str, range: Range<usize>) -> Vec<Token> {
        let piece = &text[range.clone()];
        let chars: Vec<(usize, char)> = piece.char_indices().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let (start, c) = chars[i];
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            if is_apostrophe(c) && !out.is_empty() {
                let follows_word = chars[i - 1].1.is_alphanumeric();
                let next = chars.get(i + 1).map(|&(_, n)| n);
                let after = chars.get(i + 2).map(|&(_, n)| n);
                if follows_word
                    && matches!(next, Some('s' | 'S'))
                    && !after.is_some_and(char::is_alphanumeric)
                {
                    let end = chars.get(i + 2).map_or(piece.len(), |&(e, _)| e);
                    out.push(make(
                        text,
                        range.start + start..range.start + end,
                        TokenKind::Possessive,
                    ));
                    i += 2;
                    continue;
                }
            }
            if !c.is_alphanumeric() {
                let end = chars.get(i + 1).map_or(piece.len(), |&(e, _)| e);
                out.push(make(
                    text,
                    range.start + start..range.start + end,
                    TokenKind::Punct,
                ));
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < chars.len() {
                let c = chars[j].1;
                let next_alnum = chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
                let joiner = matches!(c, '-' | '.') && next_alnum;
                // "don't", "O'Brien"; but not the possessive "'s".
                let possessive = matches!(chars.get(j + 1), Some((_, 's' | 'S')))
                    && !chars.get(j + 2).is_some_and(|&(_, n)| n.is_alphanumeric());
                let inner_apostrophe = is_apostrophe(c) && next_alnum && !possessive;
                if c.is_alphanumeric() || joiner || inner_apostrophe {
                    j += 1;
                } else {
                    break;
                }
            }
            // The final dot of dotted initials belongs to the word: "U.S." and "a.m.".
            let word: String = chars[i..j].iter().map(|&(_, c)| c).collect();
            if word.contains('.') && chars.get(j).is_some_and(|&(_, c)| c == '.') {
                j += 1;
            }
            let end = chars.get(j).map_or(piece.len(), |&(e, _)| e);
            out.push(make(
                text,
                range.start + start..range.start + end,
                TokenKind::Word,
            ));
            i = j;
        }
        out
    }

    #[test]
    fn every_list_is_read_and_has_no_repeats() {
        let words = Words::parse(EVENT_WORDS).expect("events.txt reads");
        for (n, list) in words.lists.iter().enumerate() {
            assert!(!list.is_empty(), "list {n} is empty");
            assert!(list.windows(2).all(|p| p[0] < p[1]), "list {n}: {list:?}");
        }
        assert!(words.same_kind.iter().all(|g| g.len() > 1));
        // The shared past forms are written once: in tense.txt or in events.txt, not both.
        let mut shared = Words {
            lists: vec![Vec::new(); List::COUNT],
            ..Words::default()
        };
        shared.add_shared_past(TENSE_CUES);
        let shared = &shared.lists[IRREGULAR_PAST as usize];
        assert!(shared.len() > 50, "only {} shared past forms", shared.len());
        for w in shared {
            assert!(
                !words.lists[IRREGULAR_PAST as usize].contains(w),
                "{w} is in both files"
            );
        }
    }

    #[test]
    fn malformed_lists_say_where() {
        assert_eq!(
            Words::parse("[verbs]\nsay\n").unwrap_err(),
            "line 1: unknown list [verbs]"
        );
        assert_eq!(
            Words::parse("say\n").unwrap_err(),
            "line 1: words before any [list]"
        );
        assert_eq!(
            Words::parse("[articles]\nThe, a\n").unwrap_err(),
            "line 2: \"The\" must be one lower-case word"
        );
    }

    /// The words grouped from the tagger's tokens are the ones the events' own tokenizer cut,
    /// for every string of up to ten pieces of the characters where the two could differ.
    #[test]
    fn grouped_tokens_are_the_char_tokens() {
        const PIECES: [&str; 26] = [
            "a", "B", "s", "S", "'", "’", ".", "-", ",", ":", "/", "1", "٣", "é", "²", " ", "\n",
            "\u{b}", "\u{a0}", "(", "U.S.", "a.m.", "St", "2,024", "10:35", "3.5",
        ];
        let mut seed: u64 = 11;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) as usize % n
        };
        for _ in 0..200_000 {
            let len = 1 + next(10);
            let text: String = (0..len).map(|_| PIECES[next(PIECES.len())]).collect();
            let from = if text.is_char_boundary(1) { next(2) } else { 0 };
            assert_eq!(
                tokens(&text, from..text.len()),
                char_tokens(&text, from..text.len()),
                "{text:?} from {from}"
            );
        }
    }

    #[test]
    fn tokens_keep_initials_names_and_possessives() {
        let text = "Putin’s visit, the U.S. talks (APEC) don't 2019.";
        let words: Vec<(&str, TokenKind)> = tokens(text, 0..text.len())
            .iter()
            .map(|t| (&text[t.span.clone()], t.kind))
            .collect();
        use TokenKind::{Possessive as S, Punct as P, Word as W};
        assert_eq!(
            words,
            [
                ("Putin", W),
                ("’s", S),
                ("visit", W),
                (",", P),
                ("the", W),
                ("U.S.", W),
                ("talks", W),
                ("(", P),
                ("APEC", W),
                (")", P),
                ("don't", W),
                ("2019", W),
                (".", P),
            ]
        );
    }
}
