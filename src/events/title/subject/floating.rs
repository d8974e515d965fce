//! Words between a subject and its verb that are no subject themselves: a quantifier that
//! floats after the phrase it counts ("the envoys all signed"), and "in" with a noun that
//! makes an adverb of the pair ("who in turn was taught").

use super::super::{Class, Lex, Titles};

impl Titles<'_> {
    /// The word before the floating quantifier or the adverbial pair that ends at
    /// `tokens[k]`, right before a verb group: where its subject ends.
    pub(super) fn past_floating(&self, k: usize) -> Option<usize> {
        let before = k.checked_sub(1)?;
        if self.tokens[k].is_lex(Lex::FloatingQuantifiers) {
            // "the envoys all signed", "they both left"; "all signed" has no phrase before.
            return (matches!(self.class(before), Class::Noun | Class::Name | Class::Pron)
                && !self.remove[before])
                .then_some(before);
        }
        if self.tokens[k].is_lex(Lex::AdverbialNouns) && self.word(before) == "in" {
            return self.left_past_skipped(before);
        }
        None
    }
}
