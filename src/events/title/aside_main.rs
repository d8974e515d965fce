//! An event word that only opens an aside between the subject and the verb of its clause
//! dates nothing of its own when the aside holds no date: "On Friday the mayors, accompanied
//! by two aides, flew to Ohio" dates the flight, and its title is the main clause's ("The
//! mayors flew to Ohio"), not the aside's ("Accompanied by two aides"). Nor does a
//! participle that compares with a plan ("as planned Sunday"), nor one that a subordinator
//! opens without its subject ("when asked Monday"): the clause it follows does.

use std::ops::Range;

use super::clauses::is_clause_break;
use super::subject::ASIDE;
use super::{Class, Form, Lex, REACH, Titles, is_participle, is_past_participle};

impl Titles<'_> {
    /// The verb group of the main clause when `tokens[trigger]` is a participle that opens an
    /// aside right after the comma that follows the noun phrase opening the clause, the aside
    /// closes with a comma before a verb with a tense, and no date is inside it.
    pub(super) fn main_past_aside(&self, trigger: usize) -> Option<Range<usize>> {
        let open = trigger.checked_sub(1)?;
        // The aside and its main verb first: most event words open none, and the noun's
        // phrase is a walk.
        let main = self.main_after_aside(trigger)?;
        // "The revolt in May 1822, aimed at": past a date that ends the subject's phrase.
        let noun = self.left_past_skipped(open)?;
        if !matches!(self.class(noun), Class::Noun | Class::Name) {
            return None;
        }
        // The noun's phrase opens its clause: it is the subject, not an object.
        let opens = self.noun_phrase_ending_at(noun).first().is_some_and(|&f| {
            f == 0 || self.remove[f - 1] || matches!(self.class(f - 1), Class::Punct | Class::Sub)
        });
        opens.then_some(main)
    }

    /// The verb group with a tense after the aside that the participle at `tokens[p]` opens
    /// after a comma and closes with a comma, with no date inside.
    pub(super) fn main_after_aside(&self, p: usize) -> Option<Range<usize>> {
        if self.class(p) != Class::Verb
            || !is_participle(self.word(p))
            || p == 0
            || self.word(p - 1) != ","
        {
            return None;
        }
        let n = self.tokens.len();
        let close = (p + 1..n.min(p + ASIDE)).find(|&k| self.class(k) == Class::Punct)?;
        if self.word(close) != "," || (p..close).any(|k| self.remove[k]) {
            return None;
        }
        // "flew", "had flown", "on Friday flew": the verb right after the comma, past a date.
        let verb = (close + 1..n.min(close + 8))
            .find(|&k| !(self.skipped(k) || self.introduces_date(k)))?;
        self.finite(verb).then(|| self.verb_group_around(verb))
    }

    /// The verb group with a tense of the clause that a participle of
    /// [`Lex::PlanComparisons`] after "as" at `tokens[trigger]` compares with its plan: "let
    /// the vote go ahead as planned Sunday" → "let".
    pub(super) fn compared_with_plan(&self, trigger: usize) -> Option<Range<usize>> {
        if !self.tokens[trigger].is_lex(Lex::PlanComparisons) {
            return None;
        }
        // "as planned", "as first planned" ("as" itself may read as an adverb).
        let r#as = (trigger.saturating_sub(3)..trigger)
            .rev()
            .find(|&k| self.class(k) != Class::Adv || self.word(k) == "as")
            .filter(|&a| self.word(a) == "as")?;
        Some(self.verb_group_around(self.tensed_verb_before(r#as)?))
    }

    /// The verb with a tense of the clause that a past participle right after one of
    /// [`Lex::ReducedClauseSubordinators`] at `tokens[trigger]` belongs to: "said when asked
    /// Monday" → "said". The participle has no subject of its own to title it.
    pub(super) fn reduced_clause_main(&self, trigger: usize) -> Option<usize> {
        // "when asked", not "when police asked": the participle right after the word; not
        // one that describes the noun after it ("when hijacked airliners hit").
        let sub = trigger.checked_sub(1)?;
        let describes = trigger + 1 < self.tokens.len()
            && !self.remove[trigger + 1]
            && matches!(self.class(trigger + 1), Class::Noun | Class::Name);
        let reduced = self.tokens[sub].is_lex(Lex::ReducedClauseSubordinators)
            && self.class(trigger) == Class::Verb
            && is_past_participle(self.word(trigger))
            && !describes;
        if !reduced {
            return None;
        }
        self.tensed_verb_before(sub)
    }

    /// The verb with a tense of the clause before the word at `tokens[opener]`.
    fn tensed_verb_before(&self, opener: usize) -> Option<usize> {
        let floor = opener.saturating_sub(REACH);
        let from = (floor..opener)
            .rev()
            .find(|&k| is_clause_break(self.tokens, k) || self.class(k) == Class::Sub)
            .map_or(floor, |k| k + 1);
        // "The council let the vote go ahead": with no verb in the clause, a listed verb
        // the chunker read as a noun right after the subject's noun is the verb.
        (from..opener)
            .find(|&k| self.finite(k) && self.class(k) != Class::To)
            .or_else(|| {
                (from + 1..opener).find(|&k| {
                    self.class(k) == Class::Noun
                        && self.tokens[k].has(Form::TitleVerb)
                        && !self.tokens[k].capitalized
                        && matches!(self.class(k - 1), Class::Noun | Class::Name)
                })
            })
    }
}
