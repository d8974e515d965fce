//! The one person a stretch of words names or tells: a name after a title, a first name and
//! a surname, a surname the text gave in full before, or a role with an article ("the
//! governor"), for a pronoun to stand for. Apart from `names.rs`, which finds the words a
//! pronoun may stand for.

use super::super::subject::{Candidate, Who};
use super::super::{ARTICLES, Class, Lex, OFFICES, REACH, Titles, Token, is, is_in, lowercase};
use super::SURNAME_REACH;

impl Titles<'_> {
    /// The name at `tokens[w]` follows a first name or a title somewhere in the
    /// [`SURNAME_REACH`] bytes before it: "Christopher Howes ... Howes", not "Western
    /// Australia" nor "The Pentagon".
    pub(super) fn named_in_full_before(&self, w: usize) -> bool {
        let here = self.tokens[w].span.start;
        let name = &self.text[self.tokens[w].span.clone()];
        let from = self.reach_back(here, SURNAME_REACH);
        let window = &self.text[from..here];
        window.match_indices(name).any(|(at, _)| {
            let after = window[at + name.len()..].chars().next();
            if after.is_some_and(char::is_alphanumeric) {
                return false;
            }
            let Some(gap) = window[..at].strip_suffix(' ') else {
                return false;
            };
            let mut before = gap.rsplit([' ', '\n']);
            let mut first = before.next().unwrap_or("");
            // "Francisco I. Madero", "John F. Kennedy": a middle initial between the names.
            if first.len() == 2
                && first.ends_with('.')
                && first.starts_with(|c: char| c.is_ascii_uppercase())
            {
                first = before.next().unwrap_or("");
            }
            first.chars().next().is_some_and(char::is_uppercase)
                && first.chars().all(char::is_alphabetic)
                && !is_in(ARTICLES, &lowercase(first))
                && !is(Lex::CompassWords, &lowercase(first))
        })
    }

    /// An office or a word for a person ("President", "Mr", "the spokesman"), which makes
    /// its phrase a person.
    pub(super) fn person_word(&self, w: usize) -> bool {
        is_person_word(&self.tokens[w])
    }

    /// A word of capitals only: "NASA", "CFMEU".
    pub(super) fn is_acronym(&self, w: usize) -> bool {
        let text = &self.text[self.tokens[w].span.clone()];
        text.len() >= 2 && text.bytes().all(|b| b.is_ascii_uppercase())
    }

    /// The one person the names from `tokens[from]` to `tokens[to]` name ("Mr Arafat" and
    /// "Arafat" are one): a name after a title ("Mr", "President"), or two or more names that
    /// are the head of their phrase and follow no article, preposition of place or capital
    /// (so a first name and a surname, not "in New South Wales" nor "the Davis Cup"). None
    /// when two people are named, or none.
    pub(in crate::events::title) fn sole_person(
        &self,
        from: usize,
        to: usize,
    ) -> Option<Candidate> {
        let to = to.min(self.tokens.len());
        let from = from.max(to.saturating_sub(REACH));
        let mut found: Option<(usize, usize)> = None;
        let mut unsure = false;
        for end in from..to {
            // "Mayor Roe today bade": the date after a name is no part of it.
            let ends = self.class(end) == Class::Name
                && !self.remove[end]
                && (end + 1 == to
                    || self.remove[end + 1]
                    || !matches!(self.class(end + 1), Class::Name | Class::Noun | Class::Poss));
            if !ends {
                continue;
            }
            let start = (from..=end)
                .rev()
                .take_while(|&j| self.class(j) == Class::Name && end - j < 5)
                .last()
                .unwrap_or(end);
            let run = &(start..=end).collect::<Vec<_>>()[..];
            // "Mr Arafat", "deputy leader Aden Ridgeway".
            let titled = run[..run.len() - 1].iter().any(|&w| self.person_word(w))
                || start.checked_sub(1).is_some_and(|w| self.person_word(w));
            let before = start.checked_sub(1).map(|b| self.word(b));
            let placed = self.placed(start);
            let full = run.len() >= 2
                && !placed
                && !run.iter().any(|&w| {
                    self.is_acronym(w)
                        || self.tokens[w].is_lex(Lex::BodyNouns)
                        || self.tokens[w].is_lex(Lex::CompanySuffixes)
                        || self.word(w).ends_with('s')
                });
            // "the family of Howes": a surname alone, after the text gave the first name.
            let surname = run.len() == 1
                && !(placed && before != Some("of"))
                && !self.is_acronym(end)
                && self.named_in_full_before(end);
            // "Gonzalez ... Elian ... he": a name that may be another person's makes it unsure.
            // "Anger grew and Harrison left": a capitalised first word alone, no name the
            // text gave in full before, is no rival.
            let opening = end == 0 && !self.named_in_full_before(0);
            let rival = !placed
                && !opening
                && !run.iter().any(|&w| {
                    self.is_acronym(w)
                        || self.tokens[w].is_lex(Lex::BodyNouns)
                        || self.tokens[w].is_lex(Lex::CompanySuffixes)
                });
            if !(titled || full || surname) {
                if rival && found.is_some_and(|(_, e)| self.word(e) != self.word(end)) {
                    return None;
                }
                unsure |= rival;
                continue;
            }
            if unsure {
                return None;
            }
            match found {
                Some((_, e)) if self.word(e) != self.word(end) => return None,
                Some(_) => {}
                None => found = Some((start, end)),
            }
        }
        let (start, end) = found?;
        let words: Vec<usize> = (start..=end).collect();
        let mut named = self.candidate(&words);
        named.who = Who::Person;
        Some(named)
    }

    /// The name that starts at `tokens[start]` follows a determiner or a preposition of place
    /// ("the Davis Cup", "in New South Wales"): no person's.
    fn placed(&self, start: usize) -> bool {
        start.checked_sub(1).is_some_and(|b| {
            self.class(b) == Class::Det
                || matches!(
                    self.word(b),
                    "the" | "in" | "at" | "from" | "to" | "into" | "near" | "on" | "of" | "across"
                )
        })
    }

    /// No one is named or told from `tokens[from]` to `tokens[to]`: no word for a person and
    /// no name that may be a person's.
    pub(super) fn nobody(&self, from: usize, to: usize) -> bool {
        !(from..to).any(|j| {
            self.person_word(j)
                || (self.class(j) == Class::Name
                    && !(j > from && self.class(j - 1) == Class::Name)
                    && !self.placed(j))
        })
    }

    /// The one person a noun phrase with an article and no name tells from `tokens[from]` to
    /// `tokens[to]`: "the governor" of "An objection was put to the governor as she landed".
    /// None when a name may be a person's, or two such phrases differ.
    pub(super) fn sole_role(&self, from: usize, to: usize) -> Option<Candidate> {
        let names = (from..to).any(|j| self.class(j) == Class::Name && !self.placed(j));
        if names {
            return None;
        }
        let mut found: Option<Candidate> = None;
        for phrase in self.phrases_between(from, to) {
            let role = self.candidate(&phrase);
            if role.who != Who::Person {
                continue;
            }
            let article = phrase
                .first()
                .is_some_and(|&w| is_in(ARTICLES, self.word(w)));
            if role.plural || !article || found.as_ref().is_some_and(|f| f.text != role.text) {
                return None;
            }
            found = Some(role);
        }
        found
    }
}

/// `t` is an office or a word for a person (see [`Titles::person_word`]).
pub(super) fn is_person_word(t: &Token) -> bool {
    t.is(OFFICES) || t.is_lex(Lex::PersonWords)
}
