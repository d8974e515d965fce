//! An "-ing" form whose subject a preposition of an absolute clause opens ("The crowd was
//! huge, with the police reporting three arrests") tells a happening of its own, at the time
//! of the clause it hangs on: its title takes the "be" the phrase leaves out, in that clause's
//! tense ("The police were reporting three arrests"), where the "-ing" form alone reads as a
//! fragment.

use super::nonfinite::be_form;
use super::{Class, Lex, Subject, Titles};

impl Titles<'_> {
    /// The verb of a title whose verb group `verb_words` is a bare "-ing" form right after its
    /// subject's noun phrase, which "with" (or another absolute preposition) opens after a
    /// comma: the "be" in the tense of the verb before the comma, and the form.
    pub(super) fn absolute_ing(&self, verb_words: &[usize], subject: &Subject) -> Option<String> {
        let Subject::Words(words) = subject else {
            return None;
        };
        let (&v, &first, &last) = (verb_words.first()?, words.first()?, words.last()?);
        let bare = self.class(v) == Class::Verb
            && self.word(v).ends_with("ing")
            && self.left_past_skipped(v) == Some(last);
        let with = self.left_past_skipped(first)?;
        let comma = self.left_past_skipped(with)?;
        if !bare || !self.tokens[with].is_lex(Lex::AbsolutePrepositions) || self.word(comma) != ","
        {
            return None;
        }
        // The clause the phrase hangs on: its nearest verb with a tense.
        let past = self.past_group(&self.finite_before(comma)?);
        let be = be_form(past, self.plural_subject(subject));
        Some(format!("{be} {}", self.join(verb_words)))
    }
}
