//! An event word that only opens an aside between the subject and the verb of its clause
//! dates nothing of its own when the aside holds no date: "On Friday the mayors, accompanied
//! by two aides, flew to Ohio" dates the flight, and its title is the main clause's ("The
//! mayors flew to Ohio"), not the aside's ("Accompanied by two aides").

use std::ops::Range;

use super::subject::ASIDE;
use super::{Class, Titles, is_participle};

impl Titles<'_> {
    /// The verb group of the main clause when `tokens[trigger]` is a participle that opens an
    /// aside right after the comma that follows the noun phrase opening the clause, the aside
    /// closes with a comma before a verb with a tense, and no date is inside it.
    pub(super) fn main_past_aside(&self, trigger: usize) -> Option<Range<usize>> {
        if self.class(trigger) != Class::Verb || !is_participle(self.word(trigger)) {
            return None;
        }
        let open = trigger.checked_sub(1)?;
        // "The putsch in April 1961, aimed at": past a date that ends the subject's phrase.
        let noun = self.left_past_skipped(open)?;
        if self.word(open) != "," || !matches!(self.class(noun), Class::Noun | Class::Name) {
            return None;
        }
        let n = self.tokens.len();
        let close =
            (trigger + 1..n.min(trigger + ASIDE)).find(|&k| self.class(k) == Class::Punct)?;
        if self.word(close) != "," || (trigger..close).any(|k| self.remove[k]) {
            return None;
        }
        // "flew", "had flown", "on Friday flew": the verb right after the comma, past a date.
        let verb = (close + 1..n.min(close + 8))
            .find(|&k| !(self.skipped(k) || self.introduces_date(k)))?;
        // The noun's phrase opens its clause: it is the subject, not an object.
        let opens = self.noun_phrase_ending_at(noun).first().is_some_and(|&f| {
            f == 0 || self.remove[f - 1] || matches!(self.class(f - 1), Class::Punct | Class::Sub)
        });
        (opens && self.finite(verb)).then(|| self.verb_group_around(verb))
    }
}
