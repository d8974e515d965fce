//! A past participle that describes the noun phrase before it ("the cooler weather, expected
//! in Darwin tomorrow, may help", "a summit set for Lisbon in June") is a passive whose "be"
//! the sentence leaves out: the title is a clause, so it puts the "be" back, in the tense of
//! the verb that governs the phrase ("The cooler weather is expected in Darwin", "The bridge
//! was built by Scottish engineers"), or, before an infinitive in the present, tells what is
//! ahead as a headline does ("The rail strike to resume in Leeds").

use std::ops::Range;

use super::subject::ASIDE;
use super::{
    Class, Form, Lex, REACH, Subject, Titles, is_clause_break, is_past_participle, is_plural_form,
};
use crate::events::words::TIME_CONJUNCTIONS;

impl Titles<'_> {
    /// "The twins, finalists in the relay last year, both won": an apposition between
    /// commas after the noun phrase that opens the sentence, holding the date and no verb,
    /// tells what that noun was then, with the "be" the sentence leaves out, in the past of
    /// the verb after it ("The twins were finalists in the relay"). `word` is a word of the
    /// apposition.
    pub(super) fn apposition_then(&self, word: usize) -> Option<String> {
        let n = self.tokens.len();
        let comma = |j: &usize| self.word(*j) == ",";
        let open = (word.saturating_sub(ASIDE)..word).rev().find(comma)?;
        let close = (word..n.min(word + ASIDE)).find(comma)?;
        // "both won", "then took": the verb after the apposition, in the past (a word after
        // "both" may be read as no verb). Asked first: few titles get past it.
        let past = (close + 1..n.min(close + 4)).any(|k| {
            self.tokens[k].is_lex(Lex::PastAuxiliaries)
                || (self.class(k) != Class::Aux && is_past_participle(self.word(k)))
        });
        if !past || !(open + 1..close).any(|k| self.remove[k]) {
            return None;
        }
        let inside: Vec<usize> = (open + 1..close).filter(|&k| !self.skipped(k)).collect();
        // "in the mixed teams event": a verb's form before a noun describes it.
        let verbless = inside.iter().all(|&k| {
            let verb = match self.class(k) {
                Class::Verb => !matches!(self.classes.get(k + 1), Some(Class::Noun)),
                class => matches!(class, Class::Aux | Class::Sub | Class::To),
            };
            !verb && !is_clause_break(self.tokens, k)
        });
        let head = inside.first()?;
        if !verbless || self.class(*head) == Class::Prep {
            return None;
        }
        let subject = self.noun_phrase_ending_at(self.left_past_skipped(open)?);
        let opens = (0..open).find(|&j| !self.remove[j]);
        if subject.first().copied() != opens {
            return None;
        }
        let noun = inside
            .iter()
            .take_while(|&&k| self.class(k) != Class::Prep)
            .last()?;
        let plural = self.word(*noun).split('-').any(is_plural_form);
        let be = if plural { "were" } else { "was" };
        let title = format!("{} {be} {}", self.join(&subject), self.join(&inside));
        (title.chars().count() <= super::MAX_CHARS).then(|| self.finish(&title))
    }

    /// The verb of a title whose verb group `verb_words` is a participle alone (and what
    /// completes it: "set to resume") after its subject's noun phrase, when that phrase is no
    /// subject of it: the participle and its "be", or the infinitive alone.
    pub(super) fn reduced_passive(
        &self,
        verb_words: &[usize],
        subject: &Subject,
    ) -> Option<String> {
        let Subject::Words(words) = subject else {
            return None;
        };
        let (&v, &last) = (verb_words.first()?, words.last()?);
        if self.class(v) != Class::Verb
            || !is_past_participle(self.word(v))
            || verb_words.iter().any(|&k| self.class(k) == Class::Aux)
        {
            return None;
        }
        let before = self.left_past_skipped(v)?;
        let governing = if before == last {
            // "the town near its old peak set in May": a participle describes the nearest
            // noun ("its old peak"), which may not be the whole subject.
            if words.iter().any(|&k| self.class(k) == Class::Prep) {
                return None;
            }
            self.governing_before(words[0], v)?
        } else if self.word(before) == "," && self.left_past_skipped(before) == Some(last) {
            self.governing_after(v)
                .or_else(|| self.governing_before(words[0], v))?
        } else {
            return None;
        };
        let past = self.past_group(&governing);
        // "set to resume": what is ahead, in the present, is the infinitive alone.
        let to = verb_words
            .get(1)
            .is_some_and(|&k| self.class(k) == Class::To);
        if to && !past {
            return Some(self.join(&verb_words[1..]));
        }
        let plural = self.plural_subject(subject);
        let be = match (past, plural) {
            (true, true) => "were",
            (true, false) => "was",
            (false, true) => "are",
            (false, false) => "is",
        };
        Some(format!("{be} {}", self.join(verb_words)))
    }

    /// The verb group that takes the phrase at `tokens[start]` as its object, when the phrase
    /// has a participle of [`Lex::ScheduleParticiples`] at `tokens[v]` with a phrase or an
    /// infinitive after it ("to dominate a summit set for Lisbon", "with the council expected
    /// to vote"): such a participle has no object, so it tells no deed of the phrase. Not
    /// after a word that also opens a clause ("after the firm set up a fund").
    fn governing_before(&self, start: usize, v: usize) -> Option<Range<usize>> {
        let next = (v + 1..self.tokens.len().min(v + 8)).find(|&k| !self.skipped(k))?;
        if !self.tokens[v].is_lex(Lex::ScheduleParticiples)
            || !matches!(self.class(next), Class::Prep | Class::To)
        {
            return None;
        }
        // "Talks with the rebels scheduled for May were welcomed": the phrase is part of the
        // subject of a verb after it.
        let n = self.tokens.len().min(v + REACH);
        let after = (next..n)
            .take_while(|&k| !matches!(self.class(k), Class::Punct | Class::Sub))
            .any(|k| self.finite(k) && self.class(k - 1) != Class::To);
        if after {
            return None;
        }
        let left = self.left_past_skipped(start)?;
        // "talks with the rebels scheduled for May": after a noun's own phrase, the
        // participle may describe the noun before it.
        // A form in "-s" there may be a plural too ("peace talks").
        let after_noun = left > 0
            && !self.remove[left - 1]
            && (matches!(self.class(left - 1), Class::Noun | Class::Name | Class::Num)
                || is_plural_form(self.word(left - 1)));
        let object = match self.class(left) {
            Class::Prep => !self.tokens[left].is(TIME_CONJUNCTIONS) && !after_noun,
            Class::Verb => !self.says(left),
            _ => false,
        };
        if !object {
            return None;
        }
        // The clause's verb with a tense, before the phrase.
        let from = left.saturating_sub(REACH);
        let verb = (from..left)
            .rev()
            .take_while(|&k| !matches!(self.class(k), Class::Sub) && self.word(k) != ";")
            .find(|&k| self.finite(k))?;
        Some(self.verb_group_around(verb))
    }

    /// The verb right after the comma that closes the participle's phrase opened at
    /// `tokens[v]` ("the weather, expected in Darwin tomorrow, may help"): the phrase's own,
    /// of which it is the subject.
    fn governing_after(&self, v: usize) -> Option<Range<usize>> {
        let n = self.tokens.len().min(v + REACH);
        let comma = (v + 1..n)
            .find(|&k| self.class(k) == Class::Punct || self.class(k) == Class::Sub)
            .filter(|&k| self.word(k) == ",")?;
        let verb = (comma + 1..n).find(|&k| !self.skipped(k))?;
        // "..., worries shoppers": a form in "-s" of a verb of the list, after the comma.
        let present = self.tokens[verb].has(Form::PresentVerb) && self.word(verb).ends_with('s');
        (self.finite(verb) || present).then(|| self.verb_group_around(verb))
    }

    /// The verb group is in the past: an auxiliary or a modal of the past ("was", "had",
    /// "would"), or, without one, a past form ("praised"). A present or another modal is not
    /// ("may help").
    fn past_group(&self, group: &Range<usize>) -> bool {
        let first = group
            .clone()
            .find(|&k| matches!(self.class(k), Class::Aux | Class::Verb));
        first.is_some_and(|k| match self.class(k) {
            Class::Aux => {
                self.tokens[k].is_lex(Lex::PastAuxiliaries)
                    || self.tokens[k].is_lex(Lex::PastModals)
            }
            _ => is_past_participle(self.word(k)),
        })
    }
}
