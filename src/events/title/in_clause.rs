//! Event nouns whose phrase alone is no title, though their date is inside it: the title is
//! the clause the phrase sits in.
//!
//! A gathering the clause goes to or acts at ("will take the plan to next week's party
//! meeting", "spoke at Friday's rally"): the gathering's date is when the clause happens, and
//! the clause says who did what where "The party meeting" says only that it met. A happening
//! a preposition orders against the clause ("after Monday's storms", "over last year's
//! attacks") is another happening than the clause's, and its phrase reads alone.

use std::ops::Range;

use super::{Class, Lex, REACH, Titles, is_clause_break, is_past_participle};

/// How far back from the gathering's noun its preposition may be, past the date and the words
/// that describe the noun ("to next Thursday's annual general meeting").
const PHRASE_REACH: usize = 10;

impl Titles<'_> {
    /// The verb group of the clause that goes to or acts at the gathering `tokens[trigger]`,
    /// dated between its preposition and the noun and nowhere else near.
    pub(super) fn gathering_group(&self, trigger: usize) -> Option<Range<usize>> {
        let token = &self.tokens[trigger];
        // A date kept as the noun's determiner ("next week's meeting") makes the phrase the
        // title: the clause is the title made without it.
        if !token.is_lex(Lex::GatheringNouns) || token.capitalized || self.kept_date.get() != (0, 0)
        {
            return None;
        }
        let (start, end) = self.noun_phrase_around(trigger);
        let prep = (start.saturating_sub(PHRASE_REACH)..start)
            .rev()
            .find(|&k| !(self.remove[k] || self.class(k).in_noun_phrase()))
            .filter(|&k| self.tokens[k].is_lex(Lex::GatheringPrepositions))?;
        let n = self.tokens.len();
        let near = prep.saturating_sub(REACH)..n.min(end + REACH);
        let dated_here = (prep + 1..trigger).any(|k| self.remove[k]);
        if !dated_here
            || near
                .into_iter()
                .any(|k| self.remove[k] && !(prep..end).contains(&k))
        {
            return None;
        }
        // "the proposals sent to next week's meeting": a participle after its noun describes
        // it, and the verb is further back; "a set of demands": a word after a determiner or
        // a preposition is a noun.
        let noun = |k: usize| {
            let before = k.checked_sub(1).map(|b| self.class(b));
            (before == Some(Class::Noun) && is_past_participle(self.word(k)))
                || matches!(before, Some(Class::Det | Class::Poss | Class::Prep))
        };
        let verb = (prep.saturating_sub(REACH)..prep)
            .rev()
            .take_while(|&k| !is_clause_break(self.tokens, k))
            .find(|&k| {
                matches!(self.class(k), Class::Verb | Class::Aux) && !self.remove[k] && !noun(k)
            })?;
        // "vowed to bring the plan to ...": an infinitive is told by the verb it completes.
        let group = self.verb_group_around(verb);
        let group = if self.class(group.start) == Class::To || self.governed_ing(&group) {
            self.verb_group_for(verb)?
        } else {
            group
        };
        self.finite(group.start).then_some(group)
    }
}
