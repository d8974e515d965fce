//! A verb of telling and the one told before what was said: "told a packed hall | the nation
//! must act". A claim framed so keeps its source as a claim framed by a bare verb of saying does
//! ("Ann Roe told a packed hall the nation must act"), since what was told alone is an opinion.

use std::ops::Range;

use super::{Class, Lex, Titles};

/// How far back from what was said the verb of telling may be, in tokens: the one told is a
/// short noun phrase ("a gala dinner audience in the capital").
const TOLD_REACH: usize = 12;

impl Titles<'_> {
    /// The verb group of telling whose one told ends right before `tokens[start]`, the first
    /// word of what was said, or before its "that": "told reporters (that)".
    pub(super) fn frame_past_addressee(&self, start: usize) -> Option<Range<usize>> {
        for v in (start.saturating_sub(TOLD_REACH)..start).rev() {
            let token = &self.tokens[v];
            if self.class(v) == Class::Verb && token.is_lex(Lex::AddresseeVerbs) {
                let said = self.past_addressee(v + 1, start + 1)?;
                let opens = said == start
                    || (self.word(said) == "that" && self.left_past_skipped(start) == Some(said));
                return opens.then(|| self.verb_group_around(v));
            }
            // The one told holds no verb, clause break or other clause.
            if matches!(
                self.class(v),
                Class::Verb | Class::Aux | Class::Punct | Class::Sub | Class::To
            ) && self.word(v) != "that"
            {
                return None;
            }
        }
        None
    }
}
