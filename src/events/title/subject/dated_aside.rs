//! A past participle between commas that holds the date, after a noun phrase and before a
//! clause with a subject of its own: "Under the new rules, announced on Monday, shops may
//! open late". The participle tells what was done to that noun phrase then; the clause after
//! it is another happening.

use super::super::{Class, Titles, is_past_participle};

use super::ASIDE;

impl Titles<'_> {
    /// The verb group at `tokens[start]`, after a comma, is a past participle with no object
    /// (its date, an agent or a place) whose phrase holds a date and closes with a comma
    /// before a noun phrase that opens a clause: the participle describes the noun before the
    /// first comma.
    pub(in crate::events::title) fn dated_participle_aside(&self, start: usize) -> bool {
        let after_comma = self
            .left_past_skipped(start)
            .is_some_and(|c| self.word(c) == ",");
        if !after_comma || self.class(start) != Class::Verb || !is_past_participle(self.word(start))
        {
            return false;
        }
        let end = self.tokens.len().min(start + ASIDE);
        let Some(close) = (start + 1..end).find(|&j| self.class(j) == Class::Punct) else {
            return false;
        };
        // "approved by the board", "announced on Friday": no object right after it.
        let next = (start + 1..close).find(|&j| !(self.skipped(j) || self.introduces_date(j)));
        let no_object = next.is_none_or(|j| self.class(j) == Class::Prep);
        let inside =
            (start + 1..close).all(|j| !matches!(self.class(j), Class::Sub | Class::Coord));
        let dated = (start + 1..close).any(|j| self.remove[j]);
        // The clause after the comma opens with its own subject and has a verb with a tense
        // ("in Bonn, Germany, among ..." is a place).
        let first = (close + 1..end).find(|&j| !(self.skipped(j) || self.introduces_date(j)));
        let subject = first.is_some_and(|j| {
            matches!(
                self.class(j),
                Class::Det | Class::Name | Class::Noun | Class::Pron | Class::Poss
            )
        });
        let verb = first.is_some_and(|j| {
            (j..end)
                .take_while(|&k| self.class(k) != Class::Punct)
                .any(|k| self.finite(k))
        });
        let clause = subject && verb;
        self.word(close) == "," && no_object && inside && dated && clause
    }
}
