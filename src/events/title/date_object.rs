//! "The king referred to May Day in his speech": after a verb that tells of what its
//! preposition's phrase names ([`TOPIC_VERBS`], [`Lex::DateObjectVerbs`]), a date right after that preposition
//! is what the verb is about, not when it happened, and without it the title asks "to what?".
//! Such a title keeps the preposition and its date in the article's words. A length of time
//! after a verb that takes one ("would take two days") is that verb's object the same way.

use std::ops::Range;

use super::{Class, Lex, REACH, Titles, is};
use crate::events::words::TOPIC_VERBS;

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
        if self.class(trigger) != Class::Verb {
            return None;
        }
        let verb = &self.tokens[trigger];
        if verb.is_lex(Lex::DurationVerbs) {
            return self.length_after(trigger);
        }
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

    /// The tokens of a length of time right after a verb of [`Lex::DurationVerbs`] at
    /// `tokens[verb]`, which is its object ("would take | two days"): the date ends on a unit
    /// of time ("days", "a year") and names no day or month.
    pub(super) fn length_object_of(&self, verb: usize) -> Option<(usize, usize)> {
        if self.class(verb) != Class::Verb || !self.tokens[verb].is_lex(Lex::DurationVerbs) {
            return None;
        }
        self.length_after(verb)
    }

    /// [`Self::length_object_of`] the verb at `tokens[verb]`, its class and list known.
    fn length_after(&self, verb: usize) -> Option<(usize, usize)> {
        let n = self.tokens.len();
        let first = verb + 1;
        // "which last year had sales": a verb that is part of the date is none.
        if first >= n || !self.remove[first] || self.remove[verb] {
            return None;
        }
        let limit = n.min(first + 8);
        let unit = |k: usize| {
            let word = self.word(k);
            is(Lex::LengthUnits, word.strip_suffix('s').unwrap_or(word))
        };
        // The length ends on its unit: a date right after it says when ("took two days | last
        // week"). A length in parts joined by "and" ("three hours and ten minutes") is not
        // kept: a title keeps none of it rather than its first part.
        let end = 1
            + (first..limit)
                .take_while(|&k| self.remove[k])
                .find(|&k| unit(k))?;
        if self.word(end) == "and" {
            return None;
        }
        // "taken Sunday night": a named day or month makes it a date, not a length.
        let named = (first..end).any(|k| self.tokens[k].capitalized);
        (!named).then_some((first, end))
    }
}
