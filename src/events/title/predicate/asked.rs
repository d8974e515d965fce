//! The infinitive that says what a verb's object is to do, with no room whole: "asked the
//! city's banks | to help farmers pay their loans" keeps "to help" rather than end on the
//! object, which tells something else. Apart from `predicate.rs`, which adds the phrases.

use std::borrow::Cow;

use super::super::{Class, Lex, MAX_CHARS, PARTICLES, Titles};

impl Titles<'_> {
    /// `title` and the first words of the infinitive `phrase` that fit (`fit`); when none do,
    /// its "to" and verb, with a negation before ("not to leave"), when they fit and the verb
    /// reads whole without its object ([`Lex::AloneVerbs`]) and no particle of its follows
    /// ("to step | up").
    pub(super) fn fit_asked(&self, title: &str, phrase: &[usize]) -> String {
        let fitted = self.fit(title, phrase);
        if fitted.len() > title.len() {
            return fitted;
        }
        let Some(to) = phrase.iter().position(|&w| self.class(w) != Class::Neg) else {
            return fitted;
        };
        let Some(&verb) = phrase.get(to + 1) else {
            return fitted;
        };
        let head = &phrase[..to + 2];
        if self.class(phrase[to]) != Class::To
            || self.class(verb) != Class::Verb
            || !self.tokens[verb].is_lex(Lex::AloneVerbs)
            || phrase
                .get(to + 2)
                .is_some_and(|&w| self.tokens[w].is(PARTICLES))
            || title.chars().count() + 1 + self.width(head) > MAX_CHARS
        {
            return fitted;
        }
        format!("{title} {}", self.join(head))
    }

    /// `phrases` with a negation that is a phrase alone after the verb's object joined to the
    /// phrase right after it, whose verb it negates: "warned the owners [not] [to leave]" →
    /// "not to leave", so the infinitive is told whole or left out with its negation, never
    /// "warned the owners not" ("decided not" reads whole: no object before).
    pub(super) fn negations_joined<'p>(&self, phrases: &'p [Vec<usize>]) -> Cow<'p, [Vec<usize>]> {
        let alone = |n: usize| {
            n > 0
                && phrases[n - 1].first().is_some_and(|&w| {
                    matches!(
                        self.class(w),
                        Class::Det
                            | Class::Noun
                            | Class::Name
                            | Class::Num
                            | Class::Pron
                            | Class::Poss
                    )
                })
                && phrases[n].iter().all(|&w| self.class(w) == Class::Neg)
                && phrases[n + 1].first() == phrases[n].last().map(|w| w + 1).as_ref()
        };
        if !(0..phrases.len().saturating_sub(1)).any(alone) {
            return Cow::Borrowed(phrases);
        }
        let mut joined: Vec<Vec<usize>> = Vec::with_capacity(phrases.len());
        let mut n = 0;
        while n < phrases.len() {
            if n + 1 < phrases.len() && alone(n) {
                joined.push([&phrases[n][..], &phrases[n + 1][..]].concat());
                n += 2;
            } else {
                joined.push(phrases[n].clone());
                n += 1;
            }
        }
        Cow::Owned(joined)
    }
}
