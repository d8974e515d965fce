//! The phrase "for the first time" counts the occasion, as a date does, and leaves the title's
//! one phrase of place or goal to the phrase after it ("sang for the first time at Lowtown").

use super::{Lex, Titles};

impl Titles<'_> {
    /// `phrase` is "for the first time" (an ordinal before "time", "ever" after it).
    pub(super) fn counts_occasion(&self, phrase: &[usize]) -> bool {
        let (&[f, the, ordinal, time], rest) = phrase.split_at(phrase.len().min(4)) else {
            return false;
        };
        self.word(f) == "for"
            && self.word(the) == "the"
            && self.tokens[ordinal].is_lex(Lex::OrdinalWords)
            && self.word(time) == "time"
            && rest.iter().all(|&w| self.word(w) == "ever")
    }
}
