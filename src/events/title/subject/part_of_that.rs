//! "$4 million of that flowed out on Friday": "that" after "of" stands for what the sentence
//! told before (a demonstrative), no relative pronoun; the amount and its "of that" are the
//! subject, so the title is no bare verb ("Flowed out").

use super::super::{Class, Titles};

impl Titles<'_> {
    /// The words of "an amount of that" ending at "that", `tokens[k]`, before a verb.
    pub(super) fn part_of_that(&self, k: usize) -> Option<Vec<usize>> {
        let of = k.checked_sub(1)?;
        let amount = of.checked_sub(1)?;
        if self.word(k) != "that"
            || self.word(of) != "of"
            || self.remove[amount]
            || !matches!(self.class(amount), Class::Num | Class::Noun)
        {
            return None;
        }
        let mut words = self.noun_phrase_ending_at(amount);
        words.extend([of, k]);
        Some(words)
    }
}
