//! An event noun dated right after its phrase, in a phrase that sets its happening apart in
//! time from the clause around it: the other side of a comparison ("fewer calls than in the
//! flood a month ago"), a preposition of time ("jailed for a riot after the town's vote two
//! years ago") or a phrase of "with" and "due" ("With the vote due in May, the figures came at
//! a bad time"). The date is the noun's, not the clause's, so the title is the noun's phrase.
//! A date inside the phrase ("after the 1987 crash") is read elsewhere.

use super::super::words::MATURITY_WORDS;
use super::{Class, Lex, Titles, is_clause_break};

/// How many tokens may stand between the noun's phrase and its date ("for independence").
const GAP: usize = 6;

impl Titles<'_> {
    /// The phrase title of the event noun `tokens[trigger]` when its phrase is set apart from
    /// its clause and its date follows it (see the module).
    pub(super) fn apart_noun_title(&self, trigger: usize) -> Option<String> {
        if self.class(trigger) != Class::Noun || self.tokens[trigger].capitalized {
            return None;
        }
        let (start, phrase_end) = self.noun_phrase_around(trigger);
        // The noun heads its phrase ("war crimes" is no war); "due" and the date may follow.
        let end = trigger + 1;
        if (start..phrase_end).any(|k| self.remove[k] && k < trigger)
            || (end..phrase_end).any(|k| !(self.remove[k] || self.tokens[k].is(MATURITY_WORDS)))
        {
            return None;
        }
        // The date after the phrase: words of the noun's own phrases only ("for
        // independence"), or "due" ("the vote due in May"); no verb nor clause break between.
        let n = self.tokens.len();
        let mut due = None;
        let mut date = None;
        for k in end..n.min(end + GAP) {
            if self.remove[k] {
                date = Some(k);
                break;
            }
            if self.tokens[k].is(MATURITY_WORDS) {
                due = Some(k);
                continue;
            }
            let verb = matches!(self.class(k), Class::Verb | Class::Aux | Class::Sub);
            if verb || is_clause_break(self.tokens, k) || due.is_some() && !self.introduces_date(k)
            {
                break;
            }
        }
        let date = date?;
        let opener = self.left_past_skipped(start)?;
        let apart = |k: usize| self.tokens[k].is_lex(Lex::ApartPrepositions);
        let set_apart = match self.word(opener) {
            // "more than 8,000 reports": a count, no comparison of happenings.
            "than" => self.class(start) != Class::Num,
            // "than in the storm", "after the vote"; after or before a happening a day or
            // so away ("before a speech on Monday"), the clause is the news.
            _ if apart(opener) => !self.names_weekday(date),
            // "with the vote due in May": the phrase's own time.
            "with" => due.is_some(),
            _ if self.class(opener) == Class::Prep => self
                .left_past_skipped(opener)
                .is_some_and(|b| self.word(b) == "than"),
            _ => false,
        };
        if !set_apart {
            return None;
        }
        // The phrase and its own phrases, up to "due" or the date's preposition.
        let limit = due.unwrap_or(date);
        let limit = (end..limit)
            .find(|&k| self.introduces_date(k))
            .unwrap_or(limit);
        // "after its board meeting" names no one: the clause tells more.
        if self.tokens[start].is_lex(Lex::OwnerPronouns) {
            return None;
        }
        Some(self.phrase_title(trigger, limit))
    }

    /// The date that starts at `tokens[date]` names a day of the week: "on Monday evening".
    fn names_weekday(&self, date: usize) -> bool {
        (date..self.tokens.len().min(date + GAP))
            .take_while(|&k| self.remove[k])
            .any(|k| self.tokens[k].is_lex(Lex::WeekdayNames))
    }
}
