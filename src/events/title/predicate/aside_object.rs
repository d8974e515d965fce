//! An infinitive whose object comes after an aside between commas ("resigned to seek,
//! without success, a seat in the senate"): the title ends before the comma, so the verb
//! would end it without what it seeks.

use super::super::{Class, Titles};

/// How many words an aside between the infinitive and its object may hold.
const ASIDE: usize = 4;

impl Titles<'_> {
    /// `phrase` is "to" and its verb alone, with a comma right after it, an aside of a few
    /// words and another comma, then an object.
    pub(super) fn object_past_aside(&self, phrase: &[usize]) -> bool {
        let [to, verb] = phrase[..] else {
            return false;
        };
        let comma = verb + 1;
        if self.class(to) != Class::To
            || self
                .tokens
                .get(comma)
                .is_none_or(|_| self.word(comma) != ",")
        {
            return false;
        }
        let end = self.tokens.len().min(comma + ASIDE + 2);
        (comma + 2..end)
            .find(|&k| self.word(k) == ",")
            .and_then(|close| self.classes.get(close + 1))
            .is_some_and(|c| {
                matches!(
                    c,
                    Class::Det | Class::Poss | Class::Noun | Class::Name | Class::Num
                )
            })
    }
}
