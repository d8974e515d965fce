//! A subject that a long participle's phrase describes: "A man accused of stealing a van from
//! a depot in the north | was arrested" is the man's arrest, not the depot's or the north's.
//! The participle follows its noun and a preposition completes it ("accused of", "involved
//! in", "hurt by"); after it, only noun phrases, prepositions, "-ing" forms after a
//! preposition ("of stealing") and infinitives, up to the verb with a tense: an auxiliary, or
//! a verb before its object ("The laws passed in May to curb the banks | overruled a code").

use super::super::{Class, Lex, Titles, is_past_participle, is_say_verb};
use crate::events::words::{CLAUSE_OPENERS, TIME_CONJUNCTIONS};

/// How far back, in tokens, the participle may be from the noun before the verb.
const LONG: usize = 24;

impl Titles<'_> {
    /// The noun phrase the participle's phrase that ends at `tokens[k]` describes, the subject
    /// of the verb with a tense at `tokens[start]`.
    pub(super) fn described_by_long_participle(
        &self,
        k: usize,
        start: usize,
    ) -> Option<Vec<usize>> {
        // "a strategy worked out in May", "the war ended with the surrender of the forces |
        // in": a participle or a verb of its own, no verb told of the subject.
        let object = self.class(start) == Class::Verb
            && matches!(self.class(start + 1), Class::Det | Class::Num);
        if !self.has_tense(start) || !(self.class(start) == Class::Aux || object) {
            return None;
        }
        let mut j = k + 1;
        // A list of names ends the phrase: "led by Ann Ray, Tom Roe and Bo Lee".
        let mut listed = false;
        while j > k.saturating_sub(LONG) {
            j -= 1;
            if self.remove[j] {
                continue;
            }
            let before = j.checked_sub(1).map(|b| self.class(b));
            // (Not "in Dallas, Texas, and Acme Corp.": a comma before "and" may close a place.)
            let between_names = j < k
                && before == Some(Class::Name)
                && !self.remove[j - 1]
                && matches!(self.class(j + 1), Class::Noun | Class::Name);
            match self.class(j) {
                Class::Coord if between_names && !listed => listed = true,
                Class::Punct if between_names && listed && self.word(j) == "," => {}
                // "ended with the withdrawal after the accords were signed": a clause of its own.
                Class::Prep
                    if self.tokens[j].is(TIME_CONJUNCTIONS)
                        || self.tokens[j].is(CLAUSE_OPENERS)
                        || self.tokens[j].is_lex(Lex::ClausePrepositions) =>
                {
                    return None;
                }
                Class::Noun | Class::Name | Class::Num | Class::Poss | Class::Adv | Class::Prep => {
                }
                Class::To => {}
                // "of the van", "stealing a van": a noun phrase opens after a preposition or
                // a verb; right after another noun it opens a clause of its own ("told the
                // court the van was stolen").
                Class::Det if matches!(before, Some(Class::Prep | Class::Verb | Class::Det)) => {}
                // "of stealing", "to steal", a plural after a noun ("bomb attacks on").
                Class::Verb
                    if (self.word(j).ends_with("ing") && before == Some(Class::Prep))
                        || before == Some(Class::To)
                        || (self.word(j).ends_with('s')
                            && before == Some(Class::Noun)
                            && j < k
                            && self.class(j + 1) == Class::Prep) => {}
                Class::Verb if j < k && self.class(j + 1) == Class::Prep => {
                    let word = self.word(j);
                    if !is_past_participle(word) || is_say_verb(word) {
                        return None;
                    }
                    // "a suspect allegedly involved in", "managers not linked with".
                    let mut noun = j.checked_sub(1)?;
                    if matches!(self.class(noun), Class::Adv | Class::Neg) {
                        noun = noun.checked_sub(1)?;
                    }
                    if !matches!(self.class(noun), Class::Noun | Class::Name) || self.remove[noun] {
                        return None;
                    }
                    let phrase = self.noun_phrase_ending_at(noun);
                    // "In a raid on a man accused of theft": a preposition's noun is no subject.
                    let governed = phrase
                        .first()
                        .and_then(|&f| self.left_past_skipped(f))
                        .is_some_and(|b| self.class(b) == Class::Prep);
                    return (!governed).then_some(phrase);
                }
                _ => return None,
            }
        }
        None
    }
}
