//! The subject a verb shares with the one before it ("was captured ... and surrendered") and
//! the one a participle clause that opens the sentence takes from the main clause after it.

use super::super::super::words::quotation_mark;
use super::super::{Class, REACH, Titles, is_participle};
use super::{ASIDE, Subject};

impl Titles<'_> {
    /// The subject of a participle that opens the sentence or follows a comma ("Having given
    /// warning, Darius sent ...", "Retreating to Taipei, the government ..."): that of the
    /// verb after the next comma.
    pub(super) fn subject_after(&self, start: usize, depth: usize) -> Option<Subject> {
        if depth == 0 {
            return None;
        }
        let verb = self.main_verb_after(start, true)?;
        self.subject_of(self.verb_group_around(verb).start, 0)
    }

    /// The verb of the main clause after a participle clause that opens the sentence or
    /// follows a comma, at `tokens[start]`: "Having crossed the river, the royal army
    /// began its march". `governed` lets the participle follow "after" or "while" ("After
    /// capturing the city, ...").
    pub(in crate::events::title) fn main_verb_after(
        &self,
        start: usize,
        governed: bool,
    ) -> Option<usize> {
        let first = self.word(start);
        let participle = is_participle(first) || first == "having";
        // Only a participle that opens its clause, alone or after "after", "while": "of
        // fighting" is governed by "of".
        let clause_start = |k: Option<usize>| k.is_none_or(|k| self.class(k) == Class::Punct);
        let left = self.left_past_skipped(start);
        let opens = clause_start(left)
            || (governed
                && first.ends_with("ing")
                && left.is_some_and(|k| {
                    matches!(self.class(k), Class::Prep | Class::Sub)
                        && clause_start(self.left_past_skipped(k))
                }));
        if !participle || !opens || self.class(start) == Class::Aux && first != "having" {
            return None;
        }
        let end = self.tokens.len().min(start + REACH);
        let comma = (start..end).find(|&j| self.word(j) == ",")?;
        // "a broken pipe has bent": a participle after a determiner describes its noun.
        (comma + 1..end).find(|&j| {
            matches!(self.class(j), Class::Verb | Class::Aux)
                && !self.remove[j]
                && !self.participle_of_noun(j)
        })
    }

    /// The subject of the verb group before `tokens[start]` in the sentence, which a
    /// coordinated verb or a participle clause shares ("was captured ... and surrendered").
    pub(super) fn shared_subject(&self, start: usize, depth: usize) -> Option<Subject> {
        if depth == 0 {
            return None;
        }
        // "reached the coast, but after finding no boats, withdrew": the verb before the
        // joining word, past the phrase or clause set off between it and the comma.
        let joined = self.joined_past_aside(start);
        let before = joined.unwrap_or(start);
        let floor = before.saturating_sub(REACH);
        // "The doctor declared, ``I am not the thief,'' and lashed out": the verb before a
        // quotation, whose speaker the verb after it shares, not the quotation's own.
        let mut quoted = false;
        let verb = (floor..before).rev().find(|&j| {
            // Read from the right: a quotation is open on the left of a closing mark passed.
            if let Some(opens) = quotation_mark(self.tokens, j, !quoted) {
                quoted = !opens;
                return false;
            }
            !quoted && matches!(self.class(j), Class::Verb | Class::Aux) && !self.remove[j]
        })?;
        let group = self.verb_group_around(verb);
        // "hired a firm to assist in evaluating alternatives and reported", "won 8 percent
        // of the seats in a rural county, and hopes": a verb with a tense shares the subject
        // of the verb with a tense before it, past infinitives, "-ing" forms and participles
        // that describe a noun.
        let finite_here = self.finite(start)
            && self.class(start) != Class::To
            && (joined.is_some()
                || self
                    .left_past_skipped(start)
                    .is_some_and(|l| self.class(l) == Class::Coord || self.joins_verbs(l)));
        // A clause opener ("because", "which") ends the search.
        let tensed = (finite_here && !self.has_tense(group.start))
            .then(|| {
                (floor..group.start)
                    .rev()
                    .take_while(|&j| self.class(j) != Class::Sub)
                    .find(|&j| {
                        matches!(self.class(j), Class::Verb | Class::Aux)
                            && !self.remove[j]
                            && self.has_tense(self.verb_group_around(j).start)
                    })
            })
            .flatten();
        let group = tensed.map_or(group, |verb| self.verb_group_around(verb));
        // "had ruled that the boy must go home, and set the deadline": the reporting verb's.
        let group = self
            .reporting_conjunct(start, &group)
            .or_else(|| self.repeated_auxiliary(start, &group))
            .unwrap_or(group);
        self.subject_of(group.start, depth - 1)
    }

    /// The word that joins the verb at `tokens[start]` to the one before it, when a phrase or
    /// a clause that opens with a preposition or a subordinator stands between them, closed by
    /// a comma: "but after finding no boats, withdrew", "and despite the rain, marched".
    fn joined_past_aside(&self, start: usize) -> Option<usize> {
        let comma = self
            .left_past_skipped(start)
            .filter(|&c| self.word(c) == ",")?;
        let join = (comma.saturating_sub(ASIDE)..comma)
            .rev()
            .take_while(|&j| self.class(j) != Class::Punct)
            .find(|&j| self.class(j) == Class::Coord || self.joins_verbs(j))?;
        let opens = (join + 1..comma).find(|&j| !self.remove[j])?;
        // The aside opens right after the joining word, which a comma need not follow.
        matches!(self.class(opens), Class::Prep | Class::Sub).then_some(join)
    }

    /// "but" or "then" at `tokens[k]` joins a verb to the one before it, whose subject it
    /// shares: "stopped, but resumed on Monday", "won the seat, then lost it in May".
    pub(super) fn joins_verbs(&self, k: usize) -> bool {
        matches!(self.word(k), "but" | "then")
    }

    /// The verb group at `tokens[start]` may have a subject of its own: it is no infinitive,
    /// no "-ing" form and no participle after a determiner ("a depressed state").
    pub(super) fn has_tense(&self, start: usize) -> bool {
        let before = start.checked_sub(1).map(|b| self.class(b));
        self.finite(start)
            && self.class(start) != Class::To
            && before != Some(Class::To)
            && !(self.class(start) == Class::Verb
                && is_participle(self.word(start))
                && matches!(before, Some(Class::Det | Class::Poss)))
    }
}
