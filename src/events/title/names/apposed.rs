//! "jobs will go at the biggest regional airline, Kestrel. The company said": a business the
//! sentence before names in apposition to a business noun, with no suffix ("Corp.") that the
//! look for a business's name would find; "the company" after it is that business.

use std::ops::Range;

use super::super::{Class, Lex, Titles};

/// The most words of a name in apposition.
const NAME_WORDS: usize = 4;

impl Titles<'_> {
    /// The name of the one business the sentence before gives in apposition to a business
    /// noun ("the pay TV operator, Austral"), or none when it gives two, or the noun follows a
    /// word that makes it another business ("its rival maker, Zenda").
    pub(super) fn apposed_business(&self) -> Option<&str> {
        let span = self.previous_sentence(|t| t.business_in_apposition())?;
        self.text.get(span)
    }

    /// [`Self::apposed_business`] in this sentence: the bytes of the name.
    fn business_in_apposition(&self) -> Option<Range<usize>> {
        let n = self.tokens.len();
        let mut found = None;
        for noun in 0..n.saturating_sub(2) {
            let token = &self.tokens[noun];
            if token.capitalized
                || !token.is_lex(Lex::OrganizationNouns)
                || self.word(noun + 1) != ","
                || noun
                    .checked_sub(1)
                    .is_some_and(|b| self.tokens[b].is_lex(Lex::OtherBusinessWords))
            {
                continue;
            }
            let first = noun + 2;
            let limit = n.min(first + NAME_WORDS + 1);
            let end = (first..limit)
                .find(|&j| self.class(j) != Class::Name)
                .unwrap_or(limit);
            // The name ends the sentence or the aside: "operator, Austral." or "Austral, said".
            let closed = end == n || matches!(self.word(end), "," | "." | ";");
            if end == first || !closed || (first..end).any(|j| !self.tokens[j].capitalized) {
                continue;
            }
            if found.is_some() {
                return None;
            }
            found = Some(self.tokens[first].span.start..self.tokens[end - 1].span.end);
        }
        found
    }
}
