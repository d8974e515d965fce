//! A counted noun phrase between commas before a verb is no aside: in "After the storm, 40
//! stranded families, most of them farmers, were moved" the families were moved, not the
//! storm; an age ("Vance, 45, said") or a share ("Acme, 51% owned by Bell,") is one.

use super::super::{Class, Lex, Titles, ends_in_plural_s};

impl Titles<'_> {
    /// The words between the commas at `tokens[o]` and `tokens[close]` are a number and the
    /// plural noun it counts, with describing words between ("40 stranded families").
    pub(super) fn counted_phrase(&self, o: usize, close: usize) -> bool {
        let (first, head) = (o + 1, close.saturating_sub(1));
        if first + 1 > head || self.class(first) != Class::Num {
            return false;
        }
        let plural = |j: usize| {
            self.class(j) == Class::Noun
                && !self.tokens[j].capitalized
                && (ends_in_plural_s(self.word(j)) || self.tokens[j].is_lex(Lex::PluralNouns))
        };
        let describes = |j: usize| {
            !self.tokens[j].capitalized && matches!(self.class(j), Class::Noun | Class::Verb)
        };
        plural(head) && (first + 1..head).all(describes)
    }
}
