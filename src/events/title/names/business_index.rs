//! What the look for the business "the company" stands for finds the same for every subject
//! of a sentence, found once for the sentence: an endless sentence of such subjects ("the stock
//! rose 5 cents, the board met, the dividend ...") read the text's lead and a window of
//! [`BUSINESS_REACH`] bytes again for each.

use std::cell::{Cell, OnceCell};
use std::ops::Range;

use super::super::super::chunk;
use super::super::{Lex, Titles};
use super::business::BUSINESS_REACH;

/// The business look-ups' findings for one sentence, each read when first needed.
#[derive(Default)]
pub(in crate::events::title) struct BusinessIndex<'t> {
    /// The business that opens the text's lead, the one business the lead names.
    pub(super) lead: OnceCell<Option<&'t str>>,
    /// The company suffixes with a capital first letter in reach of the sentence's windows,
    /// indexed at the second window: most sentences look through one, read as it is.
    suffixes: OnceCell<Suffixes>,
    /// A window was read without the index.
    read_one: Cell<bool>,
}

/// The company suffixes with a capital first letter ("Corp", "Inc") that start within the
/// bytes `span` of the text: every window "the company" looks back over from the sentence.
struct Suffixes {
    span: Range<usize>,
    /// Each such word's start and end, by start, and whether a letter follows it (then it is
    /// no word of its own, unless the window ends with it: "Company").
    hits: Vec<(usize, usize, bool)>,
    /// A suffix is not all ASCII lower-case letters: any window may name a business.
    any: bool,
}

impl Titles<'_> {
    /// The window of the text `from..here` holds a word of the company suffixes with a capital
    /// first letter, as it is when a capitalised token is one: most windows hold none, and so
    /// are not cut into tokens.
    pub(super) fn may_name_business(&self, from: usize, here: usize) -> bool {
        let looks = &self.business_index;
        if looks.suffixes.get().is_none() && !looks.read_one.replace(true) {
            return may_name_business(&self.text.as_bytes()[from..here]);
        }
        let index = looks.suffixes.get_or_init(|| self.suffixes());
        debug_assert!(index.span.start <= from && here <= index.span.end);
        if index.any {
            return true;
        }
        let first = index.hits.partition_point(|h| h.0 < from);
        index.hits[first..]
            .iter()
            .take_while(|h| h.0 < here)
            .any(|&(_, end, letter)| end == here || (end < here && !letter))
    }

    /// [`Suffixes`] in reach of the sentence's tokens.
    fn suffixes(&self) -> Suffixes {
        let words = &chunk::lists()[Lex::CompanySuffixes as usize];
        let starts = self.tokens.iter().map(|t| t.span.start);
        let span = match (starts.clone().min(), starts.max()) {
            (Some(low), Some(high)) => self.reach_back(low, BUSINESS_REACH)..high,
            _ => 0..0,
        };
        let any = !ascii_words(words);
        let text = self.text.as_bytes();
        let mut hits = Vec::new();
        for i in span.clone().filter(|&i| text[i].is_ascii_uppercase()) {
            for w in words {
                let end = i + w.len();
                if text
                    .get(i..end)
                    .is_some_and(|s| s.eq_ignore_ascii_case(w.as_bytes()))
                {
                    hits.push((i, end, text.get(end).is_some_and(u8::is_ascii_alphabetic)));
                }
            }
        }
        Suffixes { span, hits, any }
    }
}

/// Every word of `words` is ASCII lower-case letters other than "k": a capitalised token whose
/// lower case is such a word is that word in ASCII ("K", the Kelvin sign, is a capital "k" of
/// another script).
fn ascii_words(words: &[&str]) -> bool {
    words
        .iter()
        .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() && b != b'k'))
}

/// `text` holds a word of the company suffixes with a capital first letter, as it is when a
/// capitalised token is one ([`Titles::may_name_business`] without the index).
fn may_name_business(text: &[u8]) -> bool {
    let suffixes = &chunk::lists()[Lex::CompanySuffixes as usize];
    if !ascii_words(suffixes) {
        return true;
    }
    (0..text.len())
        .filter(|&i| text[i].is_ascii_uppercase())
        .any(|i| {
            // A letter after it continues the word ("Company"): no token of its own.
            suffixes.iter().any(|w| {
                text.get(i..i + w.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(w.as_bytes()))
                    && !text.get(i + w.len()).is_some_and(u8::is_ascii_alphabetic)
            })
        })
}
