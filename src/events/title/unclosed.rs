//! A relative clause after a comma that the writer did not close with one: in "the council,
//! which will take over in May will be led by Ann Roe" the relative clause ends before the
//! second verb with a tense, which is the main clause's.

use super::{Class, Lex, Titles};

impl Titles<'_> {
    /// The phrase `phrases[main]`, a verb with a tense after the relative clause that the "which"
    /// or "who" at `tokens[opener]` opens after a comma and a noun phrase, is the main clause's
    /// verb: no comma closes the relative clause before it. Not after a bare noun phrase, which
    /// may be the subject of what the verb reports ("who believes the war was lost").
    pub(super) fn unclosed_relative(
        &self,
        opener: usize,
        main: usize,
        phrases: &[Vec<usize>],
    ) -> bool {
        let after_noun = opener >= 2
            && self.word(opener - 1) == ","
            && matches!(self.class(opener - 2), Class::Noun | Class::Name)
            && self.tokens[opener].is_lex(Lex::WhRelatives);
        let Some(&verb) = phrases.get(main).and_then(|p| p.first()) else {
            return false;
        };
        let before_is_noun = main
            .checked_sub(1)
            .and_then(|b| phrases[b].first())
            .is_some_and(|&w| self.class(w).in_noun_phrase());
        after_noun && !before_is_noun && !(opener + 1..verb).any(|k| self.word(k) == ",")
    }
}
