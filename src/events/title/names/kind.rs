//! "The blockade stopped most trade": "the" and a common noun alone as a subject is the one
//! thing of that kind the text told a few sentences before with a name before the noun ("the
//! Union blockade", "the U.S. team"); the title tells it so. Never when the text told two such
//! things, or one of the kind with a name and no "the" ("a Dutch team").

use super::super::subject::{Candidate, Who};
use std::ops::Range;

use super::super::{
    ARTICLES, Class, Lex, PERIOD_NOUNS, PRONOUN_HOPS, Titles, classes, is_in, lowercase, tokens,
};
use crate::text::month_number;

/// How far back, in bytes of text, a noun looks for the thing it was told as with a name.
const KIND_REACH: usize = 1200;
/// The most capitalised words before the noun.
const NAME_WORDS: usize = 3;
/// How many bytes after a noun are read to tell whether it ends its phrase.
const FOLLOWING: usize = 40;

impl Titles<'_> {
    /// The phrase "the", a name and the noun of a subject "the" and that noun ("the
    /// blockade"), as the text told it before ([`KIND_REACH`]): "the Union blockade".
    pub(in crate::events::title) fn kind_named(&self, phrase: &[usize]) -> Option<Candidate> {
        let &[the, noun] = phrase else {
            return None;
        };
        let token = &self.tokens[noun];
        if self.word(the) != "the"
            || self.class(noun) != Class::Noun
            || token.capitalized
            || self.hops >= PRONOUN_HOPS
            || token.is(PERIOD_NOUNS)
            || self.person_word(noun)
            || [
                Lex::OrganizationNouns,
                Lex::NameHeadNouns,
                Lex::BankNouns,
                Lex::PairNouns,
                Lex::ResultsNouns,
                Lex::PeopleNouns,
            ]
            .into_iter()
            .any(|l| token.is_lex(l))
        {
            return None;
        }
        let here = self.tokens[the].span.start;
        let from = self.reach_back(here, KIND_REACH);
        let found = self.kind_before(from..here, &token.lower)?;
        Some(Candidate {
            text: found,
            owner: None,
            named: true,
            definite: true,
            plural: self.candidate(phrase).plural,
            who: Who::Thing,
        })
    }
}

impl Titles<'_> {
    /// The one phrase of "the", capitalised words and `noun` as its head in the text at `span`
    /// ("the Union blockade"), none other told with other such words, with or without "the".
    fn kind_before(&self, span: Range<usize>, noun: &str) -> Option<String> {
        let window = &self.text[span.clone()];
        // The name and noun, and whether the text told them with "the".
        let mut found: Option<(&str, bool)> = None;
        for (at, _) in window.match_indices(noun) {
            let before = &window[..at];
            let after = window[at + noun.len()..].chars().next();
            if !before.ends_with(' ') || after.is_some_and(|c| c.is_alphanumeric() || c == '-') {
                continue;
            }
            // The capitalised words right before the noun, back to the word before them.
            let mut start = before.len();
            let mut words = 0;
            let mut lead = "";
            for word in before.trim_end_matches(' ').rsplit([' ', '\n']) {
                if words < NAME_WORDS && names(word) {
                    words += 1;
                    start -= word.len() + 1;
                } else {
                    lead = word;
                    break;
                }
            }
            if words == 0 {
                // "the city government", "Canada's government": another of the kind told.
                if described(before) {
                    return None;
                }
                continue;
            }
            // "a Dutch team", "Spain's team": another the text named. A name with no
            // article after a preposition names the one thing ("the fall of Lorran airport").
            let the = lead.eq_ignore_ascii_case("the");
            let after_preposition = || {
                start
                    .checked_sub(lead.len() + 1)
                    .is_some_and(|l| self.preposition_at(span.start + l, lead.len()))
            };
            if !(the || after_preposition()) {
                return None;
            }
            // "the Union blockade runners": the noun is no head.
            if !self.heads_phrase(span.start + at, span.start + at + noun.len()) {
                continue;
            }
            let named = &window[start..at + noun.len()];
            match found {
                Some((f, _)) if !f.eq_ignore_ascii_case(named) => return None,
                Some((f, told)) => found = Some((f, told || the)),
                None => found = Some((named, the)),
            }
        }
        let (named, the) = found?;
        Some(match the {
            true => format!("the {named}"),
            false => named.to_string(),
        })
    }

    /// The word of `len` bytes at byte `start` of the text is a preposition ("of", "at").
    fn preposition_at(&self, start: usize, len: usize) -> bool {
        let words = tokens(self.text, start..start + len);
        words.len() == 1 && classes(self.text, &words).first() == Some(&Class::Prep)
    }

    /// The word of the text from byte `start` to `end` is a noun that ends its phrase: no
    /// noun, name or possessive after it ("the Union blockade runners").
    fn heads_phrase(&self, start: usize, end: usize) -> bool {
        let to = self.reach_ahead(end, FOLLOWING);
        let words = tokens(self.text, start..to);
        let classes = classes(self.text, &words);
        classes.first() == Some(&Class::Noun)
            && words.first().is_some_and(|w| w.span.end == end)
            && !matches!(
                classes.get(1),
                Some(Class::Noun | Class::Name | Class::Poss)
            )
    }
}

/// The text `before` a noun ends with "the" or "a" and one or two words of lower case that
/// describe it ("the city", "a new state"), or with a capitalised possessive ("Canada's").
fn described(before: &str) -> bool {
    let mut words = before.trim_end_matches(' ').rsplit([' ', '\n']);
    let last = words.next().unwrap_or("");
    if last.ends_with("'s") && last.starts_with(char::is_uppercase) {
        return true;
    }
    let plain = |w: &str| {
        !w.is_empty()
            && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && !is_in(ARTICLES, w)
    };
    if !plain(last) {
        return false;
    }
    let article = |w: &str| matches!(lowercase(w).as_str(), "the" | "a" | "an");
    match words.next() {
        Some(w) if article(w) => true,
        Some(w) if plain(w) => words.next().is_some_and(article),
        _ => false,
    }
}

/// `word` may be part of a name before a noun: capitalised, of letters, digits, hyphens and
/// the stops of an abbreviation ("U.S."), no article, no month nor day.
fn names(word: &str) -> bool {
    // A stop ends a sentence, but for the last of an abbreviation's.
    let abbreviation = word.strip_suffix('.').is_some_and(|w| w.contains('.'));
    let lower = lowercase(word);
    (abbreviation || !word.ends_with('.'))
        && word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.'))
        && !is_in(ARTICLES, &lower)
        && !lower.ends_with("day")
        && month_number(word).is_none()
}
