//! "The bridge did not open until May": after a negated verb, the "until" phrase tells when the
//! thing at last happened, and without it the title says it never did ("The bridge did not
//! open"). Such a title keeps the preposition and its date.

use std::ops::Range;

use super::{Class, Titles, is_clause_break};

/// How many words after the event word the "until" may stand ("would not reach the far
/// coast until May": a verb, its object and a phrase).
const UNTIL_REACH: usize = 10;
/// How many words before the event word its negation may stand ("had not yet been paid").
const NEGATION_REACH: usize = 4;

impl Titles<'_> {
    /// The tokens of "until" (or "till") and the date right after it, when they follow the
    /// verb at `tokens[trigger]` in its clause and a negation comes right before that verb.
    pub(super) fn negated_until(
        &self,
        clause: &Range<usize>,
        trigger: usize,
    ) -> Option<(usize, usize)> {
        if self.class(trigger) != Class::Verb {
            return None;
        }
        let end = clause.end.min(self.tokens.len()).min(trigger + UNTIL_REACH);
        let until = (trigger + 1..end)
            .take_while(|&k| !is_clause_break(self.tokens, k) && self.word(k) != ",")
            .find(|&k| matches!(self.word(k), "until" | "till"))?;
        // "not ... until after the war ended": a clause, no date the title can hold.
        if self.remove.get(until + 1) != Some(&true) {
            return None;
        }
        let negated = (trigger.saturating_sub(NEGATION_REACH).max(clause.start)..trigger)
            .any(|k| self.class(k) == Class::Neg);
        if !negated {
            return None;
        }
        let date_end = (until + 1..self.tokens.len().min(until + 1 + UNTIL_REACH))
            .find(|&k| !self.remove[k])
            .unwrap_or(self.tokens.len().min(until + 1 + UNTIL_REACH));
        Some((until, date_end))
    }
}
