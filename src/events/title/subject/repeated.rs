//! A verb group after "and" or "but" that repeats the auxiliary of an earlier group, not of
//! the one right before it, shares the earlier group's subject: in "Crews are hoping the rain
//! will stop but are preparing for floods" the crews are preparing, not the rain, whose "will"
//! the "are" does not repeat.

use std::ops::Range;

use super::super::{Class, Titles};

impl Titles<'_> {
    /// The verb group whose subject the group at `tokens[start]` shares when `inner`, the
    /// group right before it, has a subject of its own (a noun phrase or a pronoun right
    /// before it, after the earlier group or its "that") and another auxiliary.
    pub(super) fn repeated_auxiliary(
        &self,
        start: usize,
        inner: &Range<usize>,
    ) -> Option<Range<usize>> {
        let joins = self.left_past_skipped(start)?;
        if self.class(start) != Class::Aux
            || !(self.class(joins) == Class::Coord || self.word(joins) == "but")
            || self.word(inner.start) == self.word(start)
        {
            return None;
        }
        let (first, verb, _) = self.verb_before_subject_of(inner)?;
        // "are hoping": the "-ing" form's auxiliary is what the later group repeats.
        if !matches!(self.class(verb), Class::Verb | Class::Aux) || self.remove[verb] {
            return None;
        }
        let outer = self.verb_group_around(verb);
        (outer.end <= first && self.word(outer.start) == self.word(start)).then_some(outer)
    }
}
