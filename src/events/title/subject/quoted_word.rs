//! A quoted word inside a noun phrase is the phrase's: in the US "surge", the "column of
//! tears", the article and the describers before the opening mark stay with the noun.

use super::super::super::words::quotation_mark;
use super::super::{Class, Titles};

/// How many tokens a quoted word of a phrase may hold, its closing mark included.
const QUOTED: usize = 6;

impl Titles<'_> {
    /// The quotation mark at `tokens[k]` opens a quotation that closes right after the noun
    /// at `tokens[end]`, and a word of the noun phrase comes before it ("the US | "surge"").
    pub(super) fn quoted_in_phrase(&self, k: usize, end: usize) -> bool {
        k > 0
            && k < end
            && end - k < QUOTED
            && end + 1 < self.tokens.len()
            && !self.remove[k - 1]
            && (matches!(
                self.class(k - 1),
                Class::Det | Class::Noun | Class::Name | Class::Num | Class::Poss
            ) || self.describing_participle(k - 1))
            && (quotation_mark(self.tokens, k, false) == Some(true)
                && quotation_mark(self.tokens, end + 1, true) == Some(false)
                && (k + 1..=end).all(|j| quotation_mark(self.tokens, j, true).is_none())
                // The allied 'congress': single marks around the noun, as a pair.
                || self.single_quote_closing(k) == Some(end + 1))
    }

    /// `tokens[k]` is a participle after a determiner, a describer of the noun to come:
    /// "the allied", "the so-called".
    pub(super) fn describing_participle(&self, k: usize) -> bool {
        k > 0 && self.class(k) == Class::Verb && self.class(k - 1) == Class::Det
    }
}
