//! "Dorland Corp. began its tender offer. The offer expires in March": a subject "the" and a
//! noun that the sentence before told as someone's ("its offer", "Varga's car") is that
//! owner's, told as a possessive subject is ("Dorland Corp.'s offer expires").

use super::super::subject::Candidate;
use super::super::{Class, Lex, MAX_CHARS, PERIOD_NOUNS, Titles};
use super::OWNER_CHARS;

/// How many words (describers of the noun) may stand between the owner and its noun:
/// "its $30-a-share tender offer".
const OWNED_REACH: usize = 5;
/// How many words the "of", "on" or "for" phrase that tells which noun may have: "the
/// estimate for the new Varna camp".
const PHRASE_WORDS: usize = 5;

impl Titles<'_> {
    /// A subject that is "the" and one common noun, which the sentence before tells once,
    /// owned: by a possessive pronoun whose name [`Self::owner_named`] finds there, or by a
    /// name with "'s". The noun keeps its words; the owner is the earlier sentence's.
    pub(in crate::events::title) fn owned_before(&self, phrase: &[usize]) -> Option<Candidate> {
        let &[the, noun] = phrase else {
            return None;
        };
        // Cheapest first: "the" and a common noun that is no person ("the man" is told by
        // the person rules) and no business ("the company" by the business rules).
        if self.word(the) != "the"
            || self.class(noun) != Class::Noun
            || self.tokens[noun].capitalized
            || self.person_word(noun)
            || self.tokens[noun].is_lex(Lex::OrganizationNouns)
        {
            return None;
        }
        // The sentence before is read (its word classes found) only if it has the noun.
        let word = self.word(noun);
        let before = self.previous_tokens()?;
        if !before.iter().any(|t| *t.lower == *word) {
            return None;
        }
        let owned = self.previous_sentence(|t| t.owner_of_noun(word))?;
        (owned.text.chars().count() <= MAX_CHARS).then_some(owned)
    }

    /// The owner of the one noun `word` of this sentence, with the noun: "Dorland Corp.'s
    /// offer" of "Dorland Corp. began its $30-a-share offer"; none when the sentence tells
    /// the noun twice or unowned ("an offer ... its offer" may be two).
    fn owner_of_noun(&self, word: &str) -> Option<Candidate> {
        let mut found = None;
        for j in 0..self.tokens.len() {
            if self.word(j) != word {
                continue;
            }
            if found.is_some() {
                return None;
            }
            found = Some(j);
        }
        let noun = found?;
        // The noun heads its phrase: not "his earnings projection".
        if self
            .tokens
            .get(noun + 1)
            .is_some_and(|_| matches!(self.class(noun + 1), Class::Noun | Class::Name))
        {
            return None;
        }
        if let Some(told) = self.told_with_phrase(noun) {
            return Some(told);
        }
        let pronoun = |j: usize| self.tokens[j].is_lex(Lex::OwnerPronouns);
        let owner = (noun.saturating_sub(OWNED_REACH + 1)..noun)
            .rev()
            .take_while(|&j| {
                j + 1 == noun
                    || (self.class(j + 1) != Class::Poss
                        && !pronoun(j + 1)
                        && self.class(j + 1).in_noun_phrase())
            })
            .last()
            .filter(|&j| self.class(j) == Class::Poss || pronoun(j))?;
        if pronoun(owner) {
            let found = self.owner_named(&[owner, noun])?;
            // The name, not a phrase a pronoun owns again ("his wife's car").
            return (!found.text.contains(" and ")).then_some(found);
        }
        // "Varga's car": the name before the mark.
        let start = (owner.saturating_sub(OWNED_REACH)..owner)
            .rev()
            .take_while(|&j| self.class(j) == Class::Name)
            .last()?;
        let name = self.join(&(start..owner).collect::<Vec<_>>());
        if name.chars().count() > OWNER_CHARS {
            return None;
        }
        let mark = &self.text[self.tokens[owner].span.clone()];
        Some(Candidate::owned_by(&name, mark, word))
    }

    /// "a restriction on steel imports", "the estimate for the camp": the noun at
    /// `tokens[noun]`, right after an article, with the "of", "on" or "for" phrase that tells
    /// which one, as "the restriction on steel imports".
    fn told_with_phrase(&self, noun: usize) -> Option<Candidate> {
        if noun == 0 || !matches!(self.word(noun - 1), "a" | "an" | "the") {
            return None;
        }
        let phrase = self
            .phrase_after(noun)
            .filter(|p| p.chars().count() <= OWNER_CHARS)?;
        let mut found = self.candidate(&[noun - 1, noun]);
        found.text = format!("the {}{phrase}", self.word(noun));
        found.definite = true;
        found.named = false;
        Some(found)
    }

    /// The " of ...", " on ..." or " for ..." phrase after `tokens[noun]` that ends with its
    /// own noun, and says no time.
    fn phrase_after(&self, noun: usize) -> Option<String> {
        let prep = noun + 1;
        let n = self.tokens.len();
        if prep >= n || !matches!(self.word(prep), "of" | "on" | "for") {
            return None;
        }
        let end = (prep + 1..n.min(prep + 2 + PHRASE_WORDS))
            .find(|&j| !self.class(j).in_noun_phrase() || self.class(j) == Class::Poss)
            .unwrap_or(n);
        let words: Vec<usize> = (prep + 1..end).collect();
        let last = *words.last()?;
        let goes_on = end < n
            && (matches!(self.class(end), Class::Coord | Class::Poss) || self.word(end) == "of");
        // "the talks on Monday": a phrase of time says when, not which one.
        let time = words.iter().any(|&j| {
            self.class(j) == Class::Num
                || self.tokens[j].is_lex(Lex::WeekdayNames)
                || self.tokens[j].is(PERIOD_NOUNS)
        });
        // "of its kind": a possessive would need its own owner told.
        let owned = words
            .iter()
            .any(|&j| self.class(j) == Class::Det && !matches!(self.word(j), "a" | "an" | "the"));
        let ends = matches!(self.class(last), Class::Noun | Class::Name);
        (words.len() <= PHRASE_WORDS && !goes_on && !time && !owned && ends)
            .then(|| format!(" {} {}", self.word(prep), self.join(&words)))
    }
}
