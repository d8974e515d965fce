//! A bare past participle that describes the object of a clause's verb, its date elsewhere:
//! "will buy all shares tendered by holders through May 9", "expects to book (or to report) a
//! charge of $2 million related to the closing of a plant for the second quarter", "will be one
//! of three discussed at a forum today". The participle only says which shares or which charge;
//! the clause says what happens then, so the title is the clause ("Acme will buy all shares
//! tendered by holders"), never the noun phrase and its participle ("All shares tendered by
//! holders"), which tells no deed. A date right after the participle is its own ("the ban
//! issued Monday", see `dated_participle`), and so is one right after its agent ("built by
//! his father in 1920").

use std::ops::Range;

use super::{Class, Lex, REACH, Titles, is_clause_break, is_past_participle};

/// How many "of" phrases back the object may start: "a charge | of $2 million | related".
const HOPS: usize = 3;
/// How many words after "by" a date is the agent's phrase's own: "by his father in 1920".
const AGENT: usize = 6;

impl Titles<'_> {
    /// The verb group whose object the participle `group` (one bare past participle right
    /// after a noun) describes, when the participle's date is not its own (see the module).
    pub(super) fn described_object_group(&self, group: &Range<usize>) -> Option<Range<usize>> {
        let v = group.start;
        if group.len() != 1
            || self.class(v) != Class::Verb
            || v == 0
            || !matches!(self.class(v - 1), Class::Noun | Class::Name | Class::Num)
            || self.remove[v - 1]
            || !is_past_participle(self.word(v))
            || self.tokens[v].is_lex(Lex::ScheduleParticiples)
            || self.says(v)
            || self.date_right_after(v).is_some()
            || self.dated_participle(v)
        {
            return None;
        }
        let n = self.tokens.len();
        if self.word(v + 1) == "by" && (v + 2..n.min(v + 2 + AGENT)).any(|k| self.remove[k]) {
            return None;
        }
        // "extradition overruled a treaty": a past form with an object is the clause's verb.
        let next = (v + 1..n.min(v + AGENT)).find(|&k| !self.skipped(k));
        if next.is_some_and(|k| {
            matches!(
                self.class(k),
                Class::Det | Class::Poss | Class::Num | Class::Noun | Class::Name | Class::Pron
            )
        }) {
            return None;
        }
        // "two men suspected of downing a jet in 1988": a date after another verb in the
        // participle's phrase is that verb's.
        let date = (v + 1..n.min(v + REACH))
            .take_while(|&k| !is_clause_break(self.tokens, k))
            .find(|&k| self.remove[k]);
        if date
            .is_some_and(|d| (v + 1..d).any(|k| matches!(self.class(k), Class::Verb | Class::Aux)))
        {
            return None;
        }
        // Back to the start of the object, past the "of" phrases inside it.
        let mut start = self.phrase_before(v);
        for _ in 0..HOPS {
            let Some(of) = self
                .left_past_skipped(start)
                .filter(|&b| self.word(b) == "of")
            else {
                break;
            };
            let Some(part) = self.left_past_skipped(of).filter(|&p| {
                matches!(
                    self.class(p),
                    Class::Noun | Class::Num | Class::Name | Class::Pron
                ) && !self.remove[p]
            }) else {
                break;
            };
            // "one of five": a pronoun is its phrase.
            start = if self.class(part) == Class::Pron {
                part
            } else {
                self.phrase_before(part + 1)
            };
        }
        let verb = self.left_past_skipped(start)?;
        let t = &self.tokens[verb];
        let plain = matches!(self.class(verb), Class::Verb | Class::Aux);
        // A verb of saying may report a clause whose verb is the past form ("said the plant
        // closed"); its infinitive with a noun after it reports a figure ("expects to post a
        // charge of $2 million related to").
        let infinitive = verb > 0 && self.class(verb - 1) == Class::To;
        let reports = (self.says(verb) && !infinitive)
            || t.is_lex(Lex::ShowingVerbs)
            || t.is_lex(Lex::KnowingVerbs);
        if self.verb_after_relative_object(start, v) {
            return None;
        }
        (plain && !reports && self.finite(verb)).then(|| self.verb_group_around(verb))
    }

    /// "Workers who lost their jobs protested outside the plant": the noun phrase at
    /// `tokens[start]` is the object of a verb whose subject is a relative pronoun, so it is
    /// inside the subject's clause, and the past form at `tokens[v]` after it, with no verb
    /// with a tense after that in its clause, is the subject's own verb, no participle.
    pub(super) fn verb_after_relative_object(&self, start: usize, v: usize) -> bool {
        let Some(verb) = self.left_past_skipped(start).filter(|&k| self.finite(k)) else {
            return false;
        };
        let group = self.verb_group_around(verb);
        let relative = self
            .left_past_skipped(group.start)
            .is_some_and(|r| self.class(r) == Class::Sub && self.tokens[r].is_lex(Lex::Relatives));
        let n = self.tokens.len();
        relative
            && !(v + 1..n.min(v + REACH))
                .take_while(|&k| !is_clause_break(self.tokens, k))
                .any(|k| self.finite(k))
    }

    /// The title of the clause of [`Self::described_object_group`], when it keeps the noun
    /// the participle describes: a clause cut for room before it ("Her plan will be one")
    /// says less than the phrase.
    pub(super) fn described_object_title(
        &self,
        group: &Range<usize>,
        clause: &Range<usize>,
        limit: usize,
    ) -> Option<String> {
        let main = self.described_object_group(group)?;
        let title = self.group_title(main, clause, limit);
        let noun = &self.text[self.tokens[group.start - 1].span.clone()];
        title.split(' ').any(|w| w == noun).then_some(title)
    }
}
