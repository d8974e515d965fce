//! A relative clause of "be" and a participle after an indefinite noun ("worried about a
//! sailor who was seized off Aden"): "a sailor" says nothing alone, so the title keeps the
//! participle and its phrase without the pronoun and the "be", as a headline does ("worried
//! about a sailor seized off Aden").

use super::{Class, Titles, is_past_participle};

impl Titles<'_> {
    /// The participle of the relative clause that the pronoun at `tokens[k]` opens, when it is
    /// "be" and a participle ("who was | arrested", "that had been | seized") and the noun
    /// phrase that ends `current` right before it opens with "a", "an" or a number.
    pub(super) fn relative_participle(&self, current: &[usize], k: usize) -> Option<usize> {
        if !matches!(self.word(k), "who" | "which" | "that") {
            return None;
        }
        let &noun = current.last()?;
        if noun + 1 != k || self.class(noun) != Class::Noun {
            return None;
        }
        let opener = current
            .iter()
            .copied()
            .find(|&w| self.class(w) != Class::Prep)?;
        if !(matches!(self.word(opener), "a" | "an") || self.class(opener) == Class::Num) {
            return None;
        }
        let be = if self.tensed_be(k + 1) {
            k + 1
        } else if matches!(self.word(k + 1), "has" | "have" | "had") && self.word(k + 2) == "been" {
            k + 2
        } else {
            return None;
        };
        let participle = be + 1;
        (self.classes.get(participle) == Some(&Class::Verb)
            && is_past_participle(self.word(participle))
            && !self.remove[participle])
            .then_some(participle)
    }
}
