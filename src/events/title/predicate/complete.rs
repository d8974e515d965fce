//! What a title's object needs after it to be read alone: the infinitive that completes its
//! noun ("drew up plans | to widen the inquiry"). Apart from `predicate.rs`, which adds it.

use super::super::{Class, Lex, Titles};

/// How many tokens of a date may stand between the noun and its infinitive.
const GAP: usize = 8;
/// How many words may tell what a sum counts: "in restructuring charges".
const COUNTED: usize = 3;

impl Titles<'_> {
    /// `phrase` is an infinitive right after the noun that ends `object`, a noun of
    /// [`Lex::InfinitiveNouns`] or an ordinal: "plans to widen the inquiry", "a bid to take
    /// the firm private", "the first to cross the strait". The noun is what the infinitive
    /// tells of; a title that ends on it leaves the reader asking "to do what?".
    pub(in crate::events::title) fn completes_noun(
        &self,
        object: &[usize],
        phrase: &[usize],
    ) -> bool {
        let (Some(&noun), Some(&to)) = (object.last(), phrase.first()) else {
            return false;
        };
        let t = &self.tokens[noun];
        // (The date between them is left out: "plans on Monday to widen".)
        noun < to
            && to - noun <= GAP
            && (noun + 1..to).all(|k| self.skipped(k) || self.introduces_date(k))
            && phrase.len() > 1
            && self.class(to) == Class::To
            && !t.capitalized
            && (t.is_lex(Lex::InfinitiveNouns) || t.is_lex(Lex::OrdinalWords))
    }

    /// `fitted`, `title` and the first words of the infinitive `phrase`, holds more than "to"
    /// and the word after it, unless a preposition follows them ("plans to resign | from
    /// the board"): "to further | destabilize" is an adverb, its verb left out.
    pub(super) fn reads_whole(&self, title: &str, fitted: &str, phrase: &[usize]) -> bool {
        if fitted.len() <= title.len() {
            return false;
        }
        let prep_after = phrase.get(2).is_some_and(|&w| self.class(w) == Class::Prep);
        prep_after || phrase.len() < 3 || !fitted.ends_with(&self.join(&phrase[..2]))
    }

    /// `phrase` is "in" and a bare noun right after the number that ends `before`, what the
    /// sum counts: "by $41 million | in write-downs", "$9 million | in sales". Without it the
    /// reader asks "of what?"; a place or time has its article or a capital ("in the
    /// quarter", "in Lyon").
    pub(super) fn counts_sum(&self, before: &[usize], phrase: &[usize]) -> bool {
        let (Some(&sum), [first, rest @ ..]) = (before.last(), phrase) else {
            return false;
        };
        let bare = |w: usize| {
            !self.tokens[w].capitalized
                && (self.class(w) == Class::Noun
                    || (self.class(w) == Class::Verb && self.word(w).ends_with("ing")))
        };
        sum + 1 == *first
            && self.class(sum) == Class::Num
            && self.word(*first) == "in"
            && (1..=COUNTED).contains(&rest.len())
            && rest.iter().all(|&w| bare(w))
            // ("fell to $13.50 | in heavy trading": an activity is no thing counted.)
            && rest
                .last()
                .is_some_and(|&w| self.class(w) == Class::Noun && !self.word(w).ends_with("ing"))
    }
}
