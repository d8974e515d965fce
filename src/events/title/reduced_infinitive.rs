//! An infinitive that describes the noun before it, with the "be" the sentence leaves out:
//! "its bid, due to expire Friday, was extended", "a film, Dust, to be released in June,
//! tells", "pending talks to be held by May". The title is a clause: it gives the "be" back,
//! in the tense of the verb that governs the phrase ("Its bid was due to expire", "A film is
//! to be released", "Talks were to be held"). "Due" is never a verb with a tense (the word
//! classes read it as a verb only before an infinitive), so the noun before it is its
//! subject; in the present it tells what is ahead as a headline does ("The final to start at
//! noon"), as the participles that schedule do (`reduced`). A passive infinitive keeps its
//! "be" in the present too: "A film to be released" reads as a phrase, not a headline.

use std::ops::Range;

use super::nonfinite::be_form;
use super::{Class, REACH, Subject, Titles, is_past_participle};

impl Titles<'_> {
    /// The subject of "due" at `tokens[start]` right after a comma: the noun phrase before
    /// the comma, or whom its possessive stands for ("its bid" → "Acme's bid"). A subject
    /// looked for from there would read past the noun, as for a verb after an aside.
    pub(super) fn due_subject(&self, start: usize) -> Option<Subject> {
        if !self.is_due(start) {
            return None;
        }
        let comma = self
            .left_past_skipped(start)
            .filter(|&c| self.word(c) == ",")?;
        let end = self.left_past_skipped(comma)?;
        if !matches!(self.class(end), Class::Noun | Class::Name) || self.remove[end] {
            return None;
        }
        let phrase = self.noun_phrase_ending_at(end);
        Some(match self.owner_named(&phrase) {
            Some(named) => Subject::Named(named),
            None => Subject::Words(phrase),
        })
    }

    /// The verb words of a title whose group is "due" and its infinitive, or a passive
    /// infinitive right after its subject's noun phrase (see the module doc).
    pub(super) fn infinitive_told(
        &self,
        verb_words: &[usize],
        subject: &Subject,
    ) -> Option<String> {
        let &v = verb_words.first()?;
        let due = self.is_due(v);
        if !(due || self.passive_infinitive_after(verb_words, subject)) {
            return None;
        }
        // "a film to be shown in June tells ...": the infinitive ends inside the subject of
        // the verb after it, whose title that is.
        if !due && self.finite_after(*verb_words.last()?).is_some() {
            return None;
        }
        let governing = self.governing_after(v).or_else(|| self.finite_before(v));
        let past = governing.is_some_and(|g| self.past_group(&g));
        if due && !past {
            return Some(self.join(&verb_words[1..]));
        }
        let be = be_form(past, self.plural_subject(subject));
        Some(format!("{be} {}", self.join(verb_words)))
    }

    /// `tokens[k]` is "due" read as a verb (before an infinitive).
    pub(super) fn is_due(&self, k: usize) -> bool {
        self.word(k) == "due" && self.class(k) == Class::Verb
    }

    /// `verb_words` are "to be" and a past participle right after the noun phrase of
    /// `subject`, or after an apposition between commas that follows it ("a film, Dust, to
    /// be"). Not after a verb's object, which the verb asks to be so ("wants the plant to be
    /// closed"), nor after "for" ("called for rules to be drafted"), nor after a subject
    /// with a phrase of its own.
    fn passive_infinitive_after(&self, verb_words: &[usize], subject: &Subject) -> bool {
        let [to, be, participle, ..] = *verb_words else {
            return false;
        };
        let Subject::Words(words) = subject else {
            return false;
        };
        if self.class(to) != Class::To
            || self.word(be) != "be"
            || !is_past_participle(self.word(participle))
        {
            return false;
        }
        let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
            return false;
        };
        let mut before = self.left_past_skipped(to);
        // "a film, Dust, to be": past a short apposition.
        if before.is_some_and(|c| self.word(c) == ",") {
            let open = (to.saturating_sub(6)..to.saturating_sub(1))
                .rev()
                .find(|&k| self.word(k) == ",");
            before = open.and_then(|o| self.left_past_skipped(o));
        }
        // "the minister in the new cabinet to be sworn in": the infinitive describes the
        // nearest noun, which is not the subject's head.
        if before != Some(last) || words.iter().any(|&k| self.class(k) == Class::Prep) {
            return false;
        }
        self.left_past_skipped(first)
            .is_none_or(|l| match self.class(l) {
                Class::Verb | Class::Aux | Class::To => false,
                Class::Prep => self.word(l) != "for",
                _ => true,
            })
    }

    /// The first verb with a tense after the infinitive that ends at `tokens[v]`, in its
    /// clause ("a film to be shown in June | tells").
    fn finite_after(&self, v: usize) -> Option<usize> {
        let n = self.tokens.len().min(v + REACH);
        (v + 1..n)
            .take_while(|&k| !matches!(self.class(k), Class::Punct | Class::Sub | Class::Coord))
            .find(|&k| self.finite(k))
    }

    /// The group of the nearest verb with a tense before `tokens[v]`, within the sentence's
    /// clause ("agreed it would keep the offer open, due to": "would keep").
    pub(super) fn finite_before(&self, v: usize) -> Option<Range<usize>> {
        let verb = (v.saturating_sub(REACH)..v)
            .rev()
            .take_while(|&k| self.word(k) != ";")
            .find(|&k| self.finite(k))?;
        Some(self.verb_group_around(verb))
    }
}
