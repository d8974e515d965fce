//! A noun that needs the phrase after it ([`Lex::ComplementNouns`]: "the export | of arms", "a
//! call | for a review"): a title cut there leaves the reader asking "of what?", so the cut
//! goes back to the last word that reads whole, when the phrase has one.

use super::super::{Class, Lex, Titles};

/// How far back from an object's last word its verb is looked for, in tokens.
const OBJECT_REACH: usize = 8;

impl Titles<'_> {
    /// A cut of `phrase` after its first `n` words ends on a noun whose phrase follows.
    pub(super) fn owes_phrase_at(&self, phrase: &[usize], n: usize) -> bool {
        let (Some(&last), Some(&next)) =
            (n.checked_sub(1).and_then(|l| phrase.get(l)), phrase.get(n))
        else {
            return false;
        };
        self.owes(last, next)
    }

    /// `tokens[last]` is a noun that needs the phrase that `tokens[next]` opens.
    pub(in crate::events::title) fn owes(&self, last: usize, next: usize) -> bool {
        let owing = matches!(self.class(next), Class::Prep | Class::To);
        (owing
            && ((self.class(last) == Class::Noun && self.tokens[last].is_lex(Lex::ComplementNouns))
                // "a dividend equal | to 5%": an adjective of an idiom.
                || self.tokens[last].is_lex(Lex::ComplementWords)))
            || self.object_owes(last, next)
    }

    /// `tokens[last]` ends the object of a verb whose object needs the phrase that
    /// `tokens[next]` opens ([`Lex::ObjectPhraseVerbs`]): "accused two men | of fraud".
    fn object_owes(&self, last: usize, next: usize) -> bool {
        if !matches!(self.class(last), Class::Noun | Class::Name | Class::Pron)
            || !self.tokens[next].is_lex(Lex::ObjectPhrasePrepositions)
        {
            return false;
        }
        // The word before the object's noun phrase, dates aside.
        let in_object = |k: usize| {
            self.skipped(k)
                || matches!(
                    self.class(k),
                    Class::Det | Class::Noun | Class::Name | Class::Num | Class::Poss
                )
        };
        (last.saturating_sub(OBJECT_REACH)..last)
            .rev()
            .find(|&k| !in_object(k))
            .is_some_and(|v| {
                self.class(v) == Class::Verb && self.tokens[v].is_lex(Lex::ObjectPhraseVerbs)
            })
    }

    /// `title` ends on a noun of `phrases` without the phrase it needs, or without the "of"
    /// phrase that tells which, whose or how much it is, which the sentence goes on with:
    /// "started the slow process toward a merger | of the towns", "counted their first cases |
    /// of measles". The last word is read from the title: the cut may be any phrase's.
    pub(in crate::events::title) fn ends_before_owed(
        &self,
        title: &str,
        phrases: &[Vec<usize>],
    ) -> bool {
        let last = title.rsplit(' ').next().unwrap_or("");
        phrases.iter().flatten().any(|&w| {
            w + 1 < self.tokens.len()
                && last.eq_ignore_ascii_case(self.word(w))
                && (self.owes(w, w + 1)
                    || (self.class(w) == Class::Noun
                        && !self.tokens[w].capitalized
                        && self.word(w + 1) == "of"))
        })
    }

    /// A cut of `phrase` after its first `n` words, one a title may end on, may stand for a
    /// later one that [`Self::owes_phrase_at`]: "issued new rules | controlling the export".
    /// Not before a determiner, where the word read as a noun is a preposition ("marched past
    /// | the gate"), nor before "and", whose noun may share the phrase ("the ousting | and
    /// arrest of the king").
    pub(super) fn whole_cut(&self, phrase: &[usize], n: usize) -> bool {
        !self.owes_phrase_at(phrase, n)
            && phrase.get(n).is_none_or(|&next| {
                !matches!(self.class(next), Class::Det | Class::Poss | Class::Coord)
            })
    }
}
