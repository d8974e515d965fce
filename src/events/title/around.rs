//! The noun phrase and the verb group around a word, and the clause's verb nearest to a
//! phrase: the spans a title is cut from.

use std::ops::Range;

use super::{Class, Form, Lex, PARTICLES, REACH, Titles, is_past_participle, is_plural_form};
use crate::events::words::{KEEPING_VERBS, REMAINING_VERBS};

impl Titles<'_> {
    /// The verb of the clause a phrase at `tokens[i]` belongs to: the first after it in its
    /// clause, else the last before it, else, for a phrase that opens the sentence ("In
    /// composite trading Friday, Conseco closed ..."), the first after the comma.
    pub(super) fn nearest_verb(&self, i: usize) -> Option<usize> {
        let n = self.tokens.len();
        let is_verb =
            |k: usize| matches!(self.class(k), Class::Verb | Class::Aux) && !self.remove[k];
        let ends_clause = |k: usize| matches!(self.class(k), Class::Punct | Class::Sub);
        let mut k = i + 1;
        // "put the issue to a vote next year | after delegates backed it": a verb past a word
        // of time that opens a clause is that clause's, second to one before the phrase.
        let mut opened = false;
        let mut after = None;
        while k < n && k < i + REACH && !ends_clause(k) {
            opened |= self.tokens[k].is_lex(Lex::ClausePrepositions);
            if is_verb(k) {
                if !opened {
                    return Some(k);
                }
                after = Some(k);
                break;
            }
            k += 1;
        }
        let mut k = i;
        while k > 0 && i - k < REACH {
            // "lifted the stock to 410 pence ($6.20) in early dealing": past a bracket.
            if self.word(k - 1) == ")"
                && let Some(open) = (k.saturating_sub(12)..k - 1)
                    .rev()
                    .find(|&j| self.word(j) == "(")
            {
                k = open;
                continue;
            }
            if ends_clause(k - 1) {
                break;
            }
            k -= 1;
            if is_verb(k) {
                return Some(k);
            }
        }
        if after.is_some() {
            return after;
        }
        // "Because of that, on May 3, the general turned ...": a phrase that opens the
        // sentence dates the first verb after it.
        let opens = (0..k).all(|j| !is_verb(j));
        if opens && (k == 0 || self.word(k - 1) == ",") {
            return (k..n.min(k + REACH)).find(|&j| j > i && is_verb(j));
        }
        None
    }

    /// The first of the removed words (a date's) that run up to `tokens[i]`, at most `reach`
    /// of them: `i` when the word before stays.
    pub(super) fn removed_run_start(&self, i: usize, reach: usize) -> usize {
        let mut first = i;
        while first > 0 && i - first < reach && self.remove[first - 1] {
            first -= 1;
        }
        first
    }

    /// The first token left of `i` that is not skipped (nor a preposition of the date).
    pub(super) fn left_past_skipped(&self, i: usize) -> Option<usize> {
        let mut k = i;
        let floor = i.saturating_sub(8);
        while k > floor {
            k -= 1;
            if !(self.skipped(k) || self.introduces_date(k) || self.quote_mark(k)) {
                return Some(k);
            }
        }
        None
    }

    /// The noun phrase around `tokens[i]`: determiners, adjectives, names and numbers to the
    /// left (and the date among them), nouns to the right.
    pub(super) fn noun_phrase_around(&self, i: usize) -> (usize, usize) {
        let mut start = i;
        while start > 0 && i - start < 12 && !self.introduces_date(start - 1) {
            let k = start - 1;
            // "the Sunnyvale, Calif., company": a place's state between commas.
            if let Some(city) = self.state_after_place(k) {
                start = city;
                continue;
            }
            // "central and eastern European countries"; a determiner after "and" opens a
            // phrase of its own ("the first two races and his 1993 win"), and so does a date
            // ("fires in Leeds and last month's blast").
            let coordinated = self.class(k) == Class::Coord
                && self.class(start) != Class::Det
                && !self.remove[start]
                && k > 0
                && !self.remove[k - 1]
                && matches!(self.class(k - 1), Class::Noun | Class::Name);
            if !(self.class(k).in_noun_phrase() || self.remove[k] || coordinated)
                || self.reports_after_saying(k)
            {
                break;
            }
            start = k;
        }
        let mut end = i + 1;
        while end < self.tokens.len()
            && end - i < 8
            && matches!(
                self.class(end),
                Class::Noun | Class::Name | Class::Num | Class::Poss
            )
        {
            end += 1;
        }
        (start, end)
    }

    /// The word at `k` opens what a verb of saying before it reports (dates between them left
    /// out): "said on Sunday that talks in Hanoi had failed" (no determiner of "talks").
    // Inlined, a word that opens nothing answers at once: asked of each word a phrase walks.
    #[inline]
    pub(super) fn reports_after_saying(&self, k: usize) -> bool {
        self.tokens[k].is_lex(Lex::Complementisers) && self.saying_before(k)
    }

    /// A verb of saying comes before `tokens[k]`, dates between them left out (see
    /// [`Self::reports_after_saying`]).
    fn saying_before(&self, k: usize) -> bool {
        (k.saturating_sub(REACH)..k)
            .rev()
            .find(|&j| !(self.remove[j] || self.introduces_date(j)))
            .is_some_and(|j| self.says(j))
    }

    /// The verb group of the verb or auxiliary at `i`: auxiliaries, adverbs and negation
    /// before it, then verbs, `to` + verb and a particle after it ("had not been arrested",
    /// "set to visit", "broke down").
    pub(super) fn verb_group_around(&self, i: usize) -> Range<usize> {
        let mut start = i;
        while start > 0 && i - start < 8 {
            let k = start - 1;
            // "had been ``practically kidnapped''": a quote inside the group.
            let opener = (matches!(
                self.class(k),
                Class::Aux | Class::Adv | Class::Neg | Class::To
            ) || self.quote_mark(k))
                && !self.remove[k];
            // "set to visit", "was only beginning to get", "was found abandoned".
            let verb_before = self.class(k) == Class::Verb
                && !self.remove[k]
                && (self.class(start) == Class::To
                    || (k > 0
                        && self.class(k - 1) == Class::Aux
                        && self.class(start) == Class::Verb
                        && !self.ends_gapped_report(k)));
            // "stayed shut", "remained closed": a participle after a verb of keeping or
            // linking is its complement, the state the subject is in.
            let linked = self.class(k) == Class::Verb
                && !self.remove[k]
                && start == i
                && self.class(i) == Class::Verb
                && is_past_participle(self.word(i))
                && (self.tokens[k].has(Form::LinkingVerb)
                    || self.tokens[k].is(KEEPING_VERBS)
                    || self.tokens[k].is(REMAINING_VERBS));
            if !(opener || verb_before || linked || self.date_inside_group(k)) {
                break;
            }
            start = k;
        }
        while start < i && self.class(start) == Class::Adv {
            start += 1;
        }
        let mut end = i + 1;
        let n = self.tokens.len();
        while end < n && end - i < 8 {
            match self.class(end) {
                // "became full-fledged members": a participle of two words joined after a
                // linking verb, before a noun, describes the noun.
                Class::Verb
                    if self.tokens[end - 1].has(Form::LinkingVerb)
                        && self.word(end).contains('-')
                        && is_past_participle(self.word(end))
                        && end + 1 < n
                        && self.class(end + 1) == Class::Noun =>
                {
                    break;
                }
                // "the team the coach said would win | lost": the main clause's verb.
                Class::Verb
                    if self.class(end - 1) == Class::Verb && self.ends_gapped_report(end - 1) =>
                {
                    break;
                }
                Class::Aux | Class::Verb | Class::Neg => end += 1,
                Class::To if end + 1 < n && self.is_infinitive(end + 1) => end += 2,
                Class::Adv if end + 1 < n && self.class(end + 1) == Class::Verb => end += 2,
                _ if self.tokens[end].is(PARTICLES)
                    && self.tokens.get(end + 1).is_none_or(|t| t.lower != "of") =>
                {
                    end += 1;
                    break;
                }
                _ if self.completes_verb(end) => {
                    end += 1;
                    break;
                }
                _ => break,
            }
        }
        start..end
    }

    /// The verb at `tokens[k]`, after "to", is a bare form: "to cheers", "to reporters" is
    /// a phrase ("said to cheers"), "to pass", "to focus" an infinitive.
    fn is_infinitive(&self, k: usize) -> bool {
        let w = self.word(k);
        self.class(k) == Class::Verb && (!is_plural_form(w) || w.ends_with("is"))
    }

    /// The preposition at `tokens[k]`, right after a verb, is its particle: no object of its
    /// own follows, only the date, the end of the clause, an infinitive, another verb or a
    /// preposition of direction ("stepped in to help", "caved in", "went on until May", "called
    /// in to Lima"; not "fought in France", nor
    /// "will vote on whether ...").
    fn completes_verb(&self, k: usize) -> bool {
        if !self.tokens[k].is_lex(Lex::VerbParticles) || self.remove[k] || self.introduces_date(k) {
            return false;
        }
        let n = self.tokens.len();
        let next = (k + 1..n.min(k + 8)).find(|&j| !(self.skipped(j) || self.introduces_date(j)));
        next.is_none_or(|j| match self.class(j) {
            // "advanced on, seized and burned Tarsa": verbs that share an object.
            Class::Punct if self.word(j) == "," => self
                .tokens
                .get(j + 1)
                .is_none_or(|_| !matches!(self.class(j + 1), Class::Verb | Class::Aux)),
            // "continued on/off", "worried about.'' ": not at the end of a clause.
            Class::Punct => matches!(self.word(j), "." | ";" | ":" | "!" | "?"),
            Class::To => true,
            // "called in to Lima": a preposition of direction after it ("fought in at least
            // ten towns" is a place).
            Class::Prep => self.tokens[j].is_lex(Lex::DirectionPrepositions),
            // "moved in and took the town", not "fought in and around the city".
            Class::Coord => self
                .tokens
                .get(j + 1)
                .is_some_and(|_| matches!(self.class(j + 1), Class::Verb | Class::Aux)),
            _ => false,
        })
    }

    /// `tokens[k]` is a date between an auxiliary and its verb ("was recently extended", "was
    /// on Thursday charged").
    fn date_inside_group(&self, k: usize) -> bool {
        (self.remove[k] || self.introduces_date(k))
            && (k.saturating_sub(4)..k)
                .rev()
                .find(|&j| !(self.remove[j] || self.introduces_date(j)))
                .is_some_and(|j| self.class(j) == Class::Aux)
    }
}
