//! "This led to a strike in May": a demonstrative that stands alone as the subject points back
//! to what the text told before, often a whole passage no title can restate in the text's own
//! words, and the date is the outcome's (the strike was in May). The title is the outcome, the
//! noun phrase after the verb and its preposition ("A strike").

use super::{Lex, Titles, capitalize, is, lowercase};

impl Titles<'_> {
    /// `title` without its opening demonstrative and verb of outcome, when it opens so ("This
    /// resulted in a truce"): the outcome's phrase, with a capital. Not a pronoun's or a
    /// possessive's phrase ("led to him quitting", "led to his exit"), which would name no one.
    pub(in crate::events::title) fn outcome_title(title: String) -> String {
        // Asked of every title: most open on another letter than the "t" that every
        // [demonstrative_pronouns] word opens with.
        if !title.starts_with('T') {
            return title;
        }
        let mut words = title.splitn(4, ' ');
        let (Some(this), Some(verb), Some(to), Some(rest)) =
            (words.next(), words.next(), words.next(), words.next())
        else {
            return title;
        };
        // The verb first: "The", "Two" open many titles, an outcome verb few.
        if !is(Lex::OutcomeVerbs, verb)
            || !is(Lex::OutcomePrepositions, to)
            || !is(Lex::DemonstrativePronouns, &lowercase(this))
        {
            return title;
        }
        let first = rest.split(' ').next().unwrap_or(rest);
        let lower = lowercase(first);
        if is(Lex::ObjectPronouns, &lower) || is(Lex::PossessiveDeterminers, &lower) {
            return title;
        }
        if rest.is_empty() {
            return title;
        }
        capitalize(rest)
    }
}
