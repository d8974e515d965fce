//! A dated happening that its clause only judges: "The fall of the fort, on 3 May 1802, was a
//! turning point of the war", "The Kestrel uprising of 1871 is the clearest case of ...", "the
//! unrest was the main issue of the 1988 election", "the plan was ready before the rebel
//! attack on 4 May". The date dates the noun; the verb is a form of `be` that says how things
//! stood, or a passive of regard ("is recalled as", see titles.txt [regard_participles]),
//! no happening. On a chart the happening is the noun's phrase: "The fall of the fort".
//!
//! A saying or a finding that reports a state ("Police confirmed Friday that the car belonged
//! to Tom Barker") is the day's news itself: its title keeps who said it.

use std::ops::Range;

use super::super::detect::is_event_noun;
use super::super::words::{ARTICLES, COPULAS, READINESS_WORDS, REMAINING_VERBS};
use super::subject::Subject;
use super::{Class, Form, Lex, MAX_CHARS, REACH, Titles, is_participle, lowercase_first};

impl Titles<'_> {
    /// The noun `tokens[trigger]`, which the date dates, is the subject of a form of `be`
    /// that states how things stood (a word after it that is no participle, an amount or a
    /// happening), or the object of a preposition in what that `be` states: the clause judges
    /// the happening, and the title is the noun's phrase. "was a victory at Kestrel" and
    /// "was the revelation of abuse" name what happened: their clause stays; so does a figure
    /// ("The loss was $3 million in the quarter").
    ///
    /// Returns where the title's phrases end: at the `be` of a subject, else at `limit`.
    pub(super) fn judged_happening(&self, trigger: usize, limit: usize) -> Option<usize> {
        let t = &self.tokens[trigger];
        if !self.class(trigger).in_noun_phrase() || !is_event_noun(t) || t.has(Form::ResultWord) {
            return None;
        }
        let (start, end) = self.noun_phrase_around(trigger);
        // "The 2019 Hanoi talks were short": a date before the subject's noun is part of its
        // name, and the clause tells what the happening was like.
        let dated_before = (start..trigger).any(|k| self.remove[k]);
        if !self.dated_phrase(start, end) {
            return None;
        }
        if let Some(group) = self.be_after(end) {
            // "were in response to signals", "was behind the riots": a preposition right
            // after `be` tells how the happening stands to another, told by the clause.
            let relation = (group.end..self.tokens.len().min(group.end + REACH))
                .find(|&k| !self.skipped(k))
                .is_some_and(|k| self.class(k) == Class::Prep);
            let judged = !dated_before && !relation && self.states(&group);
            return judged.then_some(group.start.min(limit));
        }
        // "were responsible for 73% of the deaths": a figure of the happening is told.
        self.be_before(start)
            .filter(|group| self.states(group))
            .filter(|group| !(group.end..start).any(|k| self.tokens[k].has_digit()))
            .map(|_| limit)
    }

    /// The date is in the noun phrase `tokens[start..end]` or in the phrases that complete it
    /// ("the attack on the port on 6 May", "the fall of the fort, on 3 May 1802,"): no verb
    /// or clause between. A date elsewhere in the sentence may be the verb's.
    fn dated_phrase(&self, start: usize, end: usize) -> bool {
        let n = self.tokens.len().min(end + REACH);
        (start..end).any(|k| self.remove[k])
            || (end..n)
                .take_while(|&k| {
                    self.remove[k]
                        || self.introduces_date(k)
                        || self.word(k) == ","
                        || matches!(
                            self.class(k),
                            Class::Prep | Class::Det | Class::Noun | Class::Name | Class::Num
                        )
                })
                .any(|k| self.remove[k])
    }

    /// The group of a form of `be` that the phrase ending at `tokens[end]` is the subject of:
    /// past its prepositional phrases and the date between commas ("The fall of the fort, on 3
    /// May 1802, was").
    fn be_after(&self, end: usize) -> Option<Range<usize>> {
        let n = self.tokens.len().min(end + REACH);
        let verb = (end..n).find(|&k| {
            !(self.skipped(k)
                || self.introduces_date(k)
                || self.word(k) == ","
                || matches!(
                    self.class(k),
                    Class::Prep | Class::Det | Class::Noun | Class::Name | Class::Num | Class::Poss
                ))
        })?;
        // A comma the date does not explain ends the subject: "the attack, which".
        let stray_comma = (end..verb).any(|k| {
            self.word(k) == ","
                && !(k + 1 < verb && (self.skipped(k + 1) || self.introduces_date(k + 1)))
                && !(k > end && self.skipped(k - 1))
        });
        (self.class(verb) == Class::Aux && !stray_comma).then(|| self.verb_group_around(verb))
    }

    /// The group of a form of `be` whose complement holds the phrase starting at
    /// `tokens[start]`, after a preposition: "was the main issue of the election", "was
    /// ready before the attack".
    fn be_before(&self, start: usize) -> Option<Range<usize>> {
        let prep = self.left_past_skipped(start)?;
        if self.class(prep) != Class::Prep && !self.tokens[prep].is_lex(Lex::ClausePrepositions) {
            return None;
        }
        // "was ready before": a word of readiness after `be`, read as a verb by its place.
        let complement = |k: usize| {
            self.tokens[k].is(READINESS_WORDS) || self.tokens[k].is_lex(Lex::RegardParticiples)
        };
        let verb = (prep.saturating_sub(REACH)..prep).rev().find(|&k| {
            !(self.skipped(k)
                || complement(k)
                || matches!(
                    self.class(k),
                    Class::Prep | Class::Det | Class::Noun | Class::Num | Class::Poss | Class::Adv
                ))
        })?;
        // "was behind the killings", "was at the summit": the noun right after `be` and its
        // preposition tells the subject's part in the happening, a deed of its own.
        let first = (verb + 1..prep).find(|&k| !self.skipped(k));
        (self.class(verb) == Class::Aux && first.is_some()).then(|| self.verb_group_around(verb))
    }

    /// The verb group is a form of `be` (its auxiliaries and adverbs before it) before a word
    /// that is no participle, amount or happening: "was a turning point", "is ready" (which
    /// the group may hold, read as a verb by its place).
    fn states(&self, group: &Range<usize>) -> bool {
        let Some(be) = group.clone().rfind(|&k| self.tokens[k].is(COPULAS)) else {
            return false;
        };
        let only_be = (group.start..be).all(|k| {
            self.skipped(k) || matches!(self.class(k), Class::Aux | Class::Adv | Class::Neg)
        });
        let n = self.tokens.len();
        let Some(first) = (be + 1..n.min(be + 1 + REACH)).find(|&k| !self.skipped(k)) else {
            return false;
        };
        // "is often recalled as", "was centred around": how the happening is seen.
        if self.tokens[first].is_lex(Lex::RegardParticiples) {
            return only_be;
        }
        let word = self.word(first);
        // "would be cut": a word read as a verb is a participle, but a word of readiness.
        let verb = self.class(first) == Class::Verb || is_participle(word) || word.ends_with("en");
        let participle = verb && !self.tokens[first].is(READINESS_WORDS);
        let amount = self.class(first) == Class::Num || self.tokens[first].has_digit();
        let phrase = (first..n.min(first + REACH))
            .take_while(|&k| matches!(self.class(k), Class::Det | Class::Noun | Class::Adv));
        let happening = phrase.clone().any(|k| is_event_noun(&self.tokens[k]));
        only_be && !participle && !amount && !happening && !matches!(word, "$" | "to" | "going")
    }

    /// What a saying reports at `group` (its subject `subject`) is a state: a form of `be`
    /// before no participle, amount or happening ("the town was ready"), `there` and `be`, or
    /// a verb of state ("belonged to", "remains shut").
    pub(super) fn told_state(&self, group: &Range<usize>, subject: &Subject) -> bool {
        let there =
            matches!(subject, Subject::Words(w) if w.len() == 1 && self.word(w[0]) == "there");
        let Some(last) = group.clone().rev().find(|&k| !self.skipped(k)) else {
            return false;
        };
        let t = &self.tokens[last];
        let be = group.clone().any(|k| self.tokens[k].is(COPULAS));
        if self.class(last) == Class::Verb && !be {
            return t.has(Form::StativeVerb) || t.is(REMAINING_VERBS);
        }
        there || self.states(group)
    }

    /// What a saying that ends before `tokens[from]` reports at `group` is a prospect, no
    /// happening: a modal opens the group ("would split", "might be extended") and the saying
    /// has a date of its own, before `tokens[said]`, the first word of what was said (a date
    /// inside it dates what was said). What speakers say of themselves (`subject` a pronoun,
    /// or `resolved` to the speaker: "said it would investigate") names the actor already,
    /// unless the saying is a deed in itself ("announced he would resign", see titles.txt
    /// [announcing_verbs]).
    pub(super) fn told_prospect(
        &self,
        from: usize,
        said: usize,
        group: &Range<usize>,
        subject: &Subject,
        resolved: bool,
    ) -> bool {
        let modal = group
            .clone()
            .find(|&k| !self.skipped(k))
            .is_some_and(|k| self.tokens[k].is_lex(Lex::Modals));
        let own_date = (said.saturating_sub(REACH)..said).any(|k| self.remove[k]);
        let of_speaker = resolved
            || match subject {
                Subject::Named(_) => true,
                Subject::Words(w) => w.iter().any(|&k| self.class(k) == Class::Pron),
            };
        let deed = || {
            from.checked_sub(1)
                .is_some_and(|v| self.tokens[v].is_lex(Lex::AnnouncingVerbs))
        };
        modal && own_date && (!of_speaker || deed())
    }

    /// The title of a saying that reports a state: the speaker, the verb of saying and the one
    /// told (`tokens[from..start]`, "told reporters"), then what was said, within
    /// [`MAX_CHARS`]: "Police confirmed the car belonged to Tom Barker".
    pub(super) fn saying_of_state(
        &self,
        speaker: &Subject,
        (from, start): (usize, usize),
        subject: &Subject,
        verb: &[usize],
        phrases: &[Vec<usize>],
    ) -> Option<String> {
        from.checked_sub(1)?;
        let words = self.saying_words(from, start);
        let named = match subject {
            Subject::Named(name) => !name.opens_with_article(),
            Subject::Words(w) => w
                .iter()
                .find(|&&k| !self.tokens[k].is(ARTICLES))
                .is_some_and(|&k| self.class(k) == Class::Name),
        };
        let said = self.join(&words);
        let report = self.assemble(Some(subject), verb, phrases);
        let report = lowercase_first(&report, named);
        let title = |who: &Subject| format!("{}{said} {report}", self.render_subject(Some(who)));
        let fits = |title: &String| title.chars().count() <= MAX_CHARS;
        let whole = title(speaker);
        if fits(&whole) {
            return Some(whole);
        }
        // Too long, a speaker keeps its head ("Ana Diaz [of the State of Ruritania]").
        let Subject::Words(words) = speaker else {
            return None;
        };
        let head = self.subject_head(words, true, false);
        (!head.is_empty() && head.len() < words.len())
            .then(|| title(&Subject::Words(head)))
            .filter(fits)
    }
}
