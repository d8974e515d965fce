//! "The Cuban leader raised those worries": "the", a people's adjective and a noun that tells
//! one who leads ("leader") stand for the one person the text before gave an office that leads
//! a nation or a party ("President Rosa Vidal"), of that people or of none named.

use super::super::subject::Candidate;
use super::super::{Lex, OFFICES, Titles, is, is_in};
use super::role::{ROLE_REACH, name_after};
use crate::events::chunk::has_ending;

/// Whom an office before a name leads, told by the word before the office.
enum Led {
    /// The people of the description: "Cuban President Rosa Vidal", "Cuba's President".
    Same,
    /// Another people or a party: "Chilean President", "U.S. President", "Greens leader".
    Other,
    /// None told: "President Rosa Vidal".
    Unmarked,
}

impl Titles<'_> {
    /// The surname of the one person who holds an office of [`Lex::RulingOffices`] before a
    /// name in the text before `tokens[the]`, for "the", `describers` (each a people's
    /// adjective) and `noun` (of [`Lex::LeaderNouns`]): the one of that people, else the one
    /// of no people named when no other was named. None when two fit, or none.
    pub(super) fn ruler_named(
        &self,
        describers: &[usize],
        noun: usize,
        the: usize,
    ) -> Option<Candidate> {
        let people = |&w: &usize| {
            self.tokens[w].capitalized
                && has_ending(&self.tokens[w].lower, &[Lex::PeopleAdjectiveEndings])
        };
        if !self.tokens[noun].is_lex(Lex::LeaderNouns)
            || describers.is_empty()
            || !describers.iter().all(people)
        {
            return None;
        }
        let adjectives: Vec<&str> = describers
            .iter()
            .map(|&w| self.tokens[w].lower.as_str())
            .collect();
        let here = self.tokens[the].span.start;
        let from = self.reach_back(here, ROLE_REACH);
        let window = &self.text[from..here];
        let (mut same, mut unmarked): (Option<&str>, Option<&str>) = (None, None);
        let (mut other, mut two_unmarked) = (false, false);
        // The two words before the current one, lower case.
        let mut before: [String; 2] = Default::default();
        let mut at = 0;
        for word in window.split_inclusive(char::is_whitespace) {
            let start = at;
            at += word.len();
            let bare = word.trim_end();
            if bare.is_empty() {
                continue;
            }
            let lower = bare.to_lowercase();
            let office = is_in(OFFICES, &lower)
                && (is(Lex::RulingOffices, &lower) || is(Lex::RulingOffices, &before[1]));
            let name = office
                .then(|| name_after(&window[start + bare.len()..]))
                .flatten();
            if let Some(name) = name {
                // "Prime Minister": the word that tells the people stands before "Prime".
                let prime = !is(Lex::RulingOffices, &lower);
                let marker = window[..start]
                    .split_whitespace()
                    .rev()
                    .nth(usize::from(prime))
                    .unwrap_or("");
                if !is(Lex::OtherOffices, &before[usize::from(!prime)]) {
                    match led_by(marker, &adjectives) {
                        Led::Same if same.is_some_and(|s| s != name) => return None,
                        Led::Same => same = Some(name),
                        Led::Other => other = true,
                        Led::Unmarked => {
                            two_unmarked |= unmarked.is_some_and(|u| u != name);
                            unmarked = Some(name);
                        }
                    }
                }
            }
            before.swap(0, 1);
            before[1] = lower;
        }
        let found = same.or(unmarked.filter(|_| !other && !two_unmarked))?;
        Some(Candidate::person(found.to_string()))
    }
}

/// Whom the word `marker` before an office tells it leads, for a description of the people
/// of `adjectives` ("cuban"): a people's adjective, a country's possessive ("Cuba's" for
/// "Cuban"), another capitalised word (a party, "U.S."), or nothing (a lower-case word, the
/// end of a sentence).
fn led_by(marker: &str, adjectives: &[&str]) -> Led {
    let bare = marker.trim_start_matches(['(', '"', '\'']);
    let capital = bare.chars().next().is_some_and(char::is_uppercase);
    // "Tuesday." ends a sentence; "U.S." is an abbreviation of a country.
    let sentence_end = bare
        .strip_suffix(['.', '!', '?', ':', '"', '\''])
        .is_some_and(|b| !b.contains('.'));
    if !capital || sentence_end || is_in(super::super::ARTICLES, &bare.to_lowercase()) {
        return Led::Unmarked;
    }
    let lower = bare.to_lowercase();
    let country = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("\u{2019}s"));
    let same = match country {
        Some(c) => adjectives.iter().any(|a| a.starts_with(c)),
        None => adjectives.contains(&lower.as_str()),
    };
    if same { Led::Same } else { Led::Other }
}
