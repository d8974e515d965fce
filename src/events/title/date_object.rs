//! "The king referred to May Day in his speech": after a verb that tells of what its
//! preposition's phrase names ([`TOPIC_VERBS`], [`Lex::DateObjectVerbs`]), a date right after that preposition
//! is what the verb is about, not when it happened, and without it the title asks "to what?".
//! Such a title keeps the preposition and its date in the article's words. (A length of time
//! a verb takes, "would take two days", is no date at all: see `analysis::measures_its_verb`.)
//! A title keeps a date that is the subject of a clause too ("proposed that June 1 be a
//! holiday"): without it the clause has no subject.

use std::ops::Range;

use super::{Class, Lex, REACH, Titles};
use crate::events::words::{COPULAS, TOPIC_VERBS};

/// How many tokens a date that is a clause's subject may hold ("June 1, 2011").
const SUBJECT_DATE: usize = 6;

impl Titles<'_> {
    /// The tokens of the preposition right after the verb at `tokens[trigger]` (or after its
    /// "back": "dates back to 1320") and of the date right after it, when the verb is one of
    /// [`TOPIC_VERBS`] or [`Lex::DateObjectVerbs`]. The verb is the trigger, or one of its
    /// clause near it: "referred to May Day in a Christmas address" is an event of the address.
    pub(super) fn date_object(
        &self,
        clause: &Range<usize>,
        trigger: usize,
    ) -> Option<(usize, usize)> {
        let near = clause.start.max(trigger.saturating_sub(REACH))
            ..clause.end.min(trigger + REACH).min(self.tokens.len());
        std::iter::once(trigger)
            .chain(near)
            .find_map(|verb| self.date_object_of(verb))
    }

    fn date_object_of(&self, trigger: usize) -> Option<(usize, usize)> {
        if let Some(kept) = self.date_complement(trigger) {
            return Some(kept);
        }
        if self.class(trigger) != Class::Verb {
            return None;
        }
        let verb = &self.tokens[trigger];
        if !(verb.is(TOPIC_VERBS) || verb.is_lex(Lex::DateObjectVerbs)) {
            return None;
        }
        let mut prep = trigger + 1;
        if prep < self.tokens.len() && self.word(prep) == "back" {
            prep += 1;
        }
        let first = prep + 1;
        if first >= self.tokens.len() || self.class(prep) != Class::Prep || !self.remove[first] {
            return None;
        }
        let end = (first..self.tokens.len())
            .find(|&k| !self.remove[k])
            .unwrap_or(self.tokens.len());
        Some((prep, end))
    }

    /// The tokens of the date (and the preposition before it) that is all a form of "be" at
    /// `tokens[be]` says, when the date ends the clause: in "the vote will be on Monday" and
    /// "the soonest it could sail would be three days later" the date is the complement, and
    /// without it the title ends on "be". A date with more words after it in the clause ("it
    /// was on Monday that ...") is no complement.
    fn date_complement(&self, be: usize) -> Option<(usize, usize)> {
        if !matches!(self.class(be), Class::Verb | Class::Aux) || !self.tokens[be].is(COPULAS) {
            return None;
        }
        let n = self.tokens.len();
        let first = if self.class(be + 1) == Class::Prep {
            be + 2
        } else {
            be + 1
        };
        if first >= n || !self.remove[first] {
            return None;
        }
        let end = (first..n).find(|&k| !self.remove[k]).unwrap_or(n);
        let ends = end >= n || matches!(self.class(end), Class::Punct | Class::Coord);
        (ends && !matches!(self.word(end), "'s" | "%")).then_some((be + 1, end))
    }

    /// `tokens[i]`, a word of a date, is in the subject of a clause: a date named by a name or
    /// a number right after "that", or right after a verb when a bare "be" follows ("proposed
    /// June 1 be made a holiday"), and right before a verb with a tense. "The mayor announced
    /// that 2011 would be a year of cuts": without its subject the title reads "announced
    /// would be". A date after a preposition ("that on Monday he would") is no subject.
    pub(super) fn clause_date_subject(&self, i: usize) -> bool {
        let n = self.tokens.len();
        let first = self.removed_run_start(i, SUBJECT_DATE);
        let Some(verb) = (i + 1..n.min(first + SUBJECT_DATE)).find(|&k| !self.remove[k]) else {
            return false;
        };
        if first == 0 || !matches!(self.class(first), Class::Name | Class::Num) {
            return false;
        }
        let before = first - 1;
        let opened = self.word(before) == "that"
            || (self.class(before) == Class::Verb && self.word(verb) == "be");
        opened && self.finite(verb) && self.class(verb) != Class::To
    }
}
