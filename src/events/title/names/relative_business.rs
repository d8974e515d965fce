//! "Sales fell at the brewing giant, which expects a rebound": a relative clause's antecedent
//! that is a business noun ("the company", "the brewing giant") is the business the text
//! named before, as the same words as a subject of their own are.

use super::super::Titles;
use super::super::subject::Subject;

impl Titles<'_> {
    /// The antecedent `words` of a relative clause as a subject: the business
    /// [`Self::business_named`], [`Self::description_named`] or [`Self::owned_before`] finds
    /// for it, else the words.
    pub(in crate::events::title) fn antecedent_business(&self, words: Vec<usize>) -> Subject {
        match self
            .business_named(&words)
            .or_else(|| self.description_named(&words))
            .or_else(|| self.owned_before(&words))
        {
            Some(named) => Subject::Named(named),
            None => Subject::Words(words),
        }
    }
}
