//! Recognition: find temporal expressions in a text and say what they are, unresolved
//! ("last <unit=year>", "<month=3> with no year"), without looking at any reference date.
//!
//! The rules and word lists are data (`data/rules/en-*.rules`, `data/rules/words.txt`, embedded
//! in the binary) compiled once into a hash table of words and, for each word or number, the
//! rule variants that can start there. A text is tokenised once; only tokens that start some
//! rule are tried, and each try walks a bounded number of tokens, so time is linear in the text.

mod lexicon;
mod quoted;
mod ranges;
mod rules;
mod scan;

use std::fmt;
use std::sync::OnceLock;

pub use quoted::in_quoted_name;
pub(crate) use ranges::complete as complete_ranges;
pub use ranges::{joins, joins_past_aside};
pub use rules::{DurationKind, Example, Period, Producer, Rule};
pub use scan::{Amount, Expression, Slots};

use lexicon::{Class, Lexicon};
use rules::{Builtin, Compiled, Element};

/// A mistake in the rule data, with the file and line it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    pub file: &'static str,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "data/rules/{}:{}: {}",
            self.file, self.line, self.message
        )
    }
}

impl std::error::Error for RuleError {}

/// What a token could be, as bits: its classes (bits 0 to 17), the `SIG_*` bits, and its
/// word (key id modulo 32, bits 32 to 63) (see `scan::signature`).
type Signature = u64;

/// Signature bits of a token beyond the class and word bits.
const SIG_NUMBER: Signature = 1 << 24;
const SIG_PUNCT: Signature = 1 << 26;
/// Always set, so that a variant whose second element can be anything passes.
const SIG_END: Signature = 1 << 27;

/// The signature bit of a word with key id `key`: "the" is followed by a rule's own word
/// ("the past") far less often than by any known word.
fn word_signature(key: u32) -> Signature {
    1 << (32 + key % 32)
}

/// Bits of `Recognizer::key_scan`.
const SCAN_STRONG: u8 = 1;
const SCAN_OPENS: u8 = 2;

/// A rule variant that may start at some token, with where to skip to in its list when its
/// first element, or its first two, fail (the list is sorted by first, then second element).
#[derive(Debug, Clone, Copy)]
struct Candidate {
    variant: u32,
    first_end: u32,
    second_end: u32,
    /// The variant's `first` and `second`, kept here so that the walk over a list reads
    /// the list alone (see `scan::best_at`).
    first: u32,
    second: Signature,
    /// The union of `Variant::second` over the variants up to `first_end`: when the token
    /// after the first element has none of these bits, none of them can match.
    seconds_to_first_end: Signature,
}

/// What must follow a word for the variants it can start (and, for `key_openers`, the
/// modifiers and not-temporal phrases too) to have a chance: a test of the next token that
/// rules most words out before anything is tried.
#[derive(Debug, Clone, Copy, Default)]
struct Heads {
    /// The union of `Variant::second` of the variants whose first element is the word itself.
    words_seconds: Signature,
    /// The second words (key ids modulo 64, as bits) of the word-list entries the word starts
    /// the other variants with; `None` if the word is a whole entry, so anything may follow.
    followers: Option<u64>,
    /// The union of `Variant::second` of the variants whose first element may end at the word
    /// (see [`may_match_alone`]): what the next token must be when the word is a whole entry
    /// and the next word continues none of its heads.
    seconds: Signature,
    /// The second words (as `followers`) of the longer entries the word starts, whole entry
    /// or not: a next word among them may continue a head.
    entry_seconds: u64,
}

impl Heads {
    /// The filter for key `key` starting `candidates`, and entries of `classes` beyond those.
    fn of(
        compiled: &Compiled,
        lexicon: &Lexicon,
        key: u32,
        candidates: &[Candidate],
        classes: &[Class],
    ) -> Self {
        let mut words_seconds = 0;
        let mut seconds = 0;
        let mut classes = classes.to_vec();
        for candidate in candidates {
            let variant = &compiled.variants[candidate.variant as usize];
            if may_match_alone(lexicon, &variant.elements[0], key) {
                seconds |= variant.second;
            }
            match &variant.elements[0] {
                Element::Words(_) => words_seconds |= variant.second,
                Element::Class(class) | Element::ClassValue(class, _) => classes.push(*class),
                Element::Builtin(builtin) => classes.extend(scan::word_class(*builtin)),
                Element::Punct(_) | Element::Possessive | Element::Context(_) => {}
            }
        }
        Self {
            words_seconds,
            followers: lexicon.followers(key, &classes),
            seconds,
            entry_seconds: lexicon.second_words(key, &classes),
        }
    }
}

/// Whether `element` may match the word with key `key` alone, the next token being a word the
/// lexicon does not know (see `scan::before_unknown_word`) or one that continues none of the
/// word's heads (see `scan::heads_may_continue`).
fn may_match_alone(lexicon: &Lexicon, element: &Element, key: u32) -> bool {
    let one_word = |class: Class| {
        lexicon
            .entries_of(key, class)
            .iter()
            .any(|&(e, _)| lexicon.entries[e as usize].rest.is_empty())
    };
    match element {
        Element::Words(keys) => keys.contains(&key),
        Element::Class(class) | Element::ClassValue(class, _) => one_word(*class),
        // A spelled year has two words at least, a spelled clock time its minutes (see
        // `scan::builtins`, `spelled_year_at`, `spelled_clock_at`).
        Element::Builtin(Builtin::Year | Builtin::SpelledClock) => false,
        Element::Builtin(builtin) => scan::word_class(*builtin).is_some_and(one_word),
        Element::Context(inner) => may_match_alone(lexicon, inner, key),
        Element::Punct(_) | Element::Possessive => false,
    }
}

/// Sorts variant ids by first and second element and records the group ends. `seconds`
/// numbers each variant's second element among the distinct ones (see [`second_ids`]).
fn candidates(compiled: &Compiled, seconds: &[u32], mut ids: Vec<u32>) -> Vec<Candidate> {
    // Each distinct second element numbered in order of first appearance in `ids`.
    let mut local: Vec<usize> = Vec::new();
    let mut seen = 0;
    let mut keyed: Vec<(u32, usize, u32)> = Vec::with_capacity(ids.len());
    for id in ids.drain(..) {
        let second = seconds[id as usize] as usize;
        if second >= local.len() {
            local.resize(second + 1, usize::MAX);
        }
        if local[second] == usize::MAX {
            local[second] = seen;
            seen += 1;
        }
        keyed.push((compiled.variants[id as usize].first, local[second], id));
    }
    keyed.sort_unstable();
    let index = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    // Built from the back, where the ends of the groups and the union of their seconds so far
    // are known from the candidate after.
    let mut list: Vec<Candidate> = Vec::with_capacity(keyed.len());
    for (j, &(first, second, variant)) in keyed.iter().enumerate().rev() {
        let bits = compiled.variants[variant as usize].second;
        let (first_end, second_end, seconds_to_first_end) = match keyed.get(j + 1).zip(list.last())
        {
            Some((&(next_first, next_second, _), next)) if next_first == first => (
                next.first_end,
                if next_second == second {
                    next.second_end
                } else {
                    index(j + 1)
                },
                next.seconds_to_first_end | bits,
            ),
            _ => (index(j + 1), index(j + 1), bits),
        };
        list.push(Candidate {
            variant,
            first_end,
            second_end,
            first,
            second: bits,
            seconds_to_first_end,
        });
    }
    list.reverse();
    list
}

/// The groups of `list` (see [`candidates`]) whose first element may end a match: all that
/// can match before a word the tagger does not know, whose signature is `SIG_END` alone (see
/// `scan::best_at`). In the same order, each group's ends moved back over the groups left out:
/// the many heads that need a next word are not visited there one by one.
fn alone_candidates(list: &[Candidate]) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let mut j = 0;
    while let Some(head) = list.get(j) {
        let end = head.first_end as usize;
        if head.seconds_to_first_end & SIG_END != 0 {
            let left_out = u32::try_from(j - out.len()).unwrap_or(u32::MAX);
            out.extend(list[j..end].iter().map(|c| Candidate {
                first_end: c.first_end - left_out,
                second_end: c.second_end - left_out,
                ..*c
            }));
        }
        j = end;
    }
    out
}

/// Per variant, a number for its second element (or none), equal for equal elements: compared
/// once here rather than in each list of [`candidates`].
fn second_ids(compiled: &Compiled) -> Vec<u32> {
    let mut distinct: Vec<Option<&Element>> = Vec::new();
    compiled
        .variants
        .iter()
        .map(|variant| {
            let second = variant.elements.get(1);
            let n = distinct
                .iter()
                .position(|s| *s == second)
                .unwrap_or_else(|| {
                    distinct.push(second);
                    distinct.len() - 1
                });
            u32::try_from(n).unwrap_or(u32::MAX)
        })
        .collect()
}

/// How many number shapes [`number_shape`] tells apart.
const NUMBER_SHAPES: usize = 12 * 4;

/// A number token's shape: its length (up to 11) and whether it has a ':' and a '/', which
/// rule out most built-ins before any is tried ("2001" is no clock, "5" no year).
fn number_shape(number: &str) -> usize {
    let (mut colon, mut slash) = (0, 0);
    for b in number.bytes() {
        colon |= usize::from(b == b':');
        slash |= usize::from(b == b'/');
    }
    number.len().min(11) * 4 + colon * 2 + slash
}

/// Whether a number of `shape` may start `builtin`: the first tests of `builtin_at` in `scan::builtins`.
fn number_may_start(shape: usize, builtin: Builtin) -> bool {
    let (len, colon, slash) = (shape / 4, shape & 2 != 0, shape & 1 != 0);
    match builtin {
        Builtin::Number => true,
        // Shorter years only with an era after them ("490 BC"), decades of two and three
        // digits too ("the 80s", "the 470s BC").
        Builtin::Year => (1..=4).contains(&len) && !colon && !slash,
        Builtin::Decade => (2..=4).contains(&len),
        Builtin::Day => len <= 2,
        Builtin::Ordinal => len <= 3,
        Builtin::Clock => len <= 5 || colon,
        Builtin::IsoDate => len == 10 || len == 7,
        // "11-30-81": month, day and year joined by hyphens.
        Builtin::SlashDate => slash || (6..=10).contains(&len),
        Builtin::MonthDay | Builtin::Half => slash,
        Builtin::Digit => len == 1,
        Builtin::ShortYear => len == 2,
        Builtin::SpelledClock => false,
        Builtin::Hour => len <= 2 && !colon && !slash,
    }
}

/// The signature bits a token must have to start `element`.
fn element_signature(element: &Element) -> Signature {
    match element {
        Element::Words(keys) => keys.iter().fold(0, |bits, &k| bits | word_signature(k)),
        Element::Class(class) | Element::ClassValue(class, _) => class.bit().into(),
        Element::Builtin(
            Builtin::Year | Builtin::Number | Builtin::SpelledClock | Builtin::Hour,
        ) => SIG_NUMBER | Signature::from(Class::Number.bit()),
        Element::Builtin(Builtin::Day | Builtin::Ordinal) => {
            SIG_NUMBER | Signature::from(Class::Ordinal.bit())
        }
        Element::Builtin(Builtin::Decade | Builtin::Half | Builtin::ShortYear) => {
            SIG_NUMBER | SIG_PUNCT
        }
        Element::Builtin(
            Builtin::Clock
            | Builtin::IsoDate
            | Builtin::SlashDate
            | Builtin::MonthDay
            | Builtin::Digit,
        ) => SIG_NUMBER,
        // The signature is taken after a joining hyphen, which this element would match.
        Element::Punct('-') => Signature::MAX,
        Element::Punct(_) | Element::Possessive => SIG_PUNCT,
        Element::Context(inner) => element_signature(inner),
    }
}

const WORDS: &str = include_str!("../../data/rules/words.txt");
/// The rule files, in the order they are read (on a tie, the rule read first wins).
const RULES: [(&str, &str); 4] = [
    (
        "en-dates.rules",
        include_str!("../../data/rules/en-dates.rules"),
    ),
    (
        "en-relative.rules",
        include_str!("../../data/rules/en-relative.rules"),
    ),
    (
        "en-times.rules",
        include_str!("../../data/rules/en-times.rules"),
    ),
    (
        "en-history.rules",
        include_str!("../../data/rules/en-history.rules"),
    ),
];
const HOLIDAYS: &str = include_str!("../../data/rules/holidays.txt");

/// The compiled rules: word table, rule variants and, per word, the variants it can start.
pub struct Recognizer {
    lexicon: Lexicon,
    compiled: Compiled,
    /// Per key id: variant ids whose first element can match that word.
    by_key: Vec<Vec<Candidate>>,
    /// Per key id: [`alone_candidates`] of `by_key`, read before a word the lexicon does not
    /// know.
    by_key_alone: Vec<Vec<Candidate>>,
    /// Per [`number_shape`]: variant ids that can start at a number token of that shape.
    by_number: Vec<Vec<Candidate>>,
    /// Variant ids that can start at an apostrophe ("'80s").
    by_apostrophe: Vec<Candidate>,
    /// Key ids of "the", "a", "an".
    articles: Vec<u32>,
    /// Per key id: the classes (bits) of the entries that start with it, to fail fast.
    key_classes: Vec<u32>,
    /// Per key id: what the next token must be for the word to start a variant.
    key_heads: Vec<Heads>,
    /// Per key id: what the next token must be for the word to start a variant, a modifier
    /// or a not-temporal phrase.
    key_openers: Vec<Heads>,
    /// Per key id: whether a variant may match the word alone, before a word the lexicon does
    /// not know ("a" in "a company" starts nothing).
    key_alone: Vec<bool>,
    /// Per key id, as `SCAN_*` bits: whether the word is strong, a word every match near it
    /// may rest on (a month, a unit, a rule's own word; function words such as "the" or "last"
    /// are not), and whether it may open a variant, a modifier or a not-temporal phrase.
    key_scan: Vec<u8>,
}

impl Recognizer {
    /// Compiles rule data given as text.
    ///
    /// # Errors
    /// A [`RuleError`] naming the file and line of the first mistake.
    pub fn compile(words: &str, rules: &[(&'static str, &str)]) -> Result<Self, RuleError> {
        let mut lexicon = Lexicon::parse(&[("words.txt", words), ("holidays.txt", HOLIDAYS)])?;
        let mut compiled = rules::parse(rules, &mut lexicon)?;
        for variant in &mut compiled.variants {
            variant.second = variant.elements.get(1).map_or(SIG_END, element_signature);
        }
        let articles = ["the", "a", "an"]
            .iter()
            .map(|w| lexicon.intern(w))
            .collect();
        let mut by_key = vec![Vec::new(); lexicon.starts.len()];
        let mut by_number: Vec<(Builtin, u32)> = Vec::new();
        let mut by_apostrophe = Vec::new();
        for (id, variant) in compiled.variants.iter().enumerate() {
            let id = u32::try_from(id).unwrap_or(u32::MAX);
            let keys = match &variant.elements[0] {
                Element::Words(keys) => keys.clone(),
                Element::Class(class) | Element::ClassValue(class, _) => {
                    lexicon.keys_of(*class).to_vec()
                }
                Element::Builtin(builtin) => {
                    by_number.push((*builtin, id));
                    if *builtin == Builtin::Decade {
                        by_apostrophe.push(id);
                    }
                    scan::word_class(*builtin)
                        .map_or_else(Vec::new, |class| lexicon.keys_of(class).to_vec())
                }
                Element::Punct(_) | Element::Possessive | Element::Context(_) => Vec::new(),
            };
            for key in keys {
                let list = &mut by_key[key as usize];
                if list.last() != Some(&id) {
                    list.push(id);
                }
            }
        }
        let seconds = second_ids(&compiled);
        let by_key: Vec<Vec<Candidate>> = by_key
            .into_iter()
            .map(|list| candidates(&compiled, &seconds, list))
            .collect();
        let by_key_alone = by_key.iter().map(|list| alone_candidates(list)).collect();
        let key_heads = (0..)
            .zip(&by_key)
            .map(|(key, candidates)| Heads::of(&compiled, &lexicon, key, candidates, &[]))
            .collect();
        // A variant that needs more than its first element fails there: the signature of an
        // unknown word is `SIG_END` alone (see `best_at`).
        let key_alone = (0..)
            .zip(&by_key)
            .map(|(key, candidates)| {
                candidates.iter().any(|c: &Candidate| {
                    let variant = &compiled.variants[c.variant as usize];
                    variant.second & SIG_END != 0
                        && may_match_alone(&lexicon, &variant.elements[0], key)
                })
            })
            .collect();
        let key_openers: Vec<Heads> = (0..)
            .zip(&by_key)
            .map(|(key, candidates)| {
                let others = [Class::Modifier, Class::NotTemporal];
                Heads::of(&compiled, &lexicon, key, candidates, &others)
            })
            .collect();
        // Most shapes allow the same built-ins as another: their list is made once.
        let mut made: Vec<(Vec<u32>, Vec<Candidate>)> = Vec::new();
        let by_number = (0..NUMBER_SHAPES)
            .map(|shape| {
                let ids: Vec<u32> = by_number
                    .iter()
                    .filter(|&&(builtin, _)| number_may_start(shape, builtin))
                    .map(|&(_, id)| id)
                    .collect();
                if let Some((_, list)) = made.iter().find(|(seen, _)| *seen == ids) {
                    return list.clone();
                }
                let list = candidates(&compiled, &seconds, ids.clone());
                made.push((ids, list.clone()));
                list
            })
            .collect();
        let by_apostrophe = candidates(&compiled, &seconds, by_apostrophe);
        let key_classes: Vec<u32> = lexicon
            .starts
            .iter()
            .map(|starts| {
                starts.iter().fold(0, |bits, &(e, _)| {
                    bits | lexicon.entries[e as usize].class.bit()
                })
            })
            .collect();
        let mut key_strong = vec![false; lexicon.starts.len()];
        for entry in &lexicon.entries {
            if entry.class.is_strong() {
                for &key in &entry.rest {
                    key_strong[key as usize] = true;
                }
            }
        }
        for (key, starts) in lexicon.starts.iter().enumerate() {
            if starts.iter().any(|&(e, _)| {
                let entry = &lexicon.entries[e as usize];
                // Spelled years start with "nineteen", "twenty", "two thousand".
                let big_number = entry.class == Class::Number
                    && entry.value.parse::<u32>().is_ok_and(|n| n >= 19);
                big_number || entry.rest.is_empty() && entry.class.is_strong()
            }) {
                key_strong[key] = true;
            }
        }
        let weak_literals: Vec<u32> = [
            "the", "a", "an", "its", "of", "or", "and", "to", "at", "on", "in", "for", "every",
            "each", "per", "more", "so",
        ]
        .iter()
        .filter_map(|w| lexicon.lookup(w.as_bytes()))
        .collect();
        for variant in &compiled.variants {
            for element in &variant.elements {
                if let Element::Words(keys) = element {
                    for key in keys {
                        if !weak_literals.contains(key) {
                            key_strong[*key as usize] = true;
                        }
                    }
                }
            }
        }
        // Whether a word may open something: what `scan::Recognizer::may_continue` needs.
        let key_scan = key_strong
            .iter()
            .zip(&key_openers)
            .map(|(&strong, openers)| {
                let opens = openers.followers != Some(0) || openers.words_seconds != 0;
                (u8::from(strong) * SCAN_STRONG) | (u8::from(opens) * SCAN_OPENS)
            })
            .collect();
        Ok(Self {
            key_alone,
            key_heads,
            key_openers,
            key_scan,
            articles,
            key_classes,
            lexicon,
            compiled,
            by_key,
            by_key_alone,
            by_number,
            by_apostrophe,
        })
    }

    /// The rules, in file order, with their examples.
    #[must_use]
    pub fn rules(&self) -> &[Rule] {
        &self.compiled.rules
    }

    /// Whether the number at `tokens[i]` stands where a year would: after a word of the
    /// `latent_cue` list ("in", "by", "between") and not before a noun it would count
    /// (`not_a_year_after`). For a year that only the story can say is one ("in 492", after
    /// years BC).
    pub(crate) fn stands_as_year(
        &self,
        text: &str,
        tokens: &[crate::text::Token],
        i: usize,
    ) -> bool {
        let one_word = |at: usize, class: Class| {
            tokens.get(at).is_some_and(|t| {
                self.lexicon
                    .lookup_in(text.as_bytes(), t.span.clone())
                    .is_some_and(|key| {
                        self.lexicon
                            .entries_of(key, class)
                            .iter()
                            .any(|&(e, _)| self.lexicon.entries[e as usize].rest.is_empty())
                    })
            })
        };
        i.checked_sub(1)
            .is_some_and(|before| one_word(before, Class::LatentCue))
            && !one_word(i + 1, Class::NotAYearAfter)
    }

    /// Whether the word before `tokens[i]` is one of the `clock_cue` list ("at 10.30", "by
    /// noon"): the clock time is part of its sentence's clause.
    pub(crate) fn clock_cued(&self, text: &str, tokens: &[crate::text::Token], i: usize) -> bool {
        i.checked_sub(1)
            .and_then(|before| tokens.get(before))
            .and_then(|t| self.lexicon.lookup_in(text.as_bytes(), t.span.clone()))
            .is_some_and(|key| !self.lexicon.entries_of(key, Class::ClockCue).is_empty())
    }

    /// Whether one of the few words before `tokens[i]`, within its sentence, is a word of the
    /// `plan_ahead` list ("the push planned for 1976", "lasted until"): the date is a plan or the
    /// end of a span, not the story's point.
    pub(crate) fn plans_ahead(&self, text: &str, tokens: &[crate::text::Token], i: usize) -> bool {
        tokens[i.saturating_sub(PLAN_WINDOW)..i.min(tokens.len())]
            .iter()
            .rev()
            .take_while(|t| !matches!(&text[t.span.clone()], "." | ";" | "!" | "?"))
            .any(|t| {
                self.lexicon
                    .lookup_in(text.as_bytes(), t.span.clone())
                    .is_some_and(|key| !self.lexicon.entries_of(key, Class::PlanAhead).is_empty())
            })
    }

    /// Whether `token` is one word of the `era` list before the common era ("BC", "BCE").
    pub(crate) fn before_christ(&self, text: &str, token: &crate::text::Token) -> bool {
        self.lexicon
            .lookup_in(text.as_bytes(), token.span.clone())
            .is_some_and(|key| {
                self.lexicon
                    .entries_of(key, Class::Era)
                    .iter()
                    .any(|&(e, _)| {
                        let entry = &self.lexicon.entries[e as usize];
                        entry.rest.is_empty() && &*entry.value == "-1"
                    })
            })
    }
}

/// How many words before a date `plans_ahead` looks at: "until the fall of the capital in
/// May 1945".
const PLAN_WINDOW: usize = 8;

/// The recognizer compiled from the embedded rule data (once per process).
///
/// # Panics
/// Never with the embedded data, which `cargo test` compiles.
pub fn recognizer() -> &'static Recognizer {
    static COMPILED: OnceLock<Recognizer> = OnceLock::new();
    COMPILED.get_or_init(|| {
        Recognizer::compile(WORDS, &RULES).unwrap_or_else(|e| panic!("embedded rule data: {e}"))
    })
}

/// Whether `word` alone names a part of a day ("night", "morning") in the tagger's word list.
#[must_use]
pub fn is_part_of_day(word: &str) -> bool {
    let lexicon = &recognizer().lexicon;
    lexicon.lookup(word.as_bytes()).is_some_and(|key| {
        lexicon
            .entries_of(key, Class::Daypart)
            .iter()
            .any(|&(e, _)| lexicon.entries[e as usize].rest.is_empty())
    })
}

/// Finds the temporal expressions of `text`, unresolved, in text order.
///
/// # Example
///
/// ```
/// use timeliner::recognize::{Producer, recognize};
///
/// let text = "Talks broke down in Hanoi in 2019 and resume next month.";
/// let found = recognize(text);
/// assert_eq!(found.len(), 2);
/// assert_eq!(&text[found[0].span.clone()], "2019");
/// assert_eq!(found[0].slots.year, Some(2019));
/// assert_eq!(&text[found[1].span.clone()], "next month");
/// assert_eq!(found[1].producer, Producer::Shift(None));
/// assert_eq!(found[1].slots.shift, Some(1));
/// ```
#[must_use]
pub fn recognize(text: &str) -> Vec<Expression> {
    let tokens = crate::text::tokens(text);
    let mut found = Vec::new();
    recognizer().scan(text, &tokens, &mut found);
    complete_ranges(text, &tokens, &mut found);
    found
}

#[cfg(test)]
mod tests;
