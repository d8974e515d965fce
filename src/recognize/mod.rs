//! Recognition: find temporal expressions in a text and say what they are, unresolved
//! ("last <unit=year>", "<month=3> with no year"), without looking at any reference date.
//!
//! The rules and word lists are data (`data/rules/en.rules`, `data/rules/words.txt`, embedded
//! in the binary) compiled once into a hash table of words and, for each word or number, the
//! rule variants that can start there. A text is tokenised once; only tokens that start some
//! rule are tried, and each try walks a bounded number of tokens, so time is linear in the text.

mod lexicon;
mod rules;
mod scan;

use std::fmt;
use std::sync::OnceLock;

pub use rules::{DurationKind, Example, Producer, Rule};
pub use scan::{Amount, Expression, Slots};

use lexicon::Lexicon;
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

const WORDS: &str = include_str!("../../data/rules/words.txt");
const RULES: &str = include_str!("../../data/rules/en.rules");

/// The compiled rules: word table, rule variants and, per word, the variants it can start.
pub struct Recognizer {
    lexicon: Lexicon,
    compiled: Compiled,
    /// Per key id: variant ids whose first element can match that word.
    by_key: Vec<Vec<u32>>,
    /// Variant ids that can start at a number token.
    by_number: Vec<u32>,
    /// Variant ids that can start at an apostrophe ("'80s").
    by_apostrophe: Vec<u32>,
}

impl Recognizer {
    /// Compiles rule data given as text.
    ///
    /// # Errors
    /// A [`RuleError`] naming the file and line of the first mistake.
    pub fn compile(words: &str, rules: &str) -> Result<Self, RuleError> {
        let mut lexicon = Lexicon::parse(words)?;
        let compiled = rules::parse(rules, &mut lexicon)?;
        let mut by_key = vec![Vec::new(); lexicon.starts.len()];
        let mut by_number = Vec::new();
        let mut by_apostrophe = Vec::new();
        for (id, variant) in compiled.variants.iter().enumerate() {
            let id = u32::try_from(id).unwrap_or(u32::MAX);
            let keys = match &variant.elements[0] {
                Element::Words(keys) => keys.clone(),
                Element::Class(class) => lexicon.keys_of(*class),
                Element::Builtin(builtin) => {
                    by_number.push(id);
                    match builtin {
                        Builtin::Number | Builtin::Year => lexicon.keys_of(lexicon::Class::Number),
                        Builtin::Ordinal | Builtin::Day => lexicon.keys_of(lexicon::Class::Ordinal),
                        Builtin::Decade => {
                            by_apostrophe.push(id);
                            Vec::new()
                        }
                        _ => Vec::new(),
                    }
                }
                Element::Punct(_) | Element::Possessive => Vec::new(),
            };
            for key in keys {
                let list = &mut by_key[key as usize];
                if list.last() != Some(&id) {
                    list.push(id);
                }
            }
        }
        Ok(Self {
            lexicon,
            compiled,
            by_key,
            by_number,
            by_apostrophe,
        })
    }

    /// The rules, in file order, with their examples.
    #[must_use]
    pub fn rules(&self) -> &[Rule] {
        &self.compiled.rules
    }
}

/// The recognizer compiled from the embedded rule data (once per process).
///
/// # Panics
/// Never with the embedded data, which `cargo test` compiles.
pub fn recognizer() -> &'static Recognizer {
    static COMPILED: OnceLock<Recognizer> = OnceLock::new();
    COMPILED.get_or_init(|| {
        Recognizer::compile(WORDS, RULES).unwrap_or_else(|e| panic!("embedded rule data: {e}"))
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
    recognizer().scan(text, &tokens)
}

#[cfg(test)]
mod tests;
