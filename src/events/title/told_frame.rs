//! A verb of telling and the one told before what was said: "told a packed hall | the nation
//! must act". A claim framed so keeps its source as a claim framed by a bare verb of saying does
//! ("Ann Roe told a packed hall the nation must act"), since what was told alone is an opinion.
//! After what was said, the one told is no object of the saying: `"We are ready," Hale told
//! reporters` is about being ready, and keeps "told reporters" whole.

use std::ops::Range;

use super::{Class, Lex, Titles};

/// How far back from what was said the verb of telling may be, in tokens: the one told is a
/// short noun phrase ("a gala dinner audience in the capital").
const TOLD_REACH: usize = 12;

impl Titles<'_> {
    /// The verb group of telling whose one told ends right before `tokens[start]`, the first
    /// word of what was said, or before its "that": "told reporters (that)".
    pub(super) fn frame_past_addressee(&self, start: usize) -> Option<Range<usize>> {
        for v in (start.saturating_sub(TOLD_REACH)..start).rev() {
            let token = &self.tokens[v];
            if self.class(v) == Class::Verb && token.is_lex(Lex::AddresseeVerbs) {
                let said = self.past_addressee(v + 1, start + 1)?;
                let opens = said == start
                    || (self.word(said) == "that" && self.left_past_skipped(start) == Some(said));
                return opens.then(|| self.verb_group_around(v));
            }
            // The one told holds no verb, clause break or other clause.
            if matches!(
                self.class(v),
                Class::Verb | Class::Aux | Class::Punct | Class::Sub | Class::To
            ) && self.word(v) != "that"
            {
                return None;
            }
        }
        None
    }

    /// The verb group `group` of telling has only the one told after it (`phrases`' first),
    /// then adjuncts (`adjunct`) and the end of its clause: "..., Hale told reporters in Leeds
    /// on Monday." Not "told reporters (that) the town was safe", whose report follows.
    pub(super) fn told_only(
        &self,
        group: &Range<usize>,
        phrases: &[Vec<usize>],
        adjunct: impl Fn(&[usize]) -> bool,
    ) -> bool {
        let Some((told, rest)) = phrases.split_first() else {
            return false;
        };
        let telling = group
            .clone()
            .rev()
            .find(|&k| self.class(k) == Class::Verb)
            .is_some_and(|k| self.tokens[k].is_lex(Lex::AddresseeVerbs));
        // (Not "warned that ...": what was told.)
        let one_told = told.first().is_some_and(|&k| {
            matches!(
                self.class(k),
                Class::Det | Class::Noun | Class::Name | Class::Poss
            ) && self.word(k) != "that"
                || self.tokens[k].is_lex(Lex::ObjectPronouns)
        });
        // "warned farmers to stay away": the infinitive is what they were told.
        let adjuncts = rest
            .iter()
            .all(|p| self.class(p[0]) != Class::To && adjunct(p));
        if !(telling && one_told && adjuncts) {
            return false;
        }
        // The clause ends after the phrases, past the date: a stop or a comma.
        let last = rest
            .last()
            .unwrap_or(told)
            .last()
            .map_or(group.end, |&k| k + 1);
        (last..self.tokens.len().min(last + TOLD_REACH))
            .find(|&k| !(self.skipped(k) || self.introduces_date(k) || self.quote_mark(k)))
            .is_none_or(|k| self.class(k) == Class::Punct)
    }
}
