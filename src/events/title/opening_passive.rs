//! A past participle that opens the sentence ("Stopped by the guards at the gate in May, the
//! driver was sent home") is a passive whose subject is the main clause's: the title takes
//! that subject and puts back the "be" the sentence leaves out ("The driver was stopped by
//! the guards"), where the participle alone would read as a phrase that describes its noun.
//! The "be" is in the past: the participle tells what came before the main clause.

use super::nonfinite::be_form;
use super::{Class, Lex, REACH, Subject, Titles, is_past_participle, lowercase_first};

impl Titles<'_> {
    /// The verb of a title whose verb group `verb_words` is a bare past participle opening
    /// the sentence, with the subject found after the comma that closes its phrase: the
    /// participle and its "be".
    pub(super) fn opening_passive(
        &self,
        verb_words: &[usize],
        subject: &Subject,
    ) -> Option<String> {
        let &v = verb_words.first()?;
        if self.class(v) != Class::Verb
            || !is_past_participle(self.word(v))
            || verb_words.iter().any(|&k| self.class(k) == Class::Aux)
            || !self.opens_sentence(v)
        {
            return None;
        }
        let n = self.tokens.len().min(v + REACH);
        let comma = (v + 1..n).find(|&k| self.class(k) == Class::Punct)?;
        // "Asked whether she would run, ...": a question put to the subject, told elsewhere;
        // a verb with a tense inside makes the phrase no participle's alone.
        let plain = (v + 1..comma).all(|k| {
            !(self.tokens[k].is_lex(Lex::Complementisers)
                || matches!(self.class(k), Class::Sub | Class::Coord)
                || (self.finite(k)
                    && !is_past_participle(self.word(k))
                    && self.class(k - 1) != Class::To))
        });
        let after = match subject {
            Subject::Words(words) => words.first().is_some_and(|&f| f > comma),
            Subject::Named(_) => true,
        };
        if self.word(comma) != "," || !plain || !after {
            return None;
        }
        self.main_verb_after(v, false)?;
        let be = be_form(true, self.plural_subject(subject));
        // The participle kept its capital as the sentence's first word.
        let words = lowercase_first(&self.join(verb_words), false);
        Some(format!("{be} {words}"))
    }
}
