//! "Tuesday's declaration by Acme Corp.", "a visit by Ann Holt to Pell": a noun for a deed
//! whose doer a "by" phrase names is told as that doer's, as a headline tells it ("Acme Corp.'s
//! declaration", "Ann Holt's visit to Pell"). Only nouns whose possessive reads as the doer
//! (`[doer_nouns]` of titles.txt): "the defeat by Vell" was Vell's win, "the arrest by police"
//! no one's. The doer is a name ("by the Senate", "by Acme Corp."), not a phrase a name only
//! describes ("by Vell troops") nor any other ("by an intruder" says too little alone).
//! What the doer declared follows it in a clause with "that" ("... that it will bid for
//! Bolt"), past an aside on the doer ("by Acme, which holds 9% of Bolt, that it will bid"); a
//! noun with no doer named keeps that clause too ("Monday's announcement that he will go").
//! Apart from `noun_title.rs`, which makes the rest of the phrase's title.

use super::subject::Candidate;
use super::{Class, Lex, MAX_CHARS, REACH, Titles, ends_in_plural_s, is};

/// The most words of a doer's name: "the Ruritanian Coastal Shipping Board".
const NAME_WORDS: usize = 6;
/// The longest doer's name a title takes.
const DOER_CHARS: usize = 40;
/// How many words an aside on the doer between commas may hold.
const ASIDE: usize = 16;

impl Titles<'_> {
    /// The doer a "by" phrase at `tokens[by]`, right after the noun phrase of `tokens[noun]`,
    /// names, as the owner of `owned` (the phrase's words past its determiner), and where the
    /// "by" phrase ends.
    pub(super) fn by_owner(
        &self,
        noun: usize,
        owned: &str,
        by: usize,
    ) -> Option<(Candidate, usize)> {
        let n = self.tokens.len();
        if !self.doer_noun(noun) || by >= n || self.word(by) != "by" {
            return None;
        }
        let first = by + 1;
        let names = first + usize::from(first < n && self.word(first) == "the");
        let mut end = names;
        while end < n.min(names + NAME_WORDS) && self.class(end) == Class::Name && !self.remove[end]
        {
            end += 1;
        }
        // "by Vell troops": the name describes the noun after it.
        let describes = end < n && matches!(self.class(end), Class::Noun | Class::Num);
        if end == names || describes {
            return None;
        }
        let words: Vec<usize> = (first..end).collect();
        let owner = self.join(&self.without_offices(&words));
        let mut owner = match owner.strip_prefix("the ") {
            Some(rest) => format!("The {rest}"),
            None => owner,
        };
        // "by Bolt Inc." at the sentence's end: the full stop is the abbreviation's too.
        let last = &self.tokens[end - 1];
        if last.is_lex(Lex::CompanySuffixes) && self.text[last.span.end..].starts_with('.') {
            owner.push('.');
        }
        let fits = owner.chars().count() <= DOER_CHARS
            && owner.chars().count() + 3 + owned.chars().count() <= MAX_CHARS;
        fits.then(|| (Candidate::owned_by(&owner, "'s", owned), end))
    }

    /// `tokens[noun]` is a lower-case noun of [`Lex::DoerNouns`], or its plural.
    pub(super) fn doer_noun(&self, noun: usize) -> bool {
        let word = self.word(noun);
        let singular = word.strip_suffix('s').filter(|_| ends_in_plural_s(word));
        let doer = is(Lex::DoerNouns, word) || singular.is_some_and(|s| is(Lex::DoerNouns, s));
        doer && !self.tokens[noun].capitalized
    }

    /// The clause of what was declared after the "by" phrase that ends at `tokens[from]`:
    /// "that" and a pronoun subject with its verb, past an aside between commas that opens
    /// with a relative pronoun, up to the next mark; its words without the date, at most
    /// `room` characters.
    pub(super) fn declared_clause(&self, from: usize, room: usize) -> Option<String> {
        let n = self.tokens.len();
        let mut k = from;
        if k + 1 < n && self.word(k) == "," && self.tokens[k + 1].is_lex(Lex::WhRelatives) {
            k = (k + 2..n.min(k + ASIDE)).find(|&j| self.word(j) == ",")? + 1;
        }
        if k + 2 >= n
            || self.word(k) != "that"
            || !self.tokens[k + 1].is_lex(Lex::ResolvablePronouns)
        {
            return None;
        }
        let end = (k + 2..n.min(k + REACH))
            .find(|&j| self.class(j) == Class::Punct)
            .unwrap_or(n.min(k + REACH));
        let mut words: Vec<usize> = (k..end)
            .filter(|&j| !(self.skipped(j) || self.introduces_date(j)))
            .collect();
        let &verb = words.get(2)?;
        if !matches!(self.class(verb), Class::Verb | Class::Aux) {
            return None;
        }
        // "Monday's announcement that he will go to Pell drew praise": a verb after the
        // clause's own, neither an infinitive nor joined by "and", is the main clause's.
        let own = self.verb_group_around(verb).end;
        let main = words.iter().position(|&j| {
            j >= own
                && matches!(self.class(j), Class::Verb | Class::Aux)
                && !matches!(
                    self.class(j - 1),
                    Class::To | Class::Coord | Class::Verb | Class::Aux
                )
        });
        if let Some(main) = main {
            words.truncate(main);
        }
        // Too long whole: up to a phrase or an infinitive that fits, past the verb's group
        // ("that he will go back to Pell | to inspect the plant").
        let mut clause = self.join(&words);
        let mut cut = words.len();
        while clause.chars().count() > room {
            cut = (3..cut).rev().find(|&p| {
                words[p] >= own && matches!(self.class(words[p]), Class::Prep | Class::To)
            })?;
            clause = self.join(&words[..cut]);
        }
        Some(clause)
    }
}
