//! One table for every word list: what the lists of `data/rules/events.txt` and
//! `data/rules/titles.txt` say of a word, and which listed verb or noun it is a form of, found
//! by one hash lookup when a token is made. Detection, linking, titles and status ask about
//! every token many times; each question is then a bit test.
//!
//! The forms are the words the inflection rules (of `detect` and `chunk`) would trace back to a
//! listed word, spelt out once from the lists: "visited", "planned", "denies" and "tries" are
//! forms of "visit", "plan", "deny" and "try".

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::chunk::{self, Lex};
use super::words::{
    AUXILIARIES, EVENT_NOUNS, EVENT_VERBS, FORECAST_VERBS, LINKING_VERBS, List, NOT_EVENTS,
    OPINION_VERBS, RESULT_WORDS, STATIVE_VERBS, words,
};

/// The 32-bit words of an [`Entry`]'s list bits: every [`List`], then every [`Lex`].
pub(super) const LIST_WORDS: usize = 9;

/// The bit of the first [`Lex`] in an [`Entry`].
const FIRST_LEX: usize = List::COUNT;

// Each list of either kind is a bit of a word's entry.
const _: () = assert!(FIRST_LEX + Lex::ALL.len() <= 32 * LIST_WORDS);

/// What the lists say of one word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Entry {
    /// One bit per [`List`] and per [`Lex`], in words of 32 bits: a `u128` would align the
    /// entry, and every token holding one, to 16 bytes.
    lists: [u32; LIST_WORDS],
    /// One bit per [`Form`].
    forms: u16,
}

impl Entry {
    #[must_use]
    pub fn is(self, list: List) -> bool {
        self.bit(list as usize)
    }

    #[must_use]
    pub fn is_lex(self, lex: Lex) -> bool {
        self.bit(FIRST_LEX + lex as usize)
    }

    fn bit(self, bit: usize) -> bool {
        self.lists[bit / 32] & (1 << (bit % 32)) != 0
    }

    fn set(&mut self, bit: usize) {
        self.lists[bit / 32] |= 1 << (bit % 32);
    }

    #[must_use]
    pub fn has(self, form: Form) -> bool {
        self.forms & (1 << form as u16) != 0
    }
}

/// A word's relation to a listed word, by the inflection rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// An event verb or an inflection of one (by `detect::each_lemma_candidate`).
    EventVerb,
    /// An opinion verb or an inflection of one.
    OpinionVerb,
    /// A verb of the event or title lists, or an inflection of one (`chunk`'s verb lemma).
    TitleVerb,
    /// A listed verb, plain or with `-s`, `-es`, `-ies` (`chunk`'s present form).
    PresentVerb,
    /// An event noun with `-s`.
    EventNounPlural,
    /// A word that is no event, with `-s`.
    NotEventPlural,
    /// A verb of state or measure or an inflection of one: "averaged", "lived".
    StativeVerb,
    /// A linking verb or an inflection of one: "turning out to be", "seems to be".
    LinkingVerb,
    /// A verb of forecast or an inflection of one: "expected", "predicting".
    ForecastVerb,
    /// A word of a company's results or an inflection of one: "earned", "sales".
    ResultWord,
    /// A verb of saying (`[say_verbs]` of `titles.txt`) with `-s`, `-d`, `-ed` or `-ing`, or
    /// its `y` or `e` dropped before `-ied`, `-ies` or `-ing`: "says", "implied", "arguing".
    SayVerb,
}

/// The auxiliaries whose form with "n't" is not the plain one with "n't" added: the stem
/// before "n't" and the auxiliary it stands for ("won't" is "will").
const IRREGULAR_NEGATIONS: [(&str, &str); 4] = [
    ("wo", "will"),
    ("ca", "can"),
    ("sha", "shall"),
    ("ai", "is"),
];

/// The endings a listed verb's inflections add to one of its stems.
const VERB_ENDINGS: [&str; 5] = ["s", "es", "ed", "d", "ing"];

/// The lists of a word, [`Entry::default`] for a word in none.
#[must_use]
pub fn entry(word: &str) -> Entry {
    table().get(word)
}

/// The entry of a word of at most [`SHORT`] bytes given lower-case in `halves` (its bytes,
/// zero past its length `len`, as two little-endian numbers): the lookup of [`entry`] on a
/// word already in numbers.
#[must_use]
pub fn short_entry(halves: [u64; 2], len: usize) -> Entry {
    let word = u128::from(halves[0]) | u128::from(halves[1]) << 64;
    table()
        .short
        .get(&packed(word.to_le_bytes(), len))
        .copied()
        .unwrap_or_default()
}

/// The longest word a short key holds.
pub const SHORT: usize = 15;

/// A word of at most [`SHORT`] bytes as one number: its bytes and its length. Comparing two
/// keys is comparing two numbers, not two strings.
fn key(word: &[u8]) -> Option<u128> {
    let len = word.len();
    if len > SHORT {
        return None;
    }
    let mut bytes = [0; 16];
    // Two copies of a fixed size, overlapping when the word is shorter than both: a copy of a
    // length known only here was a call to `memcpy` for each word looked up.
    match len {
        8.. => {
            bytes[..8].copy_from_slice(&word[..8]);
            bytes[len - 8..len].copy_from_slice(&word[len - 8..]);
        }
        4..=7 => {
            bytes[..4].copy_from_slice(&word[..4]);
            bytes[len - 4..len].copy_from_slice(&word[len - 4..]);
        }
        2..=3 => {
            bytes[..2].copy_from_slice(&word[..2]);
            bytes[len - 2..len].copy_from_slice(&word[len - 2..]);
        }
        1 => bytes[0] = word[0],
        _ => {}
    }
    Some(packed(bytes, len))
}

fn packed(mut bytes: [u8; 16], len: usize) -> u128 {
    // At most 15: the last byte is free for the length.
    bytes[SHORT] = u8::try_from(len).unwrap_or(u8::MAX);
    u128::from_le_bytes(bytes)
}

type Fast<K> = HashMap<K, Entry, BuildHasherDefault<WordHasher>>;

struct Table {
    short: Fast<u128>,
    long: Fast<String>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(build)
}

fn build() -> Table {
    let mut table = Table {
        short: Fast::default(),
        long: Fast::default(),
    };
    let lists = words().lists();
    for (list, entries) in lists.iter().enumerate() {
        for &word in entries {
            table.add(word, |e| e.set(list));
        }
    }
    let lexes = chunk::lists();
    for (lex, entries) in lexes.iter().enumerate() {
        for &word in entries {
            table.add(word, |e| e.set(FIRST_LEX + lex));
        }
    }
    let list = |l: List| lists[l as usize].iter().copied();
    let irregular = IRREGULAR_NEGATIONS.iter().copied();
    table.add_contracted("n't", list(AUXILIARIES).map(|a| (a, a)).chain(irregular));
    let modals = lexes[Lex::Modals as usize].iter().map(|&m| (m, m));
    table.add_contracted("'ve", modals);
    let title_verbs = || list(EVENT_VERBS).chain(lexes[Lex::Verbs as usize].iter().copied());
    let mut spelt = String::new();
    for (form, lemmas) in [
        (
            Form::EventVerb,
            &mut list(EVENT_VERBS) as &mut dyn Iterator<Item = &str>,
        ),
        (Form::OpinionVerb, &mut list(OPINION_VERBS)),
        (Form::TitleVerb, &mut title_verbs()),
        (Form::StativeVerb, &mut list(STATIVE_VERBS)),
        (Form::LinkingVerb, &mut list(LINKING_VERBS)),
        (Form::ForecastVerb, &mut list(FORECAST_VERBS)),
        (Form::ResultWord, &mut list(RESULT_WORDS)),
    ] {
        for lemma in lemmas {
            inflections(lemma, &mut spelt, |word| {
                table.add(word, |e| e.forms |= 1 << form as u16);
            });
        }
    }
    let mut with_ending = |form: Form, words: &mut dyn Iterator<Item = &str>, ending: &str| {
        for word in words {
            spelt.clear();
            spelt.push_str(word);
            spelt.push_str(ending);
            table.add(&spelt, |e| e.forms |= 1 << form as u16);
        }
    };
    with_ending(Form::PresentVerb, &mut title_verbs(), "");
    with_ending(Form::PresentVerb, &mut title_verbs(), "s");
    with_ending(Form::PresentVerb, &mut title_verbs(), "es");
    // "carries".
    let before_y = || title_verbs().filter_map(|v| v.strip_suffix('y'));
    with_ending(Form::PresentVerb, &mut before_y(), "ies");
    // Plurals: "attacks"; "clashes", "ambushes" after a hiss; "atrocities", "ceremonies" for
    // a consonant and `y`.
    let sibilant = |word: &&str| {
        ["s", "x", "z", "sh", "ch"]
            .iter()
            .any(|e| word.ends_with(e))
    };
    let y_plural = |word: &'static str| {
        let stem = word.strip_suffix('y')?;
        (!stem.ends_with(['a', 'e', 'o', 'u'])).then_some(stem)
    };
    for (form, nouns) in [
        (Form::EventNounPlural, EVENT_NOUNS),
        (Form::NotEventPlural, NOT_EVENTS),
    ] {
        with_ending(form, &mut list(nouns), "s");
        with_ending(form, &mut list(nouns).filter(sibilant), "es");
        with_ending(form, &mut list(nouns).filter_map(y_plural), "ies");
    }
    let says = || lexes[Lex::SayVerbs as usize].iter().copied();
    for ending in ["", "s", "d", "ed", "ing"] {
        with_ending(Form::SayVerb, &mut says(), ending);
    }
    for (dropped, ending) in [('y', "ied"), ('y', "ies"), ('e', "ing")] {
        with_ending(
            Form::SayVerb,
            &mut says().filter_map(|v| v.strip_suffix(dropped)),
            ending,
        );
    }
    table
}

impl Table {
    /// An auxiliary with "n't" glued on ("wasn't", "won’t", with either apostrophe), or a
    /// modal with "'ve" ("would've"), is in every list its auxiliary is in, as well as its own:
    /// one token, it is the verb group's auxiliary to every rule that asks for one (its
    /// negation is read from its ending).
    fn add_contracted<'a>(
        &mut self,
        ending: &str,
        auxiliaries: impl Iterator<Item = (&'a str, &'a str)>,
    ) {
        for (stem, auxiliary) in auxiliaries {
            let straight = format!("{stem}{ending}");
            let lists = self.get(auxiliary).lists;
            self.add(&straight, |e| union(e, lists));
            // The curly form is in the lists of the straight one, listed or not.
            let lists = self.get(&straight).lists;
            self.add(&straight.replace('\'', "\u{2019}"), |e| union(e, lists));
        }
    }

    fn get(&self, word: &str) -> Entry {
        match key(word.as_bytes()) {
            Some(key) => self.short.get(&key),
            None => self.long.get(word),
        }
        .copied()
        .unwrap_or_default()
    }

    fn add(&mut self, word: &str, set: impl FnOnce(&mut Entry)) {
        let entry = match key(word.as_bytes()) {
            Some(key) => self.short.entry(key).or_default(),
            None => self.long.entry(word.to_string()).or_default(),
        };
        set(entry);
    }
}

/// Puts `entry` in the lists of `lists` too.
fn union(entry: &mut Entry, lists: [u32; LIST_WORDS]) {
    for (word, listed) in entry.lists.iter_mut().zip(lists) {
        *word |= listed;
    }
}

/// Hands `found` `lemma` and every word the inflection rules trace back to it, spelt in
/// `spelt`: one of [`VERB_ENDINGS`] after the lemma, after the lemma without its final `e`
/// ("agreed"), with its last letter doubled ("planned") or with its final `y` as `i`
/// ("denied"); each stem at least two letters long.
fn inflections(lemma: &str, spelt: &mut String, mut found: impl FnMut(&str)) {
    found(lemma);
    let last = lemma.chars().last().unwrap_or_default();
    let stems = [
        (lemma, None),
        (lemma.strip_suffix('e').unwrap_or_default(), None),
        // A doubled letter is looked for only in a stem of three letters or more, and only
        // of a letter that doubles: "planned", but "go" gives no "good".
        (
            if lemma.len() >= 2 && super::words::doubles(last) {
                lemma
            } else {
                ""
            },
            Some(last),
        ),
        (lemma.strip_suffix('y').unwrap_or_default(), Some('i')),
    ];
    for (stem, added) in stems {
        if stem.is_empty() || stem.len() + added.map_or(0, char::len_utf8) < 2 {
            continue;
        }
        for ending in VERB_ENDINGS {
            spelt.clear();
            spelt.push_str(stem);
            spelt.extend(added);
            spelt.push_str(ending);
            found(spelt);
        }
    }
}

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

    // The short keys of the word table (see `lookup`): two chunks, no loop.
    #[allow(clippy::cast_possible_truncation)]
    fn write_u128(&mut self, word: u128) {
        self.add(word as u64);
        self.add((word >> 64) as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_listed_words() {
        for (word, form) in [
            ("visited", Form::EventVerb),
            ("agreed", Form::EventVerb),
            ("planned", Form::TitleVerb),
            ("denied", Form::TitleVerb),
            ("carries", Form::PresentVerb),
            ("talks", Form::EventNounPlural),
        ] {
            assert!(entry(word).has(form), "{word} {form:?}");
        }
        assert!(!entry("visitor").has(Form::EventVerb));
        assert_eq!(entry("zzzz"), Entry::default());
    }

    /// A contracted auxiliary is in its auxiliary's lists, with either apostrophe, and keeps
    /// its own ("wouldn't" is a hedge, "would" is not).
    #[test]
    fn a_contracted_auxiliary_is_in_the_lists_of_its_auxiliary() {
        use super::super::words::PLAN_WORDS;
        for (word, auxiliary) in [
            ("won't", "will"),
            ("won\u{2019}t", "will"),
            ("didn't", "did"),
            ("can\u{2019}t", "can"),
            ("would've", "would"),
            ("should\u{2019}ve", "should"),
        ] {
            let (entry, listed) = (entry(word), entry(auxiliary));
            for (contracted, plain) in entry.lists.iter().zip(listed.lists) {
                assert_eq!(contracted & plain, plain, "{word} {auxiliary}");
            }
        }
        assert!(entry("won't").is(PLAN_WORDS));
        assert!(entry("didn’t").is_lex(Lex::PastAuxiliaries));
        assert!(entry("wouldn’t").is(super::super::words::HEDGED_MODALS));
        assert!(!entry("would").is(super::super::words::HEDGED_MODALS));
    }

    #[test]
    fn a_key_holds_the_word_s_bytes_zeros_after_and_its_length() {
        let text = "administrationsx";
        for len in 0..=text.len() {
            let word = &text.as_bytes()[..len];
            let expected = (len <= SHORT).then(|| {
                let mut bytes = [0; 16];
                bytes[..len].copy_from_slice(word);
                packed(bytes, len)
            });
            assert_eq!(key(word), expected, "{len}");
        }
    }

    /// The forms spelt out for a list are the words the inflection rules trace back to one of
    /// its words, no more: tried on every listed word, its inflections and a few misspellings.
    #[test]
    fn list_forms_are_the_inflection_rules() {
        let lists = words().lists();
        let mut tried = Vec::new();
        let mut spelt = String::new();
        for &word in lists.iter().flatten() {
            inflections(word, &mut spelt, |w| tried.push(w.to_string()));
            for odd in ["ss", "ies", "ied", "eing", "x"] {
                tried.push(format!("{word}{odd}"));
            }
        }
        for (form, list) in [
            (Form::StativeVerb, STATIVE_VERBS),
            (Form::LinkingVerb, LINKING_VERBS),
            (Form::ForecastVerb, FORECAST_VERBS),
            (Form::ResultWord, RESULT_WORDS),
        ] {
            for word in &tried {
                let mut traced = false;
                super::super::detect::each_lemma_candidate(word, |w| {
                    traced = traced || entry(w).is(list);
                });
                assert_eq!(entry(word).has(form), traced, "{word} {form:?}");
            }
        }
    }

    /// A form of a verb of saying is a word whose ending, taken off (and its `y` or `e` put
    /// back), leaves a listed verb of saying: tried on every listed word with endings added.
    #[test]
    fn say_verb_forms_are_the_endings_taken_off() {
        let is_say = |w: &str| entry(w).is_lex(Lex::SayVerbs);
        let traced = |word: &str| {
            is_say(word)
                || ["s", "d", "ed", "ing"]
                    .iter()
                    .any(|s| word.strip_suffix(s).is_some_and(is_say))
                || ["ied", "ies"].iter().any(|s| {
                    word.strip_suffix(s)
                        .is_some_and(|w| is_say(&format!("{w}y")))
                })
                || word
                    .strip_suffix("ing")
                    .is_some_and(|w| is_say(&format!("{w}e")))
        };
        let lists = words().lists();
        let lexes = chunk::lists();
        let listed = lists.iter().chain(lexes.iter()).flatten();
        for &word in listed {
            let stems = [word, word.strip_suffix(['y', 'e']).unwrap_or(word)];
            for stem in stems {
                for ending in ["", "s", "d", "ed", "ing", "ied", "ies", "ss", "x"] {
                    let tried = format!("{stem}{ending}");
                    assert_eq!(entry(&tried).has(Form::SayVerb), traced(&tried), "{tried}");
                }
            }
        }
        for (word, says) in [
            ("says", true),
            ("implied", true),
            ("arguing", true),
            ("sayer", false),
        ] {
            assert_eq!(entry(word).has(Form::SayVerb), says, "{word}");
        }
    }

    #[test]
    fn words_at_the_length_of_a_short_key_and_past_it() {
        assert_eq!("administrations".len(), SHORT);
        assert!(entry("administrations").has(Form::NotEventPlural));
        assert_eq!(entry("administrationss"), Entry::default());
        let the = u64::from_le_bytes(*b"the\0\0\0\0\0");
        assert_eq!(short_entry([the, 0], 3), entry("the"));
        assert!(entry("the").is(super::super::words::ARTICLES));
    }
}
