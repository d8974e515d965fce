//! An infinitive after a verb's object that ends a title without its own object: "united three
//! states [to found] | the league" says what was united, not what for. Apart from
//! `predicate.rs`, which adds the phrases.

use super::super::{Class, Lex, REACH, Titles};

impl Titles<'_> {
    /// Where `title` ends without "to" at `tokens[to]` and the verb after it, when the title
    /// ends on them, they follow a noun, and the verb's object `rest` is left out; none when
    /// a verb before them takes an object and an infinitive ([`Lex::ObjectInfinitiveVerbs`]),
    /// or the noun is one whose infinitive makes it ("plans to sell", "the first to vote").
    pub(super) fn dangling_infinitive(
        &self,
        title: &str,
        to: usize,
        rest: &[usize],
    ) -> Option<usize> {
        let verb = to + 1;
        let noun = to.checked_sub(1)?;
        if self.class(to) != Class::To
            || !matches!(self.class(noun), Class::Noun | Class::Name)
            || self.tokens[noun].is_lex(Lex::InfinitiveNouns)
            || self.tokens[noun].is_lex(Lex::ComplementWords)
            || !self.infinitive_owes(to, verb, rest)
        {
            return None;
        }
        let asks = (to.saturating_sub(REACH)..to).any(|k| {
            self.tokens[k].is_lex(Lex::ObjectInfinitiveVerbs)
                || self.tokens[k].is_lex(Lex::OrdinalWords)
        });
        let words = self.join(&[to, verb]);
        let end = title.strip_suffix(words.as_str())?.strip_suffix(' ')?.len();
        (!asks).then_some(end)
    }
}
