//! A relative pronoun after a comma stands for the nearest name: "more talks with Ruritania,
//! which had backed the plan" (Ruritania backed it), "Ann Roe, once the firm's manager,
//! sales, who left in May" (Ann Roe left, not the office between the commas). Also the other
//! words a subject may stand for: the noun before a relative clause, with or without commas
//! ("the boat he was in"), and the name a "with" phrase goes with.

use super::super::super::detect::is_event_noun;
use super::super::{Class, Lex, OFFICES, Titles};

/// How far back, in tokens, the name an apposition chain follows may be.
const CHAIN: usize = 20;
/// How far back, in tokens, the pronoun of a relative clause before a verb may be: "The man
/// who threw a rock at the police at the station minutes before the fire started | was".
const RELATIVE: usize = 20;

impl Titles<'_> {
    /// The name after the last preposition of `phrase` (no "of", none of place, which
    /// locates the noun before it), the antecedent of the pronoun at `tokens[pronoun]` after
    /// a comma, when the noun before the preposition is a common one that names no happening
    /// (or one whose doer the name is, after "by").
    pub(super) fn name_after_preposition(
        &self,
        phrase: &[usize],
        pronoun: usize,
    ) -> Option<Vec<usize>> {
        if pronoun == 0 || self.word(pronoun - 1) != "," {
            return None;
        }
        let p = phrase
            .iter()
            .rposition(|&w| self.class(w) == Class::Prep && self.word(w) != "of")?;
        let prep = &self.tokens[phrase[p]];
        let head = phrase[p.checked_sub(1)?];
        let rest = &phrase[p + 1..];
        let name = rest.last().is_some_and(|&w| self.class(w) == Class::Name)
            && rest.iter().enumerate().all(|(i, &w)| {
                self.class(w) == Class::Name || (i == 0 && self.class(w) == Class::Det)
            });
        // "the talks with Ruritania, which ended": a happening may be what the clause tells
        // of, unless the name is its doer ("a bid by Globex, which agreed to pay").
        let common = self.class(head) == Class::Noun
            && !self.tokens[head].capitalized
            && (!is_event_noun(&self.tokens[head]) || self.word(phrase[p]) == "by");
        (name
            && common
            && !prep.is_lex(Lex::PlacePrepositions)
            && !prep.is_lex(Lex::ComparisonPrepositions))
        .then(|| rest.to_vec())
    }

    /// The name that opens a chain of appositions ending with `phrase` before the "who" at
    /// `tokens[pronoun]`: "Ann Roe, formerly the firm's manager, sales, who". The phrase
    /// names no one itself; only noun phrases, adverbs and commas stand between.
    pub(super) fn name_before_appositions(
        &self,
        phrase: &[usize],
        pronoun: usize,
    ) -> Option<Vec<usize>> {
        let &first = phrase.first()?;
        let person = |w: usize| {
            self.class(w) == Class::Name
                || self.tokens[w].is_lex(Lex::PersonWords)
                || self.tokens[w].is(OFFICES)
        };
        if self.word(pronoun) != "who"
            || first < 3
            || self.word(first - 1) != ","
            || phrase.iter().any(|&w| person(w))
        {
            return None;
        }
        let comma = first - 1;
        for j in (comma.saturating_sub(CHAIN)..comma).rev() {
            match self.class(j) {
                Class::Name if self.word(j + 1) == "," && j + 1 < comma => {
                    return Some(self.noun_phrase_ending_at(j));
                }
                Class::Verb | Class::Aux | Class::Sub | Class::Coord | Class::Pron => {
                    return None;
                }
                _ => {}
            }
        }
        None
    }

    /// The name that opens its clause right before "with" ("along with", "alongside") and the
    /// phrase at `tokens[first]`: in "Ortega with the generals Mora and Vance led a revolt" the
    /// generals go with Ortega, who led it. (A common noun keeps its "with" phrase: "police
    /// with dogs searched".)
    pub(super) fn accompanied(&self, first: usize) -> Option<Vec<usize>> {
        let mut w = first.checked_sub(1)?;
        if !self.tokens[w].is_lex(Lex::AccompanyingWords) {
            return None;
        }
        // "along with", "together with".
        if w > 0 && self.tokens[w - 1].is_lex(Lex::AccompanyingWords) {
            w -= 1;
        }
        let name = w
            .checked_sub(1)
            .filter(|&n| self.class(n) == Class::Name && !self.remove[n])?;
        let lead = self.noun_phrase_ending_at(name);
        let opens = lead.first().is_some_and(|&f| {
            f == 0 || self.remove[f - 1] || matches!(self.class(f - 1), Class::Punct | Class::Sub)
        });
        opens.then_some(lead)
    }

    /// The nearest noun phrase in `phrase`, the antecedent of a relative pronoun after it, past
    /// its last preposition other than "of" (a phrase of place stays with the noun it locates,
    /// past the preposition before that noun), when it has an article and a common noun for
    /// its head: "its inquiry into the fire, which killed", "tribute to the
    /// crews who launched". A happening's phrase stays whole ("the attack on the embassy, which
    /// killed", "a ruling on the merger, which is expected").
    pub(super) fn nearest_antecedent(&self, phrase: &[usize]) -> Option<Vec<usize>> {
        let prep = |w: usize| self.class(w) == Class::Prep && self.word(w) != "of";
        let place = |w: usize| self.tokens[w].is_lex(Lex::PlacePrepositions);
        let mut p = phrase.iter().rposition(|&w| prep(w))?;
        // The noun whose number and kind tell the antecedent: the last of the phrase, or the
        // noun a phrase of place locates ("watched a grass fire at Millbrook, which jumped").
        let mut last = *phrase.last()?;
        if place(phrase[p]) {
            let placed = phrase[p.checked_sub(1)?];
            p = phrase[..p]
                .iter()
                .rposition(|&w| prep(w) && !place(w))
                .filter(|&q| q + 2 < p && !self.tokens[placed].capitalized)?;
            last = placed;
        }
        let rest = &phrase[p + 1..];
        // "more training than Lee, who was arrested": what is compared is no part of the
        // noun before it.
        if self.tokens[phrase[p]].is_lex(Lex::ComparisonPrepositions) && !rest.is_empty() {
            return Some(rest.to_vec());
        }
        let head = phrase[p.checked_sub(1)?];
        let &first = rest.first()?;
        let common = self.class(last) == Class::Noun && !self.tokens[last].capitalized;
        // "a court ruling on the merger, which is expected": an "-ing" noun's phrase is the
        // happening, whatever its object.
        let happening = (is_event_noun(&self.tokens[head]) && !is_event_noun(&self.tokens[last]))
            || self.word(head).ends_with("ing");
        (common && self.class(first) == Class::Det && !happening && !self.remove[last])
            .then(|| rest.to_vec())
    }

    /// The antecedent of a relative clause without commas that ends with the noun phrase at
    /// `tokens[first]`: "A man whose house was a bomb factory | was arrested", "Imports of
    /// cheese that will be subject to the new tariff | rose" are about the man and
    /// the imports. The relative pronoun must have a verb after it, so that "said that the
    /// deal" is no relative clause.
    pub(super) fn antecedent_before(&self, first: usize) -> Option<Vec<usize>> {
        let mut verb = false;
        for j in (first.saturating_sub(RELATIVE)..first).rev() {
            let token = &self.tokens[j];
            let relative = token.is_lex(Lex::Relatives) || token.is_lex(Lex::WhRelatives);
            match self.class(j) {
                // "the laws that caused the riots when the party | ruled": a clause
                // of its own.
                Class::Punct => return None,
                Class::Sub if !relative => return None,
                Class::Sub => {
                    let a = j.checked_sub(1)?;
                    let antecedent = verb
                        && matches!(self.class(a), Class::Noun | Class::Name | Class::Num)
                        && !self.remove[a];
                    return antecedent.then(|| self.noun_phrase_ending_at(a));
                }
                // "The bridge the city said would cost $5 million | opened": a relative clause
                // of saying with no pronoun, whose gap is the subject of what was said.
                Class::Verb if verb && self.says(j) => {
                    let said =
                        (j + 1..first).find(|&s| !(self.skipped(s) || self.introduces_date(s)));
                    if let Some(phrase) = said.and_then(|s| self.gap_before_saying(s, j)) {
                        return Some(phrase);
                    }
                }
                // "The boat the navy sank in the bay | was found": a clause with no pronoun.
                Class::Verb | Class::Aux
                    if !matches!(self.class(j.saturating_sub(1)), Class::Verb | Class::Aux)
                        && let Some(antecedent) = self.contact_antecedent(j) =>
                {
                    return Some(antecedent);
                }
                Class::Verb | Class::Aux => verb = true,
                _ => {}
            }
        }
        None
    }

    /// The noun a relative clause without a relative pronoun describes, when the clause ends
    /// with the preposition at `tokens[prep]` ("the boat he was in", "the house they lived
    /// in"): a subject pronoun right after a noun, then a verb, then the preposition.
    pub(super) fn stranded_relative(&self, prep: usize) -> Option<Vec<usize>> {
        let floor = prep.saturating_sub(6);
        let pronoun = (floor..prep)
            .rev()
            .take_while(|&j| {
                matches!(
                    self.class(j),
                    Class::Verb | Class::Aux | Class::Adv | Class::Pron | Class::Neg
                )
            })
            .find(|&j| self.class(j) == Class::Pron)?;
        let verb = (pronoun + 1..prep).any(|j| matches!(self.class(j), Class::Verb | Class::Aux));
        let noun = pronoun.checked_sub(1)?;
        (verb
            && matches!(
                self.word(pronoun),
                "he" | "she" | "it" | "they" | "we" | "i" | "you"
            )
            && self.class(noun) == Class::Noun
            && !self.remove[noun])
            .then(|| self.noun_phrase_ending_at(noun))
    }
}
