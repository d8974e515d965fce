//! "The king referred to May Day in his speech": after a verb that tells of what its
//! preposition's phrase names ([`TOPIC_VERBS`], [`Lex::DateObjectVerbs`]), a date right after that preposition
//! is what the verb is about, not when it happened, and without it the title asks "to what?".
//! Such a title keeps the preposition and its date in the article's words. (A length of time
//! a verb takes, "would take two days", is no date at all: see `analysis::measures_its_verb`.)

use std::ops::Range;

use super::{Class, Lex, REACH, Titles};
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
}
