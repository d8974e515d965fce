//! "Weeks of talks ended", "after three months of haggling": a length of time before "of" and
//! a noun is the measure of that noun, not a date; without it the title tells another thing
//! ("Talks ended"), so a title keeps it, with the preposition before it, where it drops dates.
//! The noun measured is bare: with a determiner the length is a time from an event ("within
//! weeks of his arrest"). Not before a date ("the first months of 1942") nor after a singular
//! unit ("the week of May 5").

use super::{Class, Lex, Titles, is, is_plural_form};

/// How many tokens a length of time may hold before its "of": "the next three weeks".
const MEASURE: usize = 4;

impl Titles<'_> {
    /// `tokens[i]` is a word of a length of time the tagger found that measures the noun
    /// after its "of" (see the module's doc).
    pub(super) fn measure_of_time(&self, i: usize) -> bool {
        let n = self.tokens.len();
        if !self.remove[i] {
            return false;
        }
        // The length's last word, the unit, right before "of".
        let Some(unit) = (i..n.min(i + MEASURE)).find(|&k| k + 1 == n || !self.remove[k + 1])
        else {
            return false;
        };
        let word = self.word(unit);
        unit + 2 < n
            && self.word(unit + 1) == "of"
            && !self.remove[unit + 2]
            && match self.class(unit + 2) {
                Class::Noun | Class::Name | Class::Num => true,
                Class::Verb => self.word(unit + 2).ends_with("ing"),
                _ => false,
            }
            && is_plural_form(word)
            && is(Lex::LengthUnits, &word[..word.len() - 1])
    }
}
