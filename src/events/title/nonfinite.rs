//! A clause without a tense whose date is inside it tells a happening of its own, done by the
//! main clause's subject: "Tom, after losing his job in a fire last May, moved away" tells
//! that Tom lost his job (in May), "Jones, having won the race in 1998, retired" that Jones
//! won it. Its title is that subject and the verb in the simple past, as a headline tells it
//! ("Tom lost his job in a fire"), a passive with "was" or "were" ("after being found on a
//! raft" → "The boy was found on a raft"): the article's verb, inflected, and the "be" that
//! makes it a clause.

use std::ops::Range;

use super::{
    Class, Lex, REACH, Subject, Titles, is_dash, is_participle, is_past_participle, is_plural_form,
    past,
};

/// What a clause without a tense tells: its verb in the past, which stands for the tokens
/// up to `tokens[verb]`, and the main clause's verb group, whose subject is the clause's
/// (none found after a clause between commas: "Tom, after losing ..., needs" may read
/// "needs" as a noun).
pub(super) struct Nonfinite {
    pub(super) past: String,
    /// A passive, which the title tells with "was" or "were" ("having been badly beaten in
    /// 1990" → "We were badly beaten"): the participle alone would read as an active, or as
    /// a phrase that describes its noun ("The boy found on a raft").
    pub(super) passive: bool,
    pub(super) verb: usize,
    pub(super) main: Option<Range<usize>>,
}

impl Titles<'_> {
    /// The group starting at `tokens[start]` is an "-ing" form after a word of time ("after
    /// losing", "while serving", or joined to one: "before giving up and selling"), or
    /// "having" and a participle after a comma or at the start ("having won"), whose clause
    /// holds a date, in a sentence whose main clause is not told as ahead ("will retire after
    /// winning the race in May" is a plan).
    pub(super) fn nonfinite(&self, start: usize) -> Option<Nonfinite> {
        let word = self.word(start);
        let mut passive = false;
        let (past, verb) = match word {
            "having" | "being" => {
                let after = (start + 1..self.tokens.len().min(start + 4))
                    // A hedge after "been" is kept, not skipped: "having been nearly beaten".
                    .find(|&k| {
                        !(self.skipped(k) || self.word(k) == "been" || self.class(k) == Class::Adv)
                    })?;
                let participle = self.word(after);
                if self.class(after) != Class::Verb || !is_past_participle(participle) {
                    return None;
                }
                // "having been burned", "being found": a passive keeps its participle (with
                // the adverbs before it when no phrase follows: "nearly" says it was not).
                let active = word == "having" && (start + 1..after).all(|k| self.word(k) != "been");
                let phrase = (after + 1..self.tokens.len().min(after + 8))
                    .find(|&k| !(self.skipped(k) || self.introduces_date(k)))
                    .is_some_and(|k| self.class(k) != Class::Punct);
                passive = !active;
                if active {
                    (past::of_participle(participle)?, after)
                } else if phrase {
                    (participle.to_string(), after)
                } else {
                    let words: Vec<usize> = (start + 1..=after)
                        .filter(|&k| k == after || self.class(k) == Class::Adv)
                        .filter(|&k| !self.remove[k])
                        .collect();
                    (self.join(&words), after)
                }
            }
            _ if self.class(start) == Class::Verb
                && word.ends_with("ing")
                && !self.tokens[start].is_lex(Lex::SpeakerParticiples) =>
            {
                (past::of_ing(word)?, start)
            }
            _ => return None,
        };
        let (opener, head) = self.participle_opener(start)?;
        if !self.dated_clause(start) {
            return None;
        }
        let main = self.main_verb_after(head, true).or_else(|| {
            // The clause before: its first verb with a tense ("The state kept one share after
            // selling", not "share").
            // "has failed in his bid, after stepping down": past the comma before the opener.
            let end = match opener.checked_sub(1) {
                Some(c) if opener != start && self.word(c) == "," => c,
                _ => opener,
            };
            let from = (end.saturating_sub(REACH)..end)
                .rev()
                .find(|&k| matches!(self.class(k), Class::Punct | Class::Sub))
                .map_or(end.saturating_sub(REACH), |k| k + 1);
            // "were taken to a clinic in Boise, Idaho, after returning", "fell to 4.12 after
            // the market reopened - after a holiday - before closing": past the commas of a
            // place or an aside, the nearest verb of a clause that no conjunction of time opens.
            let verb = (from..opener).find(|&k| self.finite(k)).or_else(|| {
                // "Tom, after losing his job in May, needs": the aside's own subject.
                self.subject_before_aside(start)
                    .is_none()
                    .then(|| self.clause_verb_before(end))
                    .flatten()
            })?;
            // "found Lee guilty of making gestures after dismissing Bond": an "-ing" form
            // between may have a subject other than the main clause's.
            let between = (verb..opener).any(|k| {
                self.class(k) == Class::Verb
                    && self.word(k).ends_with("ing")
                    && self.class(k - 1) != Class::Aux
            });
            (!between).then_some(verb)
        });
        let main = match main {
            Some(main) => self.verb_group_around(main),
            None if self.subject_before_aside(start).is_some() => {
                return Some(Nonfinite {
                    past,
                    passive,
                    verb,
                    main: None,
                });
            }
            None => return None,
        };
        if main.clone().any(|k| past::is_not_past(self.word(k))) {
            return None;
        }
        Some(Nonfinite {
            past,
            passive,
            verb,
            main: Some(main),
        })
    }

    /// The word that opens the clause of the "-ing" form or "having" at `tokens[start]`: a
    /// word of time, a comma before "having", the start of the sentence (`start` itself, for
    /// "having" or an "-ing" form), or
    /// that of an "-ing" form "and" joins it to; and the clause's first verb after it.
    fn participle_opener(&self, start: usize) -> Option<(usize, usize)> {
        let Some(left) = self.left_past_skipped(start) else {
            // "Arriving at the league's meeting last night, Gold said": an "-ing" form that
            // opens the sentence.
            // ("Raising taxes in 1990 was a mistake, he said": a verb with a tense before the
            // comma makes it the subject.)
            let word = self.word(start);
            let n = self.tokens.len().min(start + REACH);
            let comma = (start..n).find(|&k| self.word(k) == ",");
            let opens = word.ends_with("ing")
                && (0..start).all(|k| self.skipped(k) || self.introduces_date(k))
                && comma.is_some_and(|c| {
                    (start + 1..c).all(|k| !self.finite(k) || is_participle(self.word(k)))
                });
            return (word == "having" || opens).then_some((start, start));
        };
        if self.tokens[left].is_lex(Lex::ParticipleOpeners)
            || (self.word(start) == "having" && self.word(left) == ",")
        {
            return Some((left, start));
        }
        if self.class(left) != Class::Coord || !self.word(start).ends_with("ing") {
            return None;
        }
        let first = (left.saturating_sub(6)..left)
            .rev()
            .take_while(|&k| !matches!(self.class(k), Class::Punct | Class::Sub))
            .find(|&k| self.class(k) == Class::Verb && self.word(k).ends_with("ing"))?;
        self.left_past_skipped(first)
            .filter(|&l| self.tokens[l].is_lex(Lex::ParticipleOpeners))
            .map(|l| (l, first))
    }

    /// The nearest verb with a tense before `tokens[end]` whose clause no conjunction of time
    /// opens: a preposition before its subject's noun phrase makes one ("after the market
    /// reopened"), whose verb is passed. The search stops at a mark other than a comma or a
    /// dash, and at a relative or a subordinator that opens no clause of time.
    fn clause_verb_before(&self, end: usize) -> Option<usize> {
        let floor = end.saturating_sub(REACH);
        let mut k = end;
        while k > floor {
            k -= 1;
            match self.class(k) {
                Class::Punct if !(self.word(k) == "," || is_dash(self.word(k))) => return None,
                Class::Sub if !self.opens_time_clause(k) => return None,
                _ if self.finite(k) && !self.participle_of_noun(k) => {
                    let group = self.verb_group_around(k);
                    let Some(subject) = self.left_past_skipped(group.start) else {
                        return Some(k);
                    };
                    if !matches!(self.class(subject), Class::Noun | Class::Name | Class::Pron) {
                        return Some(k);
                    }
                    let first = self
                        .noun_phrase_ending_at(subject)
                        .first()
                        .copied()
                        .unwrap_or(subject);
                    match self.left_past_skipped(first) {
                        Some(c) if self.opens_time_clause(c) => k = c,
                        _ => return Some(k),
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// `tokens[k]` opens a clause of time or condition: "after", "when", "because".
    fn opens_time_clause(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        t.is_lex(Lex::ClausePrepositions)
            || t.is_lex(Lex::ParticipleOpeners)
            || t.is_lex(Lex::PreposedSubordinators)
    }

    /// `tokens[k]` is a participle after a determiner, which describes its noun: "a broken
    /// pipe", "its damaged rig".
    pub(super) fn participle_of_noun(&self, k: usize) -> bool {
        self.class(k) == Class::Verb
            && is_participle(self.word(k))
            && k.checked_sub(1)
                .is_some_and(|b| matches!(self.class(b), Class::Det | Class::Poss))
    }

    /// The subject of a clause without a tense that stands between commas after a noun
    /// phrase ("Tom, after losing his job in May, needs"): that phrase.
    pub(super) fn subject_before_aside(&self, start: usize) -> Option<Vec<usize>> {
        let (opener, _) = self.participle_opener(start)?;
        let comma = if self.word(opener) == "," {
            opener
        } else {
            self.left_past_skipped(opener)
                .filter(|&c| self.word(c) == ",")?
        };
        let end = comma.checked_sub(1)?;
        let closed = (start..self.tokens.len().min(start + REACH))
            .find(|&k| self.class(k) == Class::Punct)
            .is_some_and(|k| self.word(k) == ",");
        let noun = matches!(self.class(end), Class::Noun | Class::Name) && !self.remove[end];
        (closed && noun).then(|| self.noun_phrase_ending_at(end))
    }

    /// The words of the verb group `verb_words` as a title tells them: in the simple past for
    /// a clause without a tense that has a subject ([`Self::nonfinite`]); a bare "be" right
    /// after its subject (what is asked: "demanded that the dividend be restored") as a
    /// plan, "to be"; else as written.
    pub(super) fn verb_told(&self, verb_words: &[usize], subject: Option<&Subject>) -> String {
        let told = verb_words
            .first()
            .filter(|_| subject.is_some())
            .and_then(|&v| self.nonfinite(v));
        // "the weather, expected in Darwin tomorrow, may help": a passive without its "be".
        if let Some(told) = subject.and_then(|s| {
            self.infinitive_told(verb_words, s)
                .or_else(|| self.reduced_passive(verb_words, s))
                .or_else(|| self.opening_passive(verb_words, s))
                .or_else(|| self.absolute_ing(verb_words, s))
        }) {
            return told;
        }
        let Some(told) = told else {
            let asked = subject.is_some()
                && verb_words
                    .first()
                    .is_some_and(|&v| self.word(v) == "be" && self.after_that_subject(v));
            let words = self.join(verb_words);
            return if asked { format!("to {words}") } else { words };
        };
        let past = if told.passive {
            let plural = subject.is_some_and(|s| self.plural_subject(s));
            format!("{} {}", if plural { "were" } else { "was" }, told.past)
        } else {
            told.past
        };
        let rest: Vec<usize> = verb_words
            .iter()
            .copied()
            .filter(|&k| k > told.verb)
            .collect();
        if rest.is_empty() {
            past
        } else {
            format!("{past} {}", self.join(&rest))
        }
    }

    /// The words before `tokens[v]` are a noun phrase that "that" opens: "demanded that the
    /// plant | be reopened" (not "We'll | be back", "will | be").
    fn after_that_subject(&self, v: usize) -> bool {
        let opener = (v.saturating_sub(REACH)..v).rev().find(|&k| {
            !(self.skipped(k) || self.class(k).in_noun_phrase() || self.class(k) == Class::Pron)
        });
        opener.is_some_and(|k| k + 1 < v && self.word(k) == "that")
    }

    /// The subject takes a plural verb: a plural pronoun, a noun in "-s" or a plural noun
    /// without it ("police").
    pub(super) fn plural_subject(&self, subject: &Subject) -> bool {
        match subject {
            Subject::Named(name) => name.plural,
            // "The new terms of the merger": the head before the first preposition.
            Subject::Words(words) => words
                .iter()
                .position(|&k| self.class(k) == Class::Prep)
                .filter(|&p| p > 0)
                .map_or(words.last(), |p| words.get(p - 1))
                .is_some_and(|&k| {
                    let w = self.word(k);
                    matches!(w, "we" | "they" | "you")
                        || self.tokens[k].is_lex(Lex::PluralNouns)
                        || (self.class(k) == Class::Noun && is_plural_form(w))
                }),
        }
    }

    /// The group is a bare past participle that opens the sentence or follows a comma, and
    /// holds a clause of its own (a question or a report) before the comma that closes it:
    /// "Asked on Monday whether she would run, Smith said ...", "Smith, asked whether ...,
    /// said". A passive: what was put to the subject, no deed of theirs ("Smith asked whether"
    /// would read as her question); the verb after it tells what happened.
    pub(super) fn asked_before_clause(&self, group: &Range<usize>) -> bool {
        let first = group.start;
        // "Jo Pike, an analyst, said that ...": a verb of saying after an apposition is the
        // sentence's own.
        if group.len() != 1
            || self.class(first) != Class::Verb
            || !is_past_participle(self.word(first))
            || self.says(first)
        {
            return false;
        }
        let opens = self
            .left_past_skipped(first)
            .is_none_or(|l| self.word(l) == ",");
        let n = self.tokens.len().min(first + REACH);
        let Some(comma) = (first..n).find(|&k| self.word(k) == ",") else {
            return false;
        };
        opens && (first..comma).any(|k| self.tokens[k].is_lex(Lex::Complementisers))
    }
}

/// The form of "be" a title gives back to a participle or an infinitive whose sentence leaves
/// it out: in the past or the present, after a plural or a singular subject.
pub(super) fn be_form(past: bool, plural: bool) -> &'static str {
    match (past, plural) {
        (true, true) => "were",
        (true, false) => "was",
        (false, true) => "are",
        (false, false) => "is",
    }
}
