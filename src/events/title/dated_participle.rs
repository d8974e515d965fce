//! A bare past participle right after a noun, with its date right after it, tells what was
//! done to that noun then: "a memo declassified in 2005", "sold the rights to a novel
//! published in 1990". The participle is no verb of the clause when the noun phrase is a
//! preposition's in another verb's clause, or when the sentence's verb follows the phrase
//! ("a memo declassified in 2005, however, shows"), so the title is that noun phrase alone
//! with the "be" the sentence leaves out, in the past the date gives: "The memo was
//! declassified". A date after the participle's own phrase that ends the clause is the
//! main verb's instead ("banned any act deemed disloyal in May 1950").

use super::{Class, Lex, REACH, Subject, Titles, Token, past};
use crate::events::words::{CLAUSE_OPENERS, TIME_CONJUNCTIONS};

/// How many words back the noun phrase a participle describes may start: "an undated
/// three-page internal memo".
const PHRASE: usize = 8;

impl Titles<'_> {
    /// The bare past participle at `tokens[v]` (a participle's form: "began" is none)
    /// describes the noun right before it, and the date right after it (adverbs aside) is
    /// the participle's (see the module doc). Not a participle that schedules ("a vote set
    /// for May") or reports, nor a date ahead.
    pub(super) fn dated_participle(&self, v: usize) -> bool {
        if !self.participle_after_noun(v)
            || self.remove[v]
            || self.tokens[v].is_lex(Lex::ScheduleParticiples)
        {
            return false;
        }
        // The date first: few participles have one, and the clause tests below read far.
        let Some(date) = self.date_right_after(v) else {
            return false;
        };
        if self.says(v)
            || self.verb_after_subject_relative(v)
            || self.contact_clause(v).is_some()
            || self.after_object_relative(v + 1)
        {
            return false;
        }
        let n = self.tokens.len();
        let end = n.min(date + 12);
        let after = (date..end).find(|&k| !(self.skipped(k) || self.introduces_date(k)));
        // "next May", "tomorrow": a date ahead is a plan, told elsewhere.
        let ahead = (date..after.unwrap_or(end)).any(|k| self.tokens[k].is_lex(Lex::AheadWords));
        // No object after the date ("announced Monday a plan", "said Friday it would"): the
        // participle's phrase ends, goes on with a preposition or an infinitive, or the
        // sentence's verb follows.
        let ends = after.is_none_or(|k| match self.class(k) {
            // "lift the ban issued Monday and order": a second verb of the clause.
            Class::Punct | Class::To | Class::Coord => true,
            Class::Prep => self.word(k) != "that",
            // "an invasion launched in July which ...": a relative clause of the noun.
            Class::Sub => matches!(self.word(k), "which" | "who" | "whose" | "whom"),
            _ => self.finite(k),
        });
        if ahead || !ends {
            return false;
        }
        // The sentence's verb after the phrase, past a comma and an adverb between commas;
        // one of saying only before what was said ("shows that"), not before its speaker
        // ("resigned in May, said a spokesman").
        let verb_after = after
            .and_then(|a| (a..end).find(|&k| !(self.skipped(k) || self.word(k) == ",")))
            .is_some_and(|k| {
                self.finite(k)
                    && (!self.says(k) || self.tokens.get(k + 1).is_some_and(|t| t.lower == "that"))
            });
        let start = self.phrase_before(v);
        if self.verb_after_relative_object(start, v) {
            return false;
        }
        verb_after
            || self.phrase_governed(start)
            || self.dated_object_by(start, v)
            || self.plain_verb_object(start)
    }

    /// The past form at `tokens[v]` is the verb of a sentence that opens with its subject and
    /// a relative clause describing it: in "The plant that Acme built in Leeds opened" the
    /// clause has a verb with a tense of its own, so the past form after its last noun is
    /// the sentence's, not a participle describing that noun ("Leeds"). Not when a verb with
    /// a tense follows in the clause ("the firm that sold a novel published in 1990 went"),
    /// nor when the sentence's verb came already, right after the clause's own ("The bridge
    /// that the city built | spanned the river dredged in May": the clause's object is its
    /// gap, so the next verb is the sentence's, and the past form after its object describes
    /// that object).
    pub(super) fn verb_after_subject_relative(&self, v: usize) -> bool {
        let n = self.tokens.len();
        let breaks = |k: usize| matches!(self.class(k), Class::Punct | Class::Sub | Class::Coord);
        if (v + 1..n.min(v + REACH))
            .take_while(|&k| !breaks(k))
            .any(|k| self.finite(k))
        {
            return false;
        }
        let lexical = |k: usize| self.class(k) == Class::Verb && self.finite(k);
        let mut tensed = false;
        // The nearest word the title keeps after `tokens[j]`, before `v`.
        let mut next_kept = None;
        for j in (v.saturating_sub(REACH)..v).rev() {
            if breaks(j) {
                let relative = self.class(j) == Class::Sub && self.tokens[j].is_lex(Lex::Relatives);
                return relative && tensed && j > 0 && self.opens_with_noun_phrase(j - 1);
            }
            if lexical(j) && !self.says(j) && next_kept.is_some_and(lexical) {
                return false;
            }
            tensed |= self.finite(j);
            if !self.remove[j] {
                next_kept = Some(j);
            }
        }
        false
    }

    /// The noun phrase that ends at `tokens[end]` opens the sentence (past a date and the
    /// comma after it): it is the sentence's subject.
    fn opens_with_noun_phrase(&self, end: usize) -> bool {
        if !matches!(self.class(end), Class::Noun | Class::Name) || self.remove[end] {
            return false;
        }
        let first = self
            .noun_phrase_ending_at(end)
            .first()
            .copied()
            .unwrap_or(end);
        (0..first).all(|k| self.skipped(k) || self.introduces_date(k) || self.word(k) == ",")
    }

    /// `tokens[v]` is a verb in a past participle's form with a simple past, right after a
    /// noun or a name the text keeps: "a memo declassified", "any act deemed".
    fn participle_after_noun(&self, v: usize) -> bool {
        v > 0
            && self.class(v) == Class::Verb
            && matches!(self.class(v - 1), Class::Noun | Class::Name)
            && !self.remove[v - 1]
            && past::has_past(self.word(v))
    }

    /// Where the date right after the participle at `tokens[v]` (adverbs aside) starts.
    pub(super) fn date_right_after(&self, v: usize) -> Option<usize> {
        (v + 1..self.tokens.len().min(v + 4))
            .find(|&k| self.class(k) != Class::Adv)
            .filter(|&k| self.remove[k] || self.introduces_date(k))
    }

    /// Where the noun phrase (determiners, describers, nouns) that ends right before
    /// `tokens[v]` starts: past the "of" before a name, which completes the noun before it
    /// ("the invasion of Sicily launched in July" tells of the invasion).
    pub(super) fn phrase_before(&self, v: usize) -> usize {
        let plain = |end: usize| {
            (end.saturating_sub(PHRASE)..end)
                .rev()
                .take_while(|&k| self.class(k).in_noun_phrase() && !self.remove[k])
                .last()
                .unwrap_or(end)
        };
        let start = plain(v);
        let of = start.checked_sub(1).filter(|&o| {
            start + 1 == v
                && self.class(start) == Class::Name
                && self.word(o) == "of"
                && o > 0
                && self.class(o - 1) == Class::Noun
                && !self.remove[o - 1]
        });
        of.map_or(start, plain)
    }

    /// The noun phrase opened at `tokens[start]` is the object of a preposition that opens no
    /// clause, after a noun in the clause of a verb with a tense before it ("sold the rights
    /// to | a novel published in 1990"): it is no subject. Not a verb's object, which may be
    /// the subject of what the verb reports ("the data showed prices dropped in May"), nor
    /// a phrase past a word that opens a clause, whose verb it may be ("since the siege of |
    /// the town ended in May", "and forces from | the north fled").
    pub(super) fn phrase_governed(&self, start: usize) -> bool {
        let Some(left) = start.checked_sub(1) else {
            return false;
        };
        let t = &self.tokens[left];
        let opener = t.is(TIME_CONJUNCTIONS) || t.is(CLAUSE_OPENERS);
        match self.class(left) {
            Class::Prep if !opener && !t.is_lex(Lex::ClausePrepositions) => {
                // The verb of the clause the preposition's noun is in, before it.
                (left.saturating_sub(REACH)..left)
                    .rev()
                    .take_while(|&k| {
                        let t = &self.tokens[k];
                        !(matches!(self.class(k), Class::Sub | Class::Coord)
                            || t.is(TIME_CONJUNCTIONS)
                            || t.is(CLAUSE_OPENERS)
                            || t.is_lex(Lex::ClausePrepositions)
                            || self.says(k)
                            || t.lower == ";")
                    })
                    .any(|k| self.finite(k))
            }
            _ => false,
        }
    }

    /// The subject of a title whose verb `group` is a participle that
    /// [`Self::dated_participle`]: the noun phrase it describes, without the phrase that noun
    /// completes ("the rights to | a novel published").
    pub(super) fn participle_subject(&self, group: &std::ops::Range<usize>) -> Option<Subject> {
        let v = group.start;
        if group.len() != 1 || !self.dated_participle(v) {
            return None;
        }
        let start = self.phrase_before(v);
        (start < v).then(|| Subject::Words((start..v).filter(|&k| !self.skipped(k)).collect()))
    }
}

impl Titles<'_> {
    /// The verb group of the main clause, when the event at `tokens[trigger]` is a bare past
    /// participle after a noun in that clause's object, with a phrase of its own before the
    /// date that ends the clause: "Ruiz banned any act deemed disloyal in May 1950", "have
    /// won nine of the events held at the pool last night". The date is the main verb's
    /// (a past, or a perfect): a date the participle's own comes right after it ("a house
    /// built in 1920"), or after its agent ("built by his father in 1920").
    pub(super) fn main_over_participle(&self, trigger: usize) -> Option<std::ops::Range<usize>> {
        let v = trigger;
        let n = self.tokens.len();
        let bare = self.participle_after_noun(v) && self.verb_group_around(v) == (v..v + 1);
        let next = v + 1;
        if !bare
            || next >= n
            || self.remove[next]
            || self.introduces_date(next)
            || matches!(self.word(next), "by" | "that")
            || !matches!(self.class(next), Class::Noun | Class::Prep)
        {
            return None;
        }
        // The date after the participle's phrase, which the clause ends with.
        let date = (next..n.min(v + PHRASE + 4))
            .take_while(|&k| !matches!(self.class(k), Class::Punct | Class::Sub | Class::Coord))
            .find(|&k| self.remove[k] || self.introduces_date(k))?;
        if (next..date).any(|k| self.finite(k) || self.class(k) == Class::Adv) {
            return None;
        }
        let ends = (date..n.min(date + REACH))
            .find(|&k| !(self.remove[k] || self.introduces_date(k)))
            .is_none_or(|k| self.class(k) == Class::Punct);
        if !ends {
            return None;
        }
        // The main verb before the noun phrase, in the same clause.
        let verb = (v.saturating_sub(REACH)..v - 1)
            .rev()
            .take_while(|&k| {
                let t = &self.tokens[k];
                !(matches!(self.class(k), Class::Sub | Class::Coord | Class::Punct)
                    || t.is(TIME_CONJUNCTIONS)
                    || t.is_lex(Lex::ClausePrepositions))
            })
            .find(|&k| self.finite(k))?;
        let group = self.verb_group_around(verb);
        // "Police who raided the house found guns on Monday": a verb whose subject is a
        // relative pronoun describes the noun before it, and the past form after its object
        // is the main verb of that noun.
        if self
            .left_past_skipped(group.start)
            .is_some_and(|r| self.class(r) == Class::Sub && self.tokens[r].is_lex(Lex::Relatives))
        {
            return None;
        }
        // "Firms owned by the state reported losses in May": a participle with its agent
        // is no main verb, and the event's is the clause's.
        let reduced =
            group.len() == 1 && self.tokens.get(verb + 1).is_some_and(|t| t.lower == "by");
        if reduced {
            return None;
        }
        let perfect = group
            .clone()
            .any(|k| matches!(self.word(k), "has" | "have" | "had"));
        (!self.says(verb) && (perfect || self.past_group(&group))).then_some(group)
    }
}

/// "The plan (that) the council approved last year was scrapped": a past form in "-ed" after
/// the subject of a relative clause (a noun phrase a determiner opens right after a noun or
/// an object's relative pronoun), which the chunker read as describing the word after it,
/// describes nothing when that word opens the date and a verb group follows the date: it is
/// the clause's verb. ("The decision announced Thursday is" keeps its participle.)
// Inlined: asked of every word of a sentence with events, the date after it first.
#[inline(always)]
pub(super) fn set_verb_before_date(
    classes: &mut [Class],
    tokens: &[Token],
    remove: &[bool],
    i: usize,
) {
    let before_date = remove.get(i + 1) == Some(&true)
        && classes[i] == Class::Noun
        && tokens[i].lower.ends_with("ed")
        && matches!(classes[i - 1], Class::Noun | Class::Name)
        && !remove[i - 1]
        && !remove[i];
    // The clause's subject opens with a determiner right after the noun it describes, or
    // after an object's relative pronoun ("the plan that the council approved last year").
    let contact = || {
        (i.saturating_sub(PHRASE)..i - 1)
            .rev()
            .take_while(|&k| matches!(classes[k], Class::Noun | Class::Name | Class::Det))
            .any(|k| {
                k > 1
                    && classes[k] == Class::Det
                    && (classes[k - 1] == Class::Noun
                        || (tokens[k - 1].is_lex(Lex::ObjectRelatives)
                            && classes[k - 2] == Class::Noun))
            })
    };
    if before_date
        && contact()
        && (i + 1..tokens.len())
            .find(|&k| !remove[k])
            .is_some_and(|k| matches!(classes[k], Class::Aux | Class::Verb))
    {
        classes[i] = Class::Verb;
    }
}
