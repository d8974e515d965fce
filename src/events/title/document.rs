//! A participle that dates a document ("the letter, dated Monday", "a memo timed 9 a.m.")
//! tells when it was written, no happening: the event is the clause the document's phrase is
//! part of. "Smith said in a memo, dated Monday" is titled by "said", never "Smith dated".

use std::ops::Range;

use super::clauses::is_clause_break;
use super::{Class, Lex, REACH, Titles};

impl Titles<'_> {
    /// The verb group with a tense of the clause the document at `tokens[trigger]` dates is
    /// in, when `tokens[trigger]` is a participle of [`Lex::DocumentParticiples`] right after
    /// its noun (or the comma after it) and right before its date: the verb before the noun's
    /// phrase in its clause, or else the first after the participle ("The letter, dated
    /// Monday, said").
    pub(super) fn dated_document(&self, trigger: usize) -> Option<Range<usize>> {
        if !self.tokens[trigger].is_lex(Lex::DocumentParticiples)
            || !self.remove.get(trigger + 1).is_some_and(|&r| r)
        {
            return None;
        }
        let mut noun = trigger.checked_sub(1)?;
        if self.word(noun) == "," {
            noun = noun.checked_sub(1)?;
        }
        if !matches!(self.class(noun), Class::Noun | Class::Name) {
            return None;
        }
        let floor = noun.saturating_sub(REACH);
        let before = (floor..noun)
            .rev()
            .take_while(|&k| !(is_clause_break(self.tokens, k) || self.class(k) == Class::Sub))
            .find(|&k| self.finite(k) && self.class(k) != Class::To);
        let verb = before.or_else(|| {
            let n = self.tokens.len().min(trigger + REACH);
            (trigger + 1..n).find(|&k| self.finite(k) && self.class(k) != Class::To)
        })?;
        Some(self.verb_group_around(verb))
    }
}
