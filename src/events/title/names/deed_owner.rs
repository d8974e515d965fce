//! "Acme agreed to sell its paint unit. The sale was completed": a subject "the" and a noun
//! for a deed (`[deed_verbs]` of titles.txt) is the deed of the subject of the sentence
//! before, when that sentence's verb, or what it says its subject will do ("Acme said it
//! would sell"), tells that deed; told as a possessive subject is ("Acme's sale was
//! completed"). "The move" is any deed of that subject. Not a passive's subject, whom the deed
//! was done to ("The town was attacked. The attack ..."), but for a deed that one owns too
//! ("Ann Holt was named chief. The appointment ..." is hers).

use super::super::super::chunk::deed_verbs;
use super::super::super::detect::each_lemma_candidate;
use super::super::super::lookup::Form;
use super::super::super::words::{AUXILIARIES, COPULAS};
use super::super::subject::{Candidate, Subject};
use super::super::{Class, Lex, MAX_CHARS, REACH, Titles, ends_in_plural_s, is};
use super::OWNER_CHARS;

/// The most words after "the" of an owner with no name: "the county school board".
const DESCRIBED_WORDS: usize = 3;

impl Titles<'_> {
    /// A subject that is "the" and a noun for a deed, with the subject of the sentence before
    /// whose deed it is, as its owner.
    pub(in crate::events::title) fn deed_owner(&self, phrase: &[usize]) -> Option<Candidate> {
        let &[the, noun] = phrase else {
            return None;
        };
        if self.word(the) != "the" {
            return None;
        }
        self.deed_owner_of(noun)
    }

    /// The owner of an event noun's phrase title that is "the" and a deed noun, or that noun
    /// alone after a date's possessive (`relative`: "Friday's purchases" are the purchases
    /// of that day), as for a subject ([`Self::deed_owner`]).
    pub(in crate::events::title) fn phrase_deed_owner(
        &self,
        head: &[usize],
        relative: bool,
    ) -> Option<Candidate> {
        match *head {
            [noun] if relative => self.deed_owner_of(noun),
            [_, _] => self.deed_owner(head),
            _ => None,
        }
    }

    /// The deed noun at `tokens[noun]` (or its plural: "the purchases") with the subject of
    /// the sentence before whose deed it is, as its owner.
    fn deed_owner_of(&self, noun: usize) -> Option<Candidate> {
        let word = self.word(noun);
        if self.tokens[noun].capitalized {
            return None;
        }
        let singular = word.strip_suffix('s').filter(|_| ends_in_plural_s(word));
        let verbs = deed_verbs()
            .iter()
            .find(|g| g.first().is_some_and(|&f| f == word || Some(f) == singular))?;
        // "the sale of its unit", "the move by Acme": the noun's own phrase tells whose.
        if noun + 1 < self.tokens.len() && matches!(self.word(noun + 1), "of" | "by") {
            return None;
        }
        let done_to = self.tokens[noun].is_lex(Lex::DoneToNouns);
        let owner = self.previous_sentence(|t| t.deed_doer(&verbs[1..], done_to))?;
        let fits = owner.chars().count() <= OWNER_CHARS
            && owner.chars().count() + 3 + word.len() <= MAX_CHARS;
        fits.then(|| Candidate::owned_by(&owner, "'s", word))
    }

    /// The subject of this sentence's first verb with a tense, named or with "the" (not a
    /// possessive's phrase, two joined, nor a business noun no name tells), when that verb,
    /// an infinitive it takes, or what it says "it" (or "he", "she", "they") will do tells a
    /// deed of `verbs` (any deed when none), not in the passive unless `done_to`.
    fn deed_doer(&self, verbs: &[&str], done_to: bool) -> Option<String> {
        let (start, subject) = self.first_verb_and_subject()?;
        let owner = match subject {
            Subject::Named(found) => found,
            Subject::Words(words) => self.candidate(&words),
        };
        let vague = !owner.named
            && owner.text.rsplit(' ').next().is_some_and(|head| {
                let head = head.to_ascii_lowercase();
                is(Lex::OrganizationNouns, &head) || is(Lex::SubjectBodyNouns, &head)
            });
        // A name is its capitalised words ("Hudson's Bay", not "Acme's board"), a phrase with
        // "the" a few words: the subject alone, no phrase the subject rules ran past.
        let mut words = owner.text.split(' ');
        if owner.definite {
            words.next();
        }
        let clean = if owner.named {
            words.all(|w| w.starts_with(char::is_uppercase))
        } else {
            owner.definite
                && words.count() <= DESCRIBED_WORDS
                && !owner.text.contains('\'')
                && !owner.text.contains(" and ")
        };
        if !clean || vague {
            return None;
        }
        let mut group = self.verb_group_around(start);
        if group
            .clone()
            .any(|v| self.class(v) == Class::Verb && self.says(v))
        {
            group = self.said_of_pronoun(group.end)?;
        }
        let tells = |v: usize| {
            self.class(v) == Class::Verb
                && self.tells_deed(v, verbs)
                && (done_to || !self.after_be(v))
        };
        let told = group.clone().any(tells)
            || self
                .infinitive_after(group.end)
                .is_some_and(|g| g.into_iter().any(tells));
        told.then_some(owner.text)
    }

    /// The verb group of an infinitive past the date after `tokens[end]`: "to sell" of
    /// "agreed on Monday to sell".
    fn infinitive_after(&self, end: usize) -> Option<std::ops::Range<usize>> {
        let to = (end..self.tokens.len()).find(|&k| !self.remove[k])?;
        (to > end && self.class(to) == Class::To && to + 1 < self.tokens.len())
            .then(|| self.verb_group_around(to + 1))
    }

    /// The verb group of what is said after `tokens[from]` of a pronoun subject: "it would
    /// sell" of "said it would sell", "said on Monday that it would sell".
    fn said_of_pronoun(&self, from: usize) -> Option<std::ops::Range<usize>> {
        let n = self.tokens.len();
        let verb = (from..n.min(from + REACH))
            .find(|&j| matches!(self.class(j), Class::Verb | Class::Aux))?;
        let group = self.verb_group_around(verb);
        let pronoun = group.start.checked_sub(1).filter(|&p| p >= from)?;
        (self.tokens[pronoun].is_lex(Lex::ResolvablePronouns) && self.finite(group.start))
            .then_some(group)
    }

    /// The verb at `tokens[v]` tells a deed of `verbs`, or any deed of action when `verbs` is
    /// empty: no verb of saying, being, having, seeming or thinking.
    fn tells_deed(&self, v: usize, verbs: &[&str]) -> bool {
        let t = &self.tokens[v];
        if verbs.is_empty() {
            return !(self.says(v)
                || t.is(AUXILIARIES)
                || t.has(Form::StativeVerb)
                || t.has(Form::LinkingVerb)
                || t.has(Form::OpinionVerb)
                || t.has(Form::ForecastVerb)
                || t.is_lex(Lex::SeemingVerbs));
        }
        let mut found = false;
        each_lemma_candidate(self.word(v), |lemma| found |= verbs.contains(&lemma));
        found
    }

    /// The verb at `tokens[v]` follows a form of "be", adverbs between: a passive ("was
    /// named").
    fn after_be(&self, v: usize) -> bool {
        (0..v)
            .rev()
            .find(|&k| self.class(k) != Class::Adv)
            .is_some_and(|k| self.tokens[k].is(COPULAS))
    }
}
