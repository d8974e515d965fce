//! Which verb group a title is built on: the event word's own, the one an event noun is the
//! subject or object of, or the verb an infinitive, a participle or an "-ing" form completes.

use std::ops::Range;

use super::{
    Class, Lex, PARTICLES, REACH, Subject, Titles, is_clause_break, is_participle,
    is_past_participle, past,
};
use crate::events::words::{IRREGULAR_PAST, TIME_CONJUNCTIONS, past_first_word};

impl Titles<'_> {
    /// The verb group an event's title is built on: the event word's own, for a verb; for a
    /// noun, the group it is the subject or the object of, unless the date is inside the
    /// noun's own phrase ("a failed 2019 mission") or the noun sits in a prepositional phrase.
    pub(super) fn verb_group_for(&self, trigger: usize) -> Option<Range<usize>> {
        let c = self.class(trigger);
        if matches!(c, Class::Verb | Class::Aux) {
            let group = self.verb_group_around(trigger);
            // "after losing his job in May", "having won the race in 1998": a clause without a
            // tense, dated inside, tells its own happening.
            if self.nonfinite(group.start).is_some() {
                return Some(group);
            }
            if let Some(main) = self.verb_after_undated_relative(&group) {
                return Some(self.verb_group_around(main));
            }
            // "Having crossed the river in April, the royal army began its march": the
            // participle has no subject of its own, its sentence says what happened.
            // A past participle with a date in its clause tells its own happening: "Founded in
            // 1923, the company now employs 5,000 people" (the founding, in 1923).
            if self.opens_sentence(group.start)
                && !(is_past_participle(self.word(group.start)) && self.dated_clause(group.start))
                && let Some(main) = self.main_verb_after(group.start, false)
            {
                return Some(self.verb_group_around(main));
            }
            if self.asked_before_clause(&group)
                && let Some(main) = self.main_verb_after(group.start, false)
            {
                return Some(self.verb_group_around(main));
            }
            // "The warrant issued Monday charged Vance": a participle and its date describe
            // the subject of the verb after them.
            if let Some(main) = self.verb_after_reduced_relative(&group) {
                return Some(self.verb_group_around(main));
            }
            if let Some(main) = self.verb_after_participle_phrase(&group) {
                return Some(self.verb_group_around(main));
            }
            if let Some(said) = self.said_after_aside(&group) {
                return Some(self.verb_group_around(said));
            }
            if group.start == trigger
                && let Some(main) = self.clause_after_opening(trigger)
            {
                return Some(main);
            }
            if self.class(group.start) != Class::To && !self.governed_ing(&group) {
                return Some(group);
            }
            // An infinitive is told by what it completes: "announced plans to travel",
            // "has made the decision to travel ... to affirm".
            let before = self.left_past_skipped(group.start);
            if let Some(noun) =
                before.filter(|&b| self.class(b) == Class::Noun && !self.tokens[b].capitalized)
                && let Some(governing) = self.noun_group(noun).filter(|g| g.start < noun)
            {
                return Some(governing);
            }
            // "wrote to the minister, demanding that ...": the verb before the comma; "plans a
            // placement of shares, to be completed in May": the plan the infinitive completes.
            if let Some(comma) = before.filter(|&b| {
                self.word(b) == ","
                    && (self.class(group.start) == Class::Verb
                        || (self.class(group.start) == Class::To && b + 1 == group.start))
            }) && let Some(verb) = (comma.saturating_sub(REACH)..comma)
                .rev()
                .find(|&k| self.finite(k))
            {
                return Some(self.verb_group_around(verb));
            }
            // "invited Varco, Dunmore and Pellis to appear": the commas of a list of nouns
            // that ends in "and" right before the infinitive are no clause's end; the list is
            // the object of the verb before it, not the subject of the infinitive. A comma
            // right before "and" is a list's only when another comma comes just before
            // ("demand talks with the leaders, and pledge to" joins two verbs).
            let mut listed = true;
            let mut joined = false;
            let mut list_crossed = false;
            let mut ends_clause = |k: usize| {
                let class = self.class(k);
                let serial = self.class(k + 1) == Class::Coord;
                let crossed = listed
                    && joined
                    && self.word(k) == ","
                    && k > 0
                    && self.class(k - 1).in_noun_phrase()
                    && (!serial || (k.saturating_sub(4)..k).any(|j| self.word(j) == ","));
                listed &= class.in_noun_phrase() || class == Class::Coord || self.word(k) == ",";
                joined |= class == Class::Coord && !self.remove[k];
                list_crossed |= crossed;
                matches!(class, Class::Punct | Class::Sub) && !crossed
            };
            // "was held back by selling prompted by gains posted this month": past
            // participles that describe their nouns govern nothing.
            let governing = (group.start.saturating_sub(REACH)..group.start)
                .rev()
                .take_while(|&k| !ends_clause(k))
                .find(|&k| {
                    matches!(self.class(k), Class::Verb | Class::Aux)
                        && !self.remove[k]
                        && !self.governed_ing(&self.verb_group_around(k))
                })
                // Past a list, only a verb with a tense: "and requiring cooks, drivers and
                // guests to report" would lose its subject's verb.
                .filter(|&v| !list_crossed || self.finite(v));
            // "After three weeks of fighting, Kuropatkin decided": the verb of the sentence.
            let governing = governing.or_else(|| self.nearest_verb(group.start));
            // "fell 80 cents a share to finish at $42.25 on the exchange": an infinitive
            // found there is told by the verb it completes in turn.
            let start = group.start;
            return Some(governing.map_or(group, |v| {
                let found = self.verb_group_around(v);
                if self.class(found.start) == Class::To && found.start < start {
                    self.verb_group_for(v).unwrap_or(found)
                } else {
                    found
                }
            }));
        }
        if !c.in_noun_phrase() {
            return None;
        }
        let group = self.noun_group(trigger)?;
        if self.planned_object(trigger, &group) {
            return None;
        }
        if let Some(main) = self.verb_after_undated_relative(&group) {
            return Some(self.verb_group_around(main));
        }
        self.completed(group)
    }

    /// "In May 2007 Gen. Ray Olin, who runs the harbour police, praised the crews": a
    /// relative clause between commas, opened at `group`, without a date of its own tells no
    /// dated happening; the verb with a tense right after its closing comma is the sentence's.
    fn verb_after_undated_relative(&self, group: &Range<usize>) -> Option<usize> {
        if !self.opens_relative_aside(group.start) {
            return None;
        }
        let relative = group.start - 1;
        let n = self.tokens.len();
        let close = (group.end..n.min(group.end + REACH)).find(|&k| self.word(k) == ",")?;
        if (relative + 1..close).any(|k| self.remove[k] || is_clause_break(self.tokens, k)) {
            return None;
        }
        (close + 1..n.min(close + 4))
            .find(|&k| matches!(self.class(k), Class::Verb | Class::Aux))
            .filter(|&k| !self.remove[k] && self.finite(k))
    }

    /// The verb at `tokens[verb]` opens a relative clause between commas: ", which opened".
    pub(super) fn opens_relative_aside(&self, verb: usize) -> bool {
        verb >= 2 && self.tokens[verb - 1].is_lex(Lex::WhRelatives) && self.word(verb - 2) == ","
    }

    /// The group that tells a verb group: itself, or for an infinitive or a governed "-ing"
    /// form, what it completes ("booked seats to attend the opening session").
    fn completed(&self, group: Range<usize>) -> Option<Range<usize>> {
        if let Some(said) = self.said_after_aside(&group) {
            return Some(self.verb_group_around(said));
        }
        if (self.class(group.start) == Class::To || self.governed_ing(&group))
            && let Some(verb) = group.clone().find(|&k| self.class(k) == Class::Verb)
        {
            return self.verb_group_for(verb);
        }
        Some(group)
    }

    /// The verb after a group that is a bare past participle right after a noun, then a date:
    /// "the warrant issued Monday | charged".
    fn verb_after_reduced_relative(&self, group: &Range<usize>) -> Option<usize> {
        let first = group.start;
        let bare = group.end == first + 1
            && first > 0
            && self.class(first - 1) == Class::Noun
            && is_past_participle(self.word(first))
            && self.remove.get(group.end) == Some(&true);
        if !bare {
            return None;
        }
        let next = (group.end..self.tokens.len().min(group.end + 8)).find(|&k| !self.remove[k])?;
        (self.class(next) == Class::Verb && !self.word(next).ends_with("ing")).then_some(next)
    }

    /// The auxiliary of the verb group a participle's phrase after the subject's noun leads
    /// to: "The share of adults being treated for asthma | is on the rise", "Nurses
    /// working nights at the clinic | have been exhausted", "A rifle found near the house |
    /// may yield clues". The phrase has no tense; the verb after it tells what happened.
    fn verb_after_participle_phrase(&self, group: &Range<usize>) -> Option<usize> {
        let first = group.start;
        let word = self.word(first);
        let participle = matches!(word, "being" | "having")
            || (self.class(first) == Class::Verb && word.ends_with("ing"));
        // "A rifle found near the house | may yield clues": a past participle and its
        // phrase describe the noun too; the verb after them may be a past form.
        let past = group.len() == 1
            && self.class(first) == Class::Verb
            && is_past_participle(word)
            && self.tokens.get(group.end).is_some()
            && self.class(group.end) == Class::Prep
            && !self.remove[group.end];
        let noun = self
            .left_past_skipped(first)
            .filter(|&b| matches!(self.class(b), Class::Noun | Class::Name) && !self.remove[b]);
        // "a statement saying the entry will consolidate": what is said is no such verb.
        let says = group.clone().any(|k| self.says(k));
        let noun = noun.filter(|_| (participle || past) && !says)?;
        // The verb's subject must be the participle's noun: "A storm carrying gusts of 90 knots
        // off the coast has battered" is no title about the coast.
        let shares = |k: &usize| {
            matches!(self.subject_of(self.verb_group_around(*k).start, 1),
                Some(super::Subject::Words(words)) if words.contains(&noun))
        };
        self.verb_past_phrase(group.end)
            .filter(|&k| {
                let aux =
                    self.class(k) == Class::Aux && !matches!(self.word(k), "being" | "having");
                aux || (past && !self.word(k).ends_with("ing"))
            })
            .filter(shares)
    }

    /// The first verb from `tokens[from]` on in its clause, past the noun phrases joined by
    /// "and" and the asides between commas in a participle's phrase: "A group led by Acme and
    /// its chairman, Jo Pike, | said". Another clause opener or punctuation ends the search.
    fn verb_past_phrase(&self, from: usize) -> Option<usize> {
        let end = self.tokens.len().min(from + REACH);
        let mut k = from;
        while k < end {
            match self.class(k) {
                Class::Verb | Class::Aux if !self.remove[k] => return Some(k),
                Class::Coord => {
                    let joins_noun = self.tokens.get(k + 1).is_some_and(|_| {
                        matches!(self.class(k + 1), Class::Det | Class::Name | Class::Noun)
                    });
                    if !joins_noun {
                        return None;
                    }
                }
                Class::Punct if self.word(k) == "," => {
                    let close = (k + 1..end).find(|&c| self.word(c) == ",")?;
                    if !self.is_aside(k, close) {
                        return None;
                    }
                    k = close;
                }
                Class::Punct | Class::Sub => return None,
                _ => {}
            }
            k += 1;
        }
        None
    }

    /// A temporal expression stands between `tokens[start]` and the comma that ends its clause.
    pub(super) fn dated_clause(&self, start: usize) -> bool {
        (start..self.tokens.len().min(start + REACH))
            .take_while(|&k| self.word(k) != ",")
            .any(|k| self.remove[k])
    }

    /// `tokens[start]` opens its sentence, or follows only a phrase of time or place and a
    /// comma ("The following year, having given warning", "In May, having crossed"), or a
    /// news dateline.
    pub(super) fn opens_sentence(&self, start: usize) -> bool {
        if !past_first_word(self.tokens, start) {
            return true;
        }
        let Some(left) = self.left_past_skipped(start) else {
            return (0..start).all(|k| self.skipped(k) || self.introduces_date(k));
        };
        if self.word(left) != "," {
            return false;
        }
        let first = (0..left).find(|&k| !(self.skipped(k) || self.introduces_date(k)));
        first.is_none_or(|f| self.class(f) == Class::Prep)
            && (0..left).all(|k| !matches!(self.class(k), Class::Verb | Class::Aux))
    }

    /// The group is an "-ing" form with no subject of its own after a verb or a preposition:
    /// "forced LIN's hand by bidding", "spent the summer organizing". Its title is the clause
    /// of the verb it completes. An auxiliary in "-ing" opens such a form too: "had concerns
    /// about the practices being followed" is what the clause of "had" says.
    pub(super) fn governed_ing(&self, group: &Range<usize>) -> bool {
        let first = group.start;
        let aux_ing = self.class(first) == Class::Aux && self.word(first).ends_with("ing");
        if !(self.class(first) == Class::Verb || aux_ing) || !is_participle(self.word(first)) {
            return false;
        }
        let ing = self.word(first).ends_with("ing");
        let left = self.left_past_skipped(first);
        if ing && left.is_some_and(|b| matches!(self.class(b), Class::Verb | Class::Prep)) {
            return self.subject_of(first, 0).is_none();
        }
        // "guilty of using crude language and making gestures": an "-ing" form that "and" or
        // "or" joins to one a preposition governs is the same preposition's object (a word
        // of time's opens a happening of its own, as `nonfinite` tells).
        if ing && left.is_some_and(|b| self.class(b) == Class::Coord) {
            let conjunct = left.and_then(|b| {
                (b.saturating_sub(8)..b)
                    .rev()
                    .take_while(|&k| !matches!(self.class(k), Class::Punct | Class::Sub))
                    .find(|&k| match self.class(k) {
                        Class::Verb | Class::Aux => true,
                        // A gerund after a preposition may read as a noun ("of using").
                        Class::Noun => past::of_ing(self.word(k)).is_some(),
                        _ => false,
                    })
            });
            if let Some(c) = conjunct.filter(|&c| self.word(c).ends_with("ing"))
                && self.left_past_skipped(c).is_some_and(|p| {
                    // "after touring the port and meeting police": a clause of time of its own.
                    self.class(p) == Class::Prep && !self.tokens[p].is_lex(Lex::ParticipleOpeners)
                })
            {
                return self.subject_of(c, 0).is_none();
            }
        }
        // "said in a memo released Friday that ...", "wrote to the governor last
        // month, urging that ...": a participle with no phrase of its own is told by the
        // verb before it.
        let bare = group.end == first + 1
            && (group.end..self.tokens.len())
                .find(|&k| !(self.skipped(k) || self.introduces_date(k)))
                .is_none_or(|k| matches!(self.class(k), Class::Punct | Class::Sub | Class::Coord));
        // "expected to post a charge, resulting in a net loss", "exploded Friday, killing
        // dozens": what the clause before did.
        if ing && left.is_some_and(|b| self.word(b) == ",") {
            return (first.saturating_sub(REACH)..first).any(|k| self.finite(k));
        }
        // "in a letter published Wednesday": a regular past participle after a noun of a
        // prepositional phrase, not a verb with its subject ("the number ... declined").
        let in_phrase = left.is_some_and(|b| {
            let (start, _) = self.noun_phrase_around(b);
            self.left_past_skipped(start)
                .is_some_and(|p| self.class(p) == Class::Prep)
        });
        // "seeking to mediate": an "-ing" form that goes on with an infinitive; one with an
        // object describes its noun ("a march Sunday calling for the release").
        // "arguing that ...", "dating to 1994": a report, or nothing but the date.
        let catenative = ing
            && (group.len() > 1
                || bare
                || self.says(first)
                || (group.end < self.tokens.len() && self.class(group.end) == Class::To));
        // "by profit-taking triggered by advances": a passive that describes its noun.
        let by = (group.end..self.tokens.len().min(group.end + 4))
            .find(|&k| !(self.skipped(k) || self.introduces_date(k)))
            .is_some_and(|k| self.word(k) == "by");
        // "was in the capital working with the rebels": an "-ing" form after a
        // place tells what the subject of the clause did there.
        let at_place = ing && in_phrase && left.is_some_and(|b| self.class(b) == Class::Name);
        let described = ((bare || by) && in_phrase && !ing) || at_place;
        // "entered the war in 388 BC forming a pact": an "-ing" form after the object of a
        // verb with a tense is what that verb did.
        // "took a charge of $6 million in the period covering": past an "of" and a number.
        let after_object = ing
            && left.is_some_and(|b| {
                let start = self.noun_phrase_ending_at(b).first().copied().unwrap_or(b);
                matches!(self.class(b), Class::Noun | Class::Name | Class::Num)
                    && self
                        .left_past_skipped(start)
                        .is_some_and(|v| self.finite(v) && self.class(v) == Class::Verb)
            });
        if after_object {
            return true;
        }
        // "The plant that Acme built in Leeds opened": the sentence's verb after the
        // relative clause of its subject, no participle describing "Leeds".
        if !(catenative || described) || self.verb_after_subject_relative(first) {
            return false;
        }
        // "arrived in the capital on Monday seeking to mediate": after the object or the
        // place of a verb of its clause.
        left.is_some_and(|b| matches!(self.class(b), Class::Noun | Class::Name | Class::Num))
            && (first.saturating_sub(REACH)..first)
                .rev()
                .take_while(|&k| !matches!(self.class(k), Class::Punct | Class::Sub))
                .any(|k| self.finite(k))
    }

    /// "the duke was overthrown and executed", "had captured and executed": a past participle
    /// right after "and" or "or" that follows another shares its auxiliaries ("Diem was
    /// executed"). The auxiliaries of the group before, or an empty range.
    pub(super) fn shared_auxiliaries(&self, group: &Range<usize>) -> Range<usize> {
        let past = |k: usize| self.class(k) == Class::Verb && is_past_participle(self.word(k));
        let before = group
            .start
            .checked_sub(2)
            // "overthrown": any verb after an auxiliary, not "-ing".
            .filter(|&b| {
                self.class(b + 1) == Class::Coord
                    && self.class(b) == Class::Verb
                    && !self.word(b).ends_with("ing")
                    && past(group.start)
            });
        let Some(before) = before else {
            return 0..0;
        };
        let previous = self.verb_group_around(before);
        let end = (previous.start..before)
            .find(|&k| self.class(k) == Class::Verb)
            .unwrap_or(before);
        let aux = previous.start..end;
        if aux.clone().any(|k| self.class(k) == Class::Aux) {
            aux
        } else {
            0..0
        }
    }

    /// "80 sailors were lost and 900 others hurt": a past participle alone after the
    /// noun phrase that follows "and", right after another participle, is a second clause that
    /// leaves out the first's auxiliaries. The participle before "and", if so: the title is
    /// the first clause's.
    pub(super) fn gapped_verb(&self, group: &Range<usize>) -> Option<usize> {
        let v = group.start;
        if group.len() != 1 || self.class(v) != Class::Verb || !is_past_participle(self.word(v)) {
            return None;
        }
        let last = v.checked_sub(1).filter(|&b| {
            !self.remove[b] && matches!(self.class(b), Class::Noun | Class::Num | Class::Pron)
        })?;
        // The noun phrase's words, back to "and": a few, no verb or clause break among them.
        let and = (last.saturating_sub(8)..last).rev().find(|&k| {
            matches!(
                self.class(k),
                Class::Coord | Class::Verb | Class::Aux | Class::Punct | Class::Sub | Class::To
            ) || self.remove[k]
        })?;
        let before = and.checked_sub(1)?;
        // A count of people hurt or held ("40 wounded", "900 others"): a passive left out,
        // not a subject's own deed ("and police fired on the crowd").
        let counted = (and + 1..=last).any(|k| self.class(k) == Class::Num);
        let passive = self
            .verb_group_around(before)
            .any(|k| self.be_form(k).is_some());
        (counted
            && passive
            && self.class(and) == Class::Coord
            && !self.remove[before]
            && self.class(before) == Class::Verb
            && is_past_participle(self.word(before)))
        .then_some(before)
    }

    /// `tokens[k]` is a verb or an auxiliary that may have a subject of its own: not part of
    /// the date, not an "-ing" form.
    // Inlined: two class tests and a spelling, asked of each word a clause's walks pass.
    #[inline(always)]
    pub(super) fn finite(&self, k: usize) -> bool {
        matches!(self.class(k), Class::Verb | Class::Aux)
            && !self.remove[k]
            && !self.word(k).ends_with("ing")
    }

    /// The verb group an event noun is the subject or the object of, or the verb of its
    /// clause; none when the date is inside the noun's own phrase or the noun is a name.
    fn noun_group(&self, trigger: usize) -> Option<Range<usize>> {
        let (start, _) = self.noun_phrase_around(trigger);
        if (start..trigger).any(|k| self.remove[k] && !self.count_and_unit(k)) {
            return None;
        }
        if let Some(group) = self.carrying_group(trigger) {
            return Some(group);
        }
        // A named event ("the Battle of Midway") is its own title; another noun in a phrase
        // ("in composite trading Friday") dates what its clause says.
        if self.tokens[trigger].capitalized && start > 0 {
            return None;
        }
        // "were locked in private talks | after workers voted": a phrase that completes the
        // verb right before its preposition is what that verb tells, not a later clause.
        let prep = self.left_past_skipped(start).filter(|&p| {
            self.class(p) == Class::Prep
                && self.word(p) != "of"
                && !self.tokens[p].is(TIME_CONJUNCTIONS)
        });
        // An infinitive's phrase is told as an infinitive is, below.
        if let Some(group) = prep
            .and_then(|p| self.left_past_skipped(p))
            .filter(|&v| self.finite(v))
            .map(|v| self.verb_group_around(v))
            .filter(|g| self.class(g.start) != Class::To)
        {
            return Some(group);
        }
        self.nearest_verb(trigger)
            .map(|v| self.verb_group_around(v))
    }

    /// Where the prepositional phrases that complete a noun end, from `tokens[k]`: each a
    /// preposition and noun phrases, "and" or "or" between them ("between the unions and the
    /// owners"). `k` itself when none starts there.
    pub(super) fn past_modifiers(&self, mut k: usize) -> usize {
        let n = self.tokens.len().min(k + REACH);
        while k < n && self.class(k) == Class::Prep && !self.introduces_date(k) {
            let mut j = k + 1;
            while j < n
                && (self.class(j).in_noun_phrase()
                    || (self.class(j) == Class::Coord
                        && j + 1 < n
                        && self.class(j + 1).in_noun_phrase()))
            {
                j += 1;
            }
            if j == k + 1 {
                break;
            }
            k = j;
        }
        k
    }

    /// The verb group of the clause after a phrase that opens the sentence without a comma
    /// and holds `tokens[trigger]`: "In New York trading yesterday the dollar was quoted at
    /// 1.8 marks" tells what the trading did to the dollar.
    pub(super) fn clause_after_opening(&self, trigger: usize) -> Option<Range<usize>> {
        // "In New York trading": an "-ing" form after a noun names the activity.
        // "In a statement issued Monday, the mayor said": the noun's participle.
        let issued = self.class(trigger) == Class::Verb
            && is_past_participle(self.word(trigger))
            && trigger > 0
            && self.class(trigger - 1) == Class::Noun;
        let (start, end) = if issued {
            (self.noun_phrase_around(trigger - 1).0, trigger + 1)
        } else if self.class(trigger) == Class::Verb {
            if !self.word(trigger).ends_with("ing") {
                return None;
            }
            let start = (trigger.saturating_sub(8)..trigger)
                .rev()
                .take_while(|&k| {
                    self.class(k).in_noun_phrase() || self.class(k) == Class::Adv || self.remove[k]
                })
                .last()
                .unwrap_or(trigger);
            (start, trigger + 1)
        } else {
            self.noun_phrase_around(trigger)
        };
        let opener = self.left_past_skipped(start)?;
        let opens = self.class(opener) == Class::Prep
            && self.word(opener) != "of"
            && self
                .left_past_skipped(opener)
                .is_none_or(|b| self.class(b) == Class::Punct);
        let n = self.tokens.len();
        let next =
            (end..n.min(end + 6)).find(|&k| !(self.skipped(k) || self.introduces_date(k)))?;
        // "After the talks collapsed on Monday, the union said": after a preposition that may
        // open a clause, a past form right after the noun is that clause's verb, which sets the
        // scene of the saying, and no participle that describes the noun.
        if !opens || (issued && self.tokens[opener].is_lex(Lex::OpeningClausePrepositions)) {
            return None;
        }
        // "In a statement issued Monday, the mayor said ...": what the statement says is the
        // clause after the comma.
        let participle = self.class(next) == Class::Verb && is_past_participle(self.word(next));
        let comma = if participle { next + 1 } else { next };
        let comma = (comma..n.min(comma + 6))
            .find(|&k| !(self.skipped(k) || self.introduces_date(k)))
            .filter(|&k| self.word(k) == "," && (issued || participle || comma > end));
        if comma.is_none() && (issued || !self.tokens[next].is_lex(Lex::PhraseOpeners)) {
            return None;
        }
        let from = comma.map_or(next, |c| c + 1);
        let verb = (from..n.min(from + REACH))
            .take_while(|&k| !matches!(self.class(k), Class::Punct | Class::Sub))
            .find(|&k| matches!(self.class(k), Class::Verb | Class::Aux) && !self.remove[k])?;
        let group = self.verb_group_around(verb);
        (self.finite(group.start) && (comma.is_none() || self.reports(&group))).then_some(group)
    }

    /// The verb group of a relative clause right after the noun phrase of `tokens[trigger]`,
    /// whose pronoun is its subject: "blamed the rebels for the weekend car bombings that
    /// killed nine people" tells what the bombings did. The clause may follow the phrases
    /// that complete the noun, or a comma ("the May 3 blast at the mill that killed two
    /// men"), only with a verb of [`Lex::EffectVerbs`] and its object; the callers still ask
    /// [`Self::own_relative_subject`] whether the pronoun stands for the noun.
    pub(super) fn relative_group(&self, trigger: usize) -> Option<Range<usize>> {
        let (_, end) = self.noun_phrase_around(trigger);
        let n = self.tokens.len();
        let next = |from: usize| {
            (from..n.min(from + 4)).find(|&k| !(self.skipped(k) || self.introduces_date(k)))
        };
        let mut pronoun = next(end)?;
        // Past those phrases, or past a comma, only a verb of what a happening does
        // ("killed", "caused") done to someone or something is the noun's: "the fire at the
        // plant that employed 300" and "the blast on the rig, which then sank" tell of the
        // plant and the rig; "slid on Friday's report, which surprised traders" is the clause
        // the report is the object of.
        let across = self.class(pronoun) == Class::Prep;
        if across {
            pronoun = next(self.past_modifiers(pronoun))?;
        }
        let comma = self.word(pronoun) == ",";
        if comma {
            pronoun = next(pronoun + 1)?;
        }
        if self.class(pronoun) != Class::Sub || !self.tokens[pronoun].is_lex(Lex::Relatives) {
            return None;
        }
        let verb = (pronoun + 1..n.min(pronoun + 4)).find(|&k| !self.skipped(k))?;
        let group = self.verb_group_around(verb);
        let effect = || {
            group
                .clone()
                .any(|k| self.tokens[k].is_lex(Lex::EffectVerbs))
                && self.class(group.end).in_noun_phrase()
        };
        if (across || comma) && !effect() {
            return None;
        }
        self.finite(verb).then_some(group)
    }

    /// [`Self::relative_group`] in the simple past with no date of its own, of an event noun:
    /// "Prices have risen since the May 3 blast that killed two men" tells what the blast did
    /// on its day, where the noun's phrase alone ("The May 3 blast") says nothing of it.
    /// Not a clause of saying, nor one in the present ("that has killed").
    pub(super) fn past_relative_group(&self, trigger: usize) -> Option<Range<usize>> {
        if !self.class(trigger).in_noun_phrase() {
            return None;
        }
        let group = self.relative_group(trigger)?;
        let verb = group.start;
        // "that sank the rig": a simple past spelt apart from its participle ("sunk") too.
        let past = past::has_past(self.word(verb)) || self.tokens[verb].is(IRREGULAR_PAST);
        if self.class(verb) != Class::Verb || !past || self.says(verb) {
            return None;
        }
        let n = self.tokens.len();
        let end = (group.end..n.min(group.end + REACH))
            .find(|&k| is_clause_break(self.tokens, k))
            .unwrap_or(n.min(group.end + REACH));
        if (group.end..end).any(|k| self.remove[k]) {
            return None;
        }
        self.own_relative_subject(trigger, &group).then_some(group)
    }

    /// The subject of the relative `group` is the noun phrase of `tokens[trigger]`, not a
    /// phrase it completes ("a repeat of the blast that killed", "the fire at the plant that
    /// sent").
    pub(super) fn own_relative_subject(&self, trigger: usize, group: &Range<usize>) -> bool {
        let (start, _) = self.noun_phrase_around(trigger);
        matches!(self.subject_of(group.start, 2),
            Some(Subject::Words(w)) if w.contains(&trigger) && w.iter().all(|&k| k >= start))
    }

    /// The verb group the noun phrase of `tokens[trigger]` is the subject of (right after
    /// it) or the object of (right before it).
    pub(super) fn carrying_group(&self, trigger: usize) -> Option<Range<usize>> {
        let (start, end) = self.noun_phrase_around(trigger);
        // The subject: a verb group right after the phrase, or after the phrases that
        // complete it ("talks between the unions and the owners | broke down").
        let mut k = end;
        while k < self.tokens.len() && k < end + 4 && (self.skipped(k) || self.introduces_date(k)) {
            k += 1;
        }
        // Past its phrases only for a phrase that opens the sentence, or a phrase of time
        // that does ("In 1968 talks between ..."): else the verb may be another clause's.
        let opens = self
            .left_past_skipped(start)
            .is_none_or(|b| self.class(b) == Class::Prep && self.left_past_skipped(b).is_none());
        let k = if opens { self.past_modifiers(k) } else { k };
        if k < self.tokens.len() && matches!(self.class(k), Class::Verb | Class::Aux) {
            return Some(self.verb_group_around(k));
        }
        // "The 1989 victory in the race, watched by millions, came": past a participle aside.
        if opens
            && k + 1 < self.tokens.len()
            && self.word(k) == ","
            && let Some(group) = self.main_after_aside(k + 1)
        {
            return Some(group);
        }
        // The object: a verb group right before it, or before the word it is a part of
        // ("fueled much of the growth").
        let mut before = self.left_past_skipped(start);
        // "called off the strike": past the verb's particle.
        if let Some(particle) = before.filter(|&b| self.tokens[b].is(PARTICLES))
            && let Some(verb) = self.left_past_skipped(particle)
            && matches!(self.class(verb), Class::Verb | Class::Aux)
        {
            before = Some(verb);
        }
        if let Some(of) = before.filter(|&b| self.word(b) == "of")
            && let Some(part) = self.left_past_skipped(of)
            && matches!(self.class(part), Class::Noun | Class::Num)
        {
            before = self.left_past_skipped(self.noun_phrase_around(part).0);
        }
        before
            .filter(|&b| matches!(self.class(b), Class::Verb | Class::Aux))
            .map(|b| self.verb_group_around(b))
    }

    /// The verb a noun is the object of through a preposition that joins them, right after
    /// the verb or its adverbs: "responded coolly | to | yesterday's announcement". The verb
    /// tells of the past ("talk about the 1956 uprising" tells of now) and has a subject: no
    /// participle that describes a noun ("Hale, wanted for the raid", "a tape of Hale made
    /// for the trial"), nor a relative pronoun.
    pub(super) fn preposition_object_group(&self, trigger: usize) -> Option<Range<usize>> {
        let (start, end) = self.noun_phrase_around(trigger);
        // The phrase ends the clause: a phrase that completes it ("a date for the launch")
        // would be cut.
        if self
            .tokens
            .get(end)
            .is_some_and(|t| t.is_word() && self.class(end) != Class::Sub)
        {
            return None;
        }
        let prep = self.left_past_skipped(start).filter(|&p| {
            self.class(p) == Class::Prep && self.tokens[p].is_lex(Lex::ObjectPrepositions)
        })?;
        let mut verb = self.left_past_skipped(prep)?;
        while self.class(verb) == Class::Adv {
            verb = self.left_past_skipped(verb)?;
        }
        if self.class(verb) != Class::Verb || !self.finite(verb) {
            return None;
        }
        let group = self.verb_group_around(verb);
        if !is_participle(self.word(group.start)) {
            return None;
        }
        let mut before = self.left_past_skipped(group.start);
        while let Some(b) = before.filter(|&b| self.class(b) == Class::Adv) {
            before = self.left_past_skipped(b);
        }
        let described = before.is_some_and(|b| {
            // A relative's antecedent is no subject a title can name ("the spill that began").
            self.word(b) == ","
                || self.class(b) == Class::Sub
                || (matches!(self.class(b), Class::Noun | Class::Name)
                    && self
                        .left_past_skipped(self.noun_phrase_around(b).0)
                        .is_some_and(|p| self.class(p) == Class::Prep))
        });
        (!described).then_some(group)
    }
}
