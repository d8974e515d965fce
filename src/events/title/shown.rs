//! A participle that describes the noun phrase opening a clause, before that clause's verb of
//! saying or showing: "New figures released by the agency reveal a rise in smoking". The
//! participle only tells where the figures come from; the headline is what they show ("New
//! figures reveal a rise in smoking"), or, when nothing follows the verb, what was said
//! before it.

use std::ops::Range;

use super::{Class, Lex, PARTICLES, REACH, Subject, Titles, is_past_participle};

impl Titles<'_> {
    /// The title of the clause of saying or showing after the phrase of the bare past
    /// participle at `tokens[trigger]`, when the participle follows the noun phrase that opens
    /// its clause and a preposition, a particle or its date completes it (no object: "the
    /// agency released figures" is a verb with a tense).
    pub(super) fn shown_title(&self, trigger: usize, limit: usize) -> Option<String> {
        let (phrase, group) = self.shown_after_participle(trigger)?;
        let verb: Vec<usize> = group
            .clone()
            .filter(|&k| k == group.start || !self.skipped(k))
            .collect();
        let phrases = self.phrases_after(group.end, limit.max(group.end), true);
        if phrases.is_empty() {
            // "..., official papers released today showed": what they showed, when it is a
            // statement (a quote is the speaker's, not the papers').
            let (said, quoted) = self.said_before(*phrase.first()?)?;
            return (!quoted).then_some(said);
        }
        let subject = Subject::Words(phrase);
        let title = self.assemble(Some(&subject), &verb, &phrases);
        // "says (that) prices will rise": what was said, as for any verb of saying.
        let says = self.says(group.start);
        let end = limit.max(group.end);
        Some(
            says.then(|| self.said_after(Some(&subject), group.end, end, &title, true))
                .flatten()
                .unwrap_or(title),
        )
    }

    /// The noun phrase and the verb group of [`Self::shown_title`].
    fn shown_after_participle(&self, trigger: usize) -> Option<(Vec<usize>, Range<usize>)> {
        if self.class(trigger) != Class::Verb || !is_past_participle(self.word(trigger)) {
            return None;
        }
        let noun = self
            .left_past_skipped(trigger)
            .filter(|&b| b + 1 == trigger && matches!(self.class(b), Class::Noun | Class::Name))?;
        let n = self.tokens.len().min(trigger + REACH);
        // (A verb right after the date may read as part of it: past the date's own words.)
        let next = (trigger + 1..n).find(|&k| {
            !(self.remove[k] || self.introduces_date(k) || self.class(k) == Class::Adv)
        })?;
        // "by the agency", "put out": no object between the participle and what completes it.
        let completed = self.class(next) == Class::Prep || self.tokens[next].is(PARTICLES);
        // "papers released today show": only the date between the participle and the verb
        // ("officials confirmed reports" is a verb and its object).
        let dated = (trigger + 1..next).any(|k| self.remove[k]);
        // The first verb with a tense after the phrase, in the same clause, is one of saying
        // or showing; after a name it may read as a noun ("the Water Board reveal a rise").
        let main = (next..n)
            .take_while(|&k| !matches!(self.class(k), Class::Punct | Class::Sub | Class::Coord))
            .find(|&k| {
                (self.class(k) == Class::Verb && self.finite(k) && !self.tokens[k].is(PARTICLES))
                    || self.present_report(k)
            })?;
        let reports = self.says(main) || self.tokens[main].is_lex(Lex::ShowingVerbs);
        if !((completed || (main == next && dated)) && reports) {
            return None;
        }
        // The noun's phrase opens its clause, read last: it is a walk, and most participles
        // are no such clause's.
        let phrase = self.noun_phrase_ending_at(noun);
        let opens = phrase
            .first()
            .and_then(|&f| self.left_past_skipped(f))
            .is_none_or(|b| matches!(self.class(b), Class::Punct | Class::Sub));
        if !opens {
            return None;
        }
        // A verb read as a noun is a group of its own.
        let group = if self.class(main) == Class::Verb {
            self.verb_group_around(main)
        } else {
            main..main + 1
        };
        Some((phrase, group))
    }

    /// `tokens[k]`, read as a noun, is the present of a verb of saying or showing after a
    /// noun, before the phrase it reports or at the end of the sentence: "the board reveal
    /// some new trends".
    fn present_report(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        // "put out on May 3 suggest", "published today show": past the date and its
        // preposition, after a noun, a particle or the participle itself.
        let after_noun = (k.saturating_sub(6)..k)
            .rev()
            .find(|&j| !(self.skipped(j) || self.introduces_date(j)))
            .is_some_and(|b| {
                matches!(self.class(b), Class::Noun | Class::Name)
                    || self.tokens[b].is(PARTICLES)
                    || (self.class(b) == Class::Verb && is_past_participle(self.word(b)))
            });
        // "suggest only that": past an adverb; "..., old maps published today show.": the end.
        let object = (k + 1..self.tokens.len().min(k + 4)).find(|&j| !self.skipped(j));
        let before_object = object.is_none_or(|j| {
            matches!(
                self.class(j),
                Class::Det | Class::Sub | Class::Pron | Class::Poss | Class::Num
            ) || matches!(self.word(j), "." | ";")
        });
        self.class(k) == Class::Noun
            && !t.capitalized
            && (self.says(k) || t.is_lex(Lex::ShowingVerbs))
            && after_noun
            && before_object
    }
}
