//! The "-ing" forms and participles of the phrases after a title's verb: a participle that
//! describes the noun before it, an absolute clause, a gerund that is its phrase's noun.

use super::super::{
    Class, Lex, PARTICLES, Titles, VERB_ADVERBS, is_past_participle, is_plural_form,
};

impl Titles<'_> {
    /// `phrase` ends on a past participle that starts a phrase describing the noun before it
    /// ("in a lawsuit [brought]", "with the commission [set] up to review"); not the verb
    /// after a preposition that opens a clause ("after a jet crashed"), and not a participle
    /// of purpose alone ("false leaks [designed] | to mislead").
    pub(super) fn ends_on_describing_participle(&self, phrase: &[usize]) -> bool {
        let n = phrase.len();
        (n > 2 || (n == 2 && self.owes_infinitive(phrase[1])))
            && !self.tokens[phrase[0]].is_lex(Lex::ClausePrepositions)
            && self.class(phrase[n - 1]) == Class::Verb
            && is_past_participle(self.word(phrase[n - 1]))
            && matches!(
                self.class(phrase[n - 2]),
                Class::Noun | Class::Name | Class::Num
            )
    }

    /// `phrase` opens with "with" (or "without") and its noun phrase is the subject of a
    /// participle: one inside the phrase after a noun ("with Lee surrendering to ..."), or
    /// right after it.
    pub(in crate::events::title) fn absolute_clause(&self, phrase: &[usize]) -> bool {
        let (Some(&first), Some(&end)) = (phrase.first(), phrase.last()) else {
            return false;
        };
        if !self.tokens[first].is_lex(Lex::AbsolutePrepositions) || phrase.len() < 2 {
            return false;
        }
        let inside = phrase.windows(2).skip(1).any(|p| {
            self.participle(p[1])
                && matches!(
                    self.class(p[0]),
                    Class::Noun | Class::Name | Class::Num | Class::Pron
                )
        });
        inside || (end + 1 < self.tokens.len() && self.participle(end + 1))
    }

    /// `tokens[w]` is an "-ing" form of a verb ("surrendering", "being").
    pub(super) fn participle(&self, w: usize) -> bool {
        self.word(w).ends_with("ing") && matches!(self.class(w), Class::Verb | Class::Aux)
    }

    /// The "-ing" form at `tokens[w]`, the last word of `phrase`, is the noun of its phrase:
    /// "in active trading after ...", a word of the phrase before it and no object after it.
    pub(super) fn gerund_in_phrase(&self, phrase: &[usize], w: usize) -> bool {
        // ("undertook pilot training in ...": an object's noun before it, too.)
        let opens = |c: Class| match c {
            Class::Prep => phrase.len() > 2,
            Class::Det | Class::Noun | Class::Poss | Class::Num => phrase.len() > 1,
            _ => false,
        };
        let described = opens(self.class(phrase[0]))
            && w > 0
            && phrase.contains(&(w - 1))
            && matches!(self.class(w - 1), Class::Noun | Class::Det);
        let next = w + 1;
        let no_object = next >= self.tokens.len()
            || self.class(next) == Class::Punct
            || (self.class(next) == Class::Prep
                && self.word(next) != "to"
                && !self.introduces_date(next)
                && !self.own_phrase_follows(w));
        described && no_object
    }

    /// The "-ing" form at `tokens[w]` has its own particle or phrase of where to or from right
    /// after it: "a woman returning [from Peru]", "nurses handing [out masks]", "a strong
    /// position going [into the final]" ("over" is as often a phrase of its own: "fighting
    /// over the town"; "to" as often an infinitive's or a preposition's own: "according to").
    /// Only after a number, a plural or a noun its determiner opens: a gerund a noun or an
    /// adjective describes is a noun ("in heavy fighting from dawn", "cut research funding
    /// from the budget").
    pub(in crate::events::title) fn own_phrase_follows(&self, w: usize) -> bool {
        if w < 2 || !self.word(w).ends_with("ing") {
            return false;
        }
        let determined = || {
            (w.saturating_sub(4)..w - 1)
                .rev()
                .find(|&j| self.class(j) != Class::Noun)
                .is_some_and(|j| matches!(self.class(j), Class::Det | Class::Poss))
        };
        let noun = match self.class(w - 1) {
            Class::Num => true,
            // ("those still recovering [from]": an adverb read as a noun.)
            Class::Noun | Class::Name if self.tokens[w - 1].is(VERB_ADVERBS) => false,
            Class::Noun | Class::Name => is_plural_form(self.word(w - 1)) || determined(),
            _ => false,
        };
        noun && self.tokens.get(w + 1).is_some_and(|n| {
            (n.is_lex(Lex::DirectionPrepositions) && n.lower != "to"
                || (n.is(PARTICLES) && n.lower != "over"))
                && !self.introduces_date(w + 1)
        })
    }
}
