//! "The king met Saddam": an office with "the" alone as a subject stands for the one person
//! the text gave that office before a name ("King Hussein", "Cuban leader Fidel Castro").

use super::super::subject::{Candidate, Who};
use super::super::{Class, Lex, MAX_CHARS, OFFICES, PRONOUN_HOPS, Titles, is, is_in};
use crate::text::month_number;

/// How far back, in bytes of text, an office looks for the name it was given before.
pub(super) const ROLE_REACH: usize = 3000;

impl Titles<'_> {
    /// The surname of the one person the text before `phrase` ("the", at most two words
    /// that describe, an office) gave the same office before a name: "the Cuban leader"
    /// after "Cuban leader Fidel Castro" is "Castro". None when two people held it, or
    /// another office holds the words ("Vice President Al Gore" is no "president").
    pub(in crate::events::title) fn role_named(&self, phrase: &[usize]) -> Option<Candidate> {
        // "the president's son": the office holder's.
        let mark = phrase.iter().position(|&w| self.class(w) == Class::Poss);
        if let Some(m) = mark {
            let owned = &phrase[m + 1..];
            if owned.is_empty() || owned.iter().any(|&w| self.class(w) == Class::Poss) {
                return None;
            }
            let holder = self.role_named(&phrase[..m])?;
            let owned = self.join(&self.without_offices(owned));
            let text = Candidate::owned_by(&holder.text, "'s", &owned);
            return (text.text.chars().count() <= MAX_CHARS).then_some(text);
        }
        let (&the, rest) = phrase.split_first()?;
        let &office = rest.last()?;
        if self.word(the) != "the"
            || rest.len() > 3
            || !(self.tokens[office].is(OFFICES) || self.tokens[office].is_lex(Lex::LeaderNouns))
            || self.tokens[office].capitalized
            || self.hops >= PRONOUN_HOPS
        {
            return None;
        }
        self.role.get_or(the, || {
            self.role_holder(
                &self.text[self.tokens[rest[0]].span.start..self.tokens[office].span.end],
                the,
            )
            .or_else(|| self.ruler_named(&rest[..rest.len() - 1], office, the))
        })
    }

    /// The holder of the office a pronoun at `tokens[k]` stands for ("the president ... as
    /// he arrived"), found as [`Self::role_named`] finds it.
    pub(super) fn office_holder(&self, found: &Candidate, k: usize) -> Option<Candidate> {
        let role = found
            .text
            .strip_prefix("the ")
            .or_else(|| found.text.strip_prefix("The "))?;
        let office = role.rsplit(' ').next()?;
        if found.who != Who::Person
            || found.plural
            || role.split(' ').count() > 3
            || !is_in(OFFICES, office)
            || self.hops >= PRONOUN_HOPS
        {
            return None;
        }
        self.role_holder(role, k)
    }

    /// The one person the text before `tokens[the]` gave the office `role` before a name.
    fn role_holder(&self, role: &str, the: usize) -> Option<Candidate> {
        let role = role.to_ascii_lowercase();
        let here = self.tokens[the].span.start;
        let from = self.reach_back(here, ROLE_REACH);
        let window = &self.text[from..here];
        // ASCII lower case keeps every byte where it was.
        let lower = window.to_ascii_lowercase();
        let mut found: Option<&str> = None;
        for (at, _) in lower.match_indices(&role) {
            let before = &window[..at];
            // "Vice President Al Gore", "former President Carter": another office.
            let word_start = before
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let other_office = before
                .trim_end()
                .rsplit([' ', '\n'])
                .next()
                .is_some_and(|w| is(Lex::OtherOffices, &w.to_ascii_lowercase()));
            if !word_start || other_office {
                continue;
            }
            let Some(name) = name_after(&window[at + role.len()..]) else {
                continue;
            };
            match found {
                Some(f) if f != name => return None,
                _ => found = Some(name),
            }
        }
        Some(Candidate::person(found?.to_string()))
    }
}

/// The last of the capitalised words (at most three, no date's) that follow a space at the
/// start of `text`, up to a punctuation mark: "Castro" of " Fidel Castro said", none of
/// " Monday".
pub(super) fn name_after(text: &str) -> Option<&str> {
    let mut last = None;
    for word in text.strip_prefix(' ')?.split(' ').take(3) {
        let bare = word.trim_end_matches(['.', ',', ';', ':']);
        let name = bare.strip_suffix("'s").unwrap_or(bare);
        let capitalised = name.chars().next().is_some_and(char::is_uppercase)
            && name.chars().count() >= 2
            && name.chars().all(|c| c.is_alphabetic() || c == '-');
        if !capitalised || name.ends_with("day") || month_number(name).is_some() {
            break;
        }
        last = Some(name);
        if bare.len() < word.len() || name.len() < bare.len() {
            break;
        }
    }
    last
}
