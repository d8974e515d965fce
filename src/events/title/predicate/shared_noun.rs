//! Two describing words joined by "and" or "or" that share the noun after the second: "of
//! using rude | or insulting words", "the Dutch | and non-Dutch staff", "40 Danish | and 12
//! Swedish boats". A cut after the first leaves a describing word with no noun, so the pair
//! goes whole or not at all (what `describes_with_next` does after an article, here after an
//! "-ing" form, a number or an owner too, and with a describing word that has a capital).

use super::super::{Class, Lex, Titles, is_plural_form};

impl Titles<'_> {
    /// `phrase[n]` describes, with the words after the "and" or "or" after it, the noun that
    /// ends them: after a determiner, an owner, a number or an "-ing" form, a word that is no
    /// plural, then the coordinator, a number when one opens the first, and two words or more
    /// of the noun phrase ending on a noun in lower case.
    pub(super) fn shares_noun_after_pair(&self, phrase: &[usize], n: usize) -> bool {
        let (Some(&before), Some(&w), Some(&coord)) = (
            n.checked_sub(1).and_then(|b| phrase.get(b)),
            phrase.get(n),
            phrase.get(n + 1),
        ) else {
            return false;
        };
        let opener = self.class(before);
        let counted = opener == Class::Num;
        let opens = matches!(opener, Class::Det | Class::Poss | Class::Num)
            // ("of using": a gerund after a preposition may be read as a noun.)
            || (matches!(opener, Class::Verb | Class::Noun) && self.word(before).ends_with("ing"));
        let describing = matches!(self.class(w), Class::Noun | Class::Name)
            && !is_plural_form(self.word(w))
            && !self.tokens[w].is_lex(Lex::NumberWords);
        if !opens || !describing || self.class(coord) != Class::Coord {
            return false;
        }
        // ("40 Danish and 12 Swedish boats": the second count.)
        let mut k = n + 2;
        if counted && phrase.get(k).is_some_and(|&c| self.class(c) == Class::Num) {
            k += 1;
        }
        let run = phrase.get(k..).unwrap_or_default();
        // ("rude or insulting words": an "-ing" form before the noun describes it.)
        let noun_phrase = |r: usize| {
            matches!(self.class(r), Class::Noun | Class::Name)
                || (self.class(r) == Class::Verb && self.word(r).ends_with("ing"))
        };
        let run = &run[..run
            .iter()
            .position(|&r| !noun_phrase(r))
            .unwrap_or(run.len())];
        // (A run is words of its phrase: a few, and each read once.)
        run.len() > 1
            && run
                .last()
                .is_some_and(|&h| self.class(h) == Class::Noun && !self.tokens[h].capitalized)
            && !is_plural_form(self.word(run[0]))
    }
}
