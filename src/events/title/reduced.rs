//! A past participle that describes the noun phrase before it ("the cooler weather, expected
//! in Darwin tomorrow, may help", "a summit set for Lisbon in June") is a passive whose "be"
//! the sentence leaves out: the title is a clause, so it puts the "be" back, in the tense of
//! the verb that governs the phrase ("The cooler weather is expected in Darwin", "The bridge
//! was built by Scottish engineers"), or, before an infinitive in the present, tells what is
//! ahead as a headline does ("The rail strike to resume in Leeds"). A date inside such a
//! phrase after the subject dates what the phrase tells, not the verb after it: "The man
//! charged with robbing a bank in May has fled" → "The man is charged with robbing a bank".

use std::ops::Range;

use super::nonfinite::be_form;
use super::subject::ASIDE;
use super::{
    Class, Form, Lex, REACH, Subject, Titles, is_clause_break, is_past_participle, is_plural_form,
};
use crate::events::detect::is_event_noun;
use crate::events::words::{CLAUSE_OPENERS, PARTICLES, TIME_CONJUNCTIONS};

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
        // "Zenda, the largest driller before the May 3 blowout, has lost": a happening noun
        // whose own phrase holds the date before it is the happening dated, told by its phrase.
        // (A walk: asked of an apposition only.)
        if is_event_noun(&self.tokens[word]) {
            let (start, _) = self.noun_phrase_around(word);
            if (start..word).any(|k| self.remove[k] && !self.word(k).contains('-')) {
                return None;
            }
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
        // "The man charged with robbing a bank in May has fled": the verb after the phrase.
        let mut after_phrase = false;
        let governing = if before == last {
            // "the town near its old peak set in May": a participle describes the nearest
            // noun ("its old peak"), which may not be the whole subject.
            if words.iter().any(|&k| self.class(k) == Class::Prep) && !self.dated_participle(v) {
                return None;
            }
            self.governing_before(words[0], v).or_else(|| {
                after_phrase = true;
                Some(self.verb_group_around(self.verb_after_dated_phrase(v)?))
            })
        } else if self.word(before) == "," && self.left_past_skipped(before) == Some(last) {
            self.governing_after(v)
                .or_else(|| self.governing_before(words[0], v))
        } else {
            return None;
        };
        // "under a plan approved by the board in 1990": a participle with its agent after a
        // noun that is no subject is a passive, a deed done before the sentence's time.
        let past = match governing {
            Some(governing) => self.past_group(&governing),
            None if self.passive_of_noun(words[0], v) => true,
            // "spokeswoman for the committee appointed last May to review bids": a noun
            // phrase inside another's, its participle completed by "by" or "to", is a passive.
            None if self.reduced_relative(v) && self.inner_noun_phrase(words[0]) => true,
            // "arrested the man, charged on Monday with theft, as ...": a dated aside.
            None if self.dated_participle_aside(v) => true,
            // "a memo declassified in 2005": the date right after the participle is its own.
            None if self.dated_participle(v) => true,
            // A lead's news told by the participle after its subject (see
            // `Titles::participle_lead_title`): the verb after the phrase tells no news.
            None if self.lead_participle.get() == Some(v) => true,
            None => return None,
        };
        // "set to resume": what is ahead, in the present, is the infinitive alone ("accused
        // to" puts nothing ahead).
        let to = verb_words
            .get(1)
            .is_some_and(|&k| self.class(k) == Class::To)
            && (!after_phrase || self.tokens[v].is_lex(Lex::ScheduleParticiples));
        if to && !past {
            return Some(self.join(&verb_words[1..]));
        }
        let plural = self.plural_subject(subject);
        let be = be_form(past, plural);
        Some(format!("{be} {}", self.join(verb_words)))
    }

    /// The title of a news lead whose news is told by the past participle at
    /// `tokens[participle]` after the subject, its phrase ending before the clause's verb at
    /// `tokens[verb]`, which tells no news: "Four climbers rescued from a glacier | are in a
    /// stable condition" is "Four climbers were rescued from a glacier".
    pub fn participle_lead_title(&mut self, participle: usize, verb: usize) -> String {
        // The lead's words may read a verb as a noun ("a tape found in Kabul proves"): the
        // phrase ends at the first verb with a tense either finds.
        let end = self
            .verb_after_phrase(participle)
            .map_or(verb, |(main, _)| main.min(verb));
        self.lead_participle.set(Some(participle));
        let made = self.clause_title(participle..participle + 1, end);
        self.lead_participle.set(None);
        self.with_object_named(made, participle)
    }

    /// The participle's group and the sentence's verb after its phrase, when the event at
    /// `tokens[trigger]` is told by a past participle's phrase right after the noun phrase
    /// that opens its clause, and the phrase holds the date: "The woman believed to have
    /// reached Syria in June | has served", "The man accused of trying to sink a ferry on
    /// Friday | cannot have worked alone". The phrase is the clause of the date; the verb
    /// after it tells something else of the subject.
    pub(super) fn dated_reduced_passive(&self, trigger: usize) -> Option<(Range<usize>, usize)> {
        // The walk back to the participle crosses no clause: no punctuation, no clause
        // opener, no verb with a tense ("to have reached" has none).
        let from = trigger.saturating_sub(REACH / 2);
        let v = (from..=trigger).rev().find_map(|k| {
            if self.verb_after_dated_phrase(k).is_some() {
                return Some(Some(k));
            }
            let crosses = matches!(self.class(k), Class::Punct | Class::Sub | Class::Coord)
                || (self.finite(k) && !self.in_infinitive(k));
            crosses.then_some(None)
        })??;
        let main = self.verb_after_dated_phrase(v)?;
        if main <= trigger {
            return None;
        }
        let subject = self.left_past_skipped(v).filter(|&b| b + 1 == v)?;
        // The noun phrase opens its clause, also one whose "that" is left out ("says some
        // projects outlined in May will").
        let phrase = self.noun_phrase_ending_at(subject);
        let opens = phrase
            .first()
            .and_then(|&f| self.left_past_skipped(f))
            .is_none_or(|b| matches!(self.class(b), Class::Punct | Class::Sub | Class::Verb));
        opens.then(|| (self.verb_group_around(v), main))
    }

    /// The verb with a tense after the phrase of a bare past participle at `tokens[v]` right
    /// after a noun, when a phrase or an infinitive completes the participle ("accused of",
    /// "believed to": not "issued Monday", whose date is all it says) and a date is in the
    /// phrase.
    fn verb_after_dated_phrase(&self, v: usize) -> Option<usize> {
        let (main, dated) = self.verb_after_phrase(v)?;
        (dated && matches!(self.class(main), Class::Aux | Class::Neg)).then_some(main)
    }

    /// The verb with a tense after the phrase of a bare past participle at `tokens[v]` right
    /// after a noun, when a phrase or an infinitive completes the participle, and whether a
    /// date is in the phrase, after what completes it ("charged with robbing a bank in May").
    fn verb_after_phrase(&self, v: usize) -> Option<(usize, bool)> {
        let noun =
            v > 0 && matches!(self.class(v - 1), Class::Noun | Class::Name) && !self.remove[v - 1];
        let next = v + 1;
        let completed = next < self.tokens.len()
            && matches!(self.class(next), Class::Prep | Class::To)
            && !self.remove[next]
            && !self.introduces_date(next);
        if !noun || !completed || self.class(v) != Class::Verb || !is_past_participle(self.word(v))
        {
            return None;
        }
        let n = self.tokens.len().min(v + REACH);
        let main = (next..n)
            .take_while(|&k| !matches!(self.class(k), Class::Punct | Class::Sub | Class::Coord))
            .find(|&k| self.finite(k) && !self.in_infinitive(k))?;
        // "cannot have worked": the group opens with its negation.
        let main = self.verb_group_around(main).start.max(next + 1);
        Some((main, (next + 1..main).any(|k| self.remove[k])))
    }

    /// The noun phrase at `tokens[start]` follows "according to" and the participle at
    /// `tokens[v]` after it has a date in its clause: "according to a memo sent to bankers in
    /// May". A source's document was made before what it tells, so the date is the
    /// participle's, a passive.
    fn source_document(&self, start: usize, v: usize) -> bool {
        self.left_past_skipped(start)
            .is_some_and(|to| self.word(to) == "to" && to > 0 && self.word(to - 1) == "according")
            && self.dated_clause(v)
    }

    /// The past participle at `tokens[v]` has "by" and an agent after it (not a measure: "rose
    /// by 3%"), or only its date, which ends the phrase ("an accord signed on Monday,"; not
    /// a participle that schedules: "a vote set for May"), and a preposition that opens no
    /// clause, a copula or (past a comma) a verb governs its noun phrase, opened at
    /// `tokens[start]`, which is then no subject: "under a plan approved by the board", "is
    /// an accord signed by both envoys", "will appeal the ruling, issued by the judge". Right
    /// after a verb the date may be that verb's: "will buy all shares offered by holders
    /// until May".
    pub(super) fn passive_of_noun(&self, start: usize, v: usize) -> bool {
        let n = self.tokens.len().min(v + 8);
        let next = |from: usize| (from..n).find(|&k| !(self.skipped(k) || self.introduces_date(k)));
        let by = next(v + 1)
            .filter(|&b| self.word(b) == "by")
            .and_then(|b| next(b + 1))
            .is_some_and(|a| self.class(a) != Class::Num && !self.tokens[a].has_digit());
        let dated = (v + 1..n)
            .find(|&k| !self.introduces_date(k))
            .is_some_and(|k| self.remove[k])
            && next(v + 1).is_none_or(|k| self.class(k) == Class::Punct)
            && !self.tokens[v].is_lex(Lex::ScheduleParticiples);
        let agent = by || dated || self.source_document(start, v);
        let comma = self
            .left_past_skipped(v)
            .is_some_and(|b| self.word(b) == ",");
        let governed = self.left_past_skipped(start).is_some_and(|l| {
            let t = &self.tokens[l];
            match self.class(l) {
                Class::Prep => {
                    !(t.is(TIME_CONJUNCTIONS)
                        || t.is(CLAUSE_OPENERS)
                        || t.is_lex(Lex::ClausePrepositions))
                }
                Class::Aux => true,
                Class::Verb => comma && !self.says(l),
                _ => false,
            }
        });
        agent && governed
    }

    /// The noun phrase opened at `tokens[start]` is the object of a preposition after a noun:
    /// "spokeswoman for | the committee".
    fn inner_noun_phrase(&self, start: usize) -> bool {
        let mut left = self.left_past_skipped(start);
        // "for the committee", the title's subject without its article.
        if let Some(d) = left.filter(|&d| self.class(d) == Class::Det) {
            left = self.left_past_skipped(d);
        }
        left.is_some_and(|p| {
            let t = &self.tokens[p];
            self.class(p) == Class::Prep
                && !(t.is(TIME_CONJUNCTIONS)
                    || t.is(CLAUSE_OPENERS)
                    || t.is_lex(Lex::ClausePrepositions))
                && p > 0
                && !self.remove[p - 1]
                && matches!(self.class(p - 1), Class::Noun | Class::Name)
        })
    }

    /// The verb at `tokens[k]` is an infinitive's: "to reach", "to have reached".
    fn in_infinitive(&self, k: usize) -> bool {
        (k > 0 && self.class(k - 1) == Class::To)
            || (k > 1 && self.class(k - 1) == Class::Aux && self.class(k - 2) == Class::To)
    }

    /// The verb group that takes the phrase at `tokens[start]` as its object, when the phrase
    /// has a participle of [`Lex::ScheduleParticiples`] at `tokens[v]` with a phrase or an
    /// infinitive after it ("to dominate a summit set for Lisbon", "with the council expected
    /// to vote"): such a participle has no object, so it tells no deed of the phrase. Not
    /// after a word that also opens a clause ("after the firm set up a fund").
    /// After a preposition, any participle with a phrase and no object after it describes
    /// the noun ("answered with a scheme drawn up in talks"): no subject stands there.
    fn governing_before(&self, start: usize, v: usize) -> Option<Range<usize>> {
        let after = |k: usize| (k + 1..self.tokens.len().min(k + 8)).find(|&j| !self.skipped(j));
        let mut next = after(v)?;
        if self.tokens[next].is(PARTICLES)
            && let Some(j) = after(next)
        {
            next = j;
        }
        let scheduled = self.tokens[v].is_lex(Lex::ScheduleParticiples);
        if !matches!(self.class(next), Class::Prep | Class::To) {
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
        // Another participle's subject is a noun right after a preposition that opens no
        // clause ("after the army crossed into Spain", "as it coincided with").
        let described = scheduled
            || (left + 1 == start
                && !self.tokens[left].is_lex(Lex::ClausePrepositions)
                && !self.tokens[left].is(CLAUSE_OPENERS)
                && self.class(v - 1) == Class::Noun
                && !matches!(self.class(start), Class::Pron | Class::Name));
        let object = match self.class(left) {
            Class::Prep => !self.tokens[left].is(TIME_CONJUNCTIONS) && !after_noun && described,
            Class::Verb => scheduled && !self.says(left),
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
    /// of which it is the subject. The phrase may hold a clause of its own ("the budget,
    /// approved in May when times were good, was based on").
    pub(super) fn governing_after(&self, v: usize) -> Option<Range<usize>> {
        let n = self.tokens.len().min(v + REACH);
        let comma = (v + 1..n)
            .find(|&k| self.class(k) == Class::Punct)
            .filter(|&k| self.word(k) == ",")?;
        let verb = (comma + 1..n).find(|&k| !self.skipped(k))?;
        // "..., worries shoppers": a form in "-s" of a verb of the list, after the comma.
        let present = self.tokens[verb].has(Form::PresentVerb) && self.word(verb).ends_with('s');
        (self.finite(verb) || present).then(|| self.verb_group_around(verb))
    }

    /// The verb group is in the past: an auxiliary or a modal of the past ("was", "had",
    /// "would"), or, without one, a past form ("praised"). A present or another modal is not
    /// ("may help").
    pub(super) fn past_group(&self, group: &Range<usize>) -> bool {
        let first = group
            .clone()
            .find(|&k| matches!(self.class(k), Class::Aux | Class::Verb));
        first.is_some_and(|k| match self.class(k) {
            Class::Aux => {
                // "didn't", "wasn’t" are in the lists of "did" and "was" (see `lookup`).
                let t = &self.tokens[k];
                t.is_lex(Lex::PastAuxiliaries) || t.is_lex(Lex::PastModals)
            }
            _ => is_past_participle(self.word(k)),
        })
    }
}
