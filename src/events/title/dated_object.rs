//! A dated participle with its agent after a verb's object: "will lift the ban issued on
//! Monday by a judge". A verb's object may be the subject of a clause the verb reports ("the
//! data showed prices dropped in May"), but a participle with "by" and its agent is a
//! passive, and a verb that neither reports nor shows takes no clause: the participle tells
//! what was done to the object then ("The ban was issued by a judge").

use super::{Class, Lex, Titles};

impl Titles<'_> {
    /// The noun phrase opened at `tokens[start]` is the object of a verb that neither says
    /// nor shows, and the participle at `tokens[v]` after it has its date, then "by" and an
    /// agent that is no measure ("rose by 3%").
    pub(super) fn dated_object_by(&self, start: usize, v: usize) -> bool {
        let Some(verb) = start.checked_sub(1) else {
            return false;
        };
        if self.class(verb) != Class::Verb
            || self.says(verb)
            || self.tokens[verb].is_lex(Lex::ShowingVerbs)
            || self.class(start) != Class::Det
        {
            return false;
        }
        let n = self.tokens.len().min(v + 8);
        let by = (v + 1..n).find(|&k| !(self.skipped(k) || self.introduces_date(k)));
        by.filter(|&b| b > v + 1 && self.word(b) == "by")
            .and_then(|b| (b + 1..n).find(|&k| !self.skipped(k)))
            .is_some_and(|a| self.class(a) != Class::Num && !self.tokens[a].has_digit())
    }
}
