//! A demonstrative (or "it") that stands alone as the subject and points back to a happening
//! rather than a name. "It follows the death of a guard on Monday", "This came after a fall in
//! sales": the verb places the subject after a happening its object names, and the date is
//! that happening's; the title is the object ("The death of a guard"), never a name put for
//! "it". "Crews cut the pipe. This was completed on Monday": a passive verb of completion says
//! the happening the sentence before told came to pass on the date; the title is that
//! happening's, in the words of the sentence before ("Crews cut the pipe"), and after a verb of
//! starting the work begun is what was completed ("Crews began work on the bridge. This was
//! completed on Monday": "Work on the bridge was completed").

use std::ops::Range;

use super::super::detect::{is_event_noun, is_past_form};
use super::super::words::{BEGIN_VERBS, HAVE_FORMS};
use super::{Be, Class, Form, Lex, MAX_CHARS, REACH, Titles, capitalize, is, lowercase};

impl Titles<'_> {
    /// The verb at `tokens[j]` puts its subject after the happening its object names: "follows
    /// the death", "came after a fall in sales" (a verb of coming needs its "after"). The
    /// token the object opens at.
    pub(super) fn sequence_object(&self, j: usize) -> Option<usize> {
        let token = self.tokens.get(j)?;
        let object = if token.is_lex(Lex::SequenceVerbs) {
            j + 1
        } else if token.is_lex(Lex::ComingVerbs)
            && self
                .tokens
                .get(j + 1)
                .is_some_and(|t| t.is_lex(Lex::SequencePrepositions))
        {
            j + 2
        } else {
            return None;
        };
        // "followed the rules", "follows the river": only a happening comes before.
        let end = self.tokens.len().min(object + 8);
        let head = (object..end)
            .take_while(|&k| {
                !self.remove[k]
                    && matches!(
                        self.class(k),
                        Class::Det | Class::Noun | Class::Num | Class::Verb | Class::Name
                    )
            })
            .last()?;
        is_event_noun(&self.tokens[head]).then_some(object)
    }

    /// `title` from its object on, when it opens with a demonstrative or "it" that opens the
    /// sentence, a verb of [`Self::sequence_object`] after it ("It follows the death of a
    /// guard" is "The death of a guard").
    pub(super) fn sequence_title(&self, title: String) -> String {
        // Asked of every title: the sentence's words first, each a bit test; few sentences
        // open on a word of either list and a verb of sequence after it.
        let Some(d) = self.opening_word() else {
            return title;
        };
        let j = d + 1;
        let opens = self
            .tokens
            .get(j)
            .is_some_and(|t| t.is_lex(Lex::SequenceVerbs) || t.is_lex(Lex::ComingVerbs))
            && (self.word(d) == "it" || self.tokens[d].is_lex(Lex::DemonstrativePronouns));
        if !opens {
            return title;
        }
        // The title opens with the sentence's two words.
        let mut words = title.splitn(3, ' ');
        let (Some(first), Some(verb), Some(rest)) = (words.next(), words.next(), words.next())
        else {
            return title;
        };
        if lowercase(first) != self.word(d) || verb != self.word(j) {
            return title;
        }
        let Some(object) = self.sequence_object(j) else {
            return title;
        };
        // Past "after" when the verb needs it: the title's words after the verb.
        let rest = match object - j {
            2 => match rest.split_once(' ') {
                Some((after, rest)) if after == self.word(j + 1) => rest,
                _ => return title,
            },
            _ => rest,
        };
        capitalize(rest)
    }

    /// The first word of the sentence past its opening adverbs, commas and date.
    fn opening_word(&self) -> Option<usize> {
        (0..self.tokens.len().min(REACH))
            .find(|&k| !(self.remove[k] || matches!(self.class(k), Class::Adv | Class::Punct)))
    }

    /// The title of the happening the sentence before told, when the event at
    /// `tokens[trigger]` is its completion ("This was completed on Monday"), with `title`
    /// (this one's) the work begun there is put into.
    pub(super) fn completed_title(&self, trigger: usize, title: &str) -> Option<String> {
        if self.hops > 0 || !self.tokens[trigger].is_lex(Lex::CompletionParticiples) {
            return None;
        }
        // "This was completed", "That had been done": the auxiliaries of a passive in the
        // past or the perfect (not "is being done", "will be done").
        let d = self.opening_word()?;
        let passive = (d + 1..trigger).all(|k| self.class(k) == Class::Aux)
            && (d + 1..trigger).any(|k| match self.be_form(k) {
                Some(Be::Past) => true,
                Some(Be::Untensed) => self.tokens[k - 1].is(HAVE_FORMS),
                _ => false,
            });
        if d + 1 >= trigger || !passive || !self.tokens[d].is_lex(Lex::DemonstrativePronouns) {
            return None;
        }
        let (told, begun) = self.previous_happening()?;
        let made = match begun {
            // "began work on the bridge": the work was completed.
            Some(verb) => {
                let (_, object) = told.split_once(&format!(" {verb} "))?;
                let (_, rest) = title.split_once(' ')?;
                format!("{} {rest}", capitalize(object))
            }
            None => told,
        };
        (made.chars().count() <= MAX_CHARS).then_some(made)
    }

    /// [`Self::told_happening`] of the sentence before, its dates left out of the title as a
    /// sentence's own are.
    fn previous_happening(&self) -> Option<(String, Option<String>)> {
        let sentence = self.previous_tokens()?;
        let opens = sentence.first()?.span.start;
        let span = opens..sentence.last()?.span.end;
        let mut remove = vec![false; sentence.len()];
        for date in crate::recognize::recognize(&self.text[span]) {
            let from = sentence.partition_point(|t| t.span.start < opens + date.span.start);
            let to = sentence.partition_point(|t| t.span.end <= opens + date.span.end);
            if from < to {
                remove[from..to].fill(true);
            }
        }
        let mut titles = Titles::new(self.text, sentence, &remove);
        titles.hops = self.hops + 1;
        titles.windows = self.windows;
        titles.told_happening()
    }

    /// The title of the main clause of this sentence, a past happening that no one reports
    /// ("said"), that no modal or negation hedges, and that opens with no pronoun of its own;
    /// with the verb of starting it opens with, if any.
    fn told_happening(&self) -> Option<(String, Option<String>)> {
        // The first verb group with a tense, not one of a clause inside ("the pipe, which
        // takes oil, was cut").
        let group = (0..self.tokens.len().min(REACH))
            .filter(|&j| matches!(self.class(j), Class::Verb | Class::Aux))
            .map(|j| self.verb_group_around(j))
            .find(|g| {
                self.finite(g.start)
                    && self.class(g.start) != Class::To
                    && (g.start == 0 || self.class(g.start - 1) != Class::Sub)
            })?;
        let verb = self.main_verb(&group)?;
        self.subject_of(group.start, 0)?;
        let told = self.title_now(&(0..self.tokens.len()), verb);
        let first = lowercase(told.split(' ').next()?);
        if is(Lex::ResolvablePronouns, &first) || is(Lex::DemonstrativePronouns, &first) {
            return None;
        }
        let begun = self.tokens[verb].is(BEGIN_VERBS);
        Some((told, begun.then(|| self.word(verb).to_string())))
    }

    /// The last verb of `group` when the group tells of the past, with no modal or negation:
    /// "was cut", "cut", "had repaired".
    fn main_verb(&self, group: &Range<usize>) -> Option<usize> {
        let verb = group
            .clone()
            .rev()
            .find(|&k| self.class(k) == Class::Verb)?;
        let hedged = group.clone().any(|k| {
            let t = &self.tokens[k];
            self.class(k) == Class::Neg
                || t.is_lex(Lex::Modals)
                || t.is_lex(Lex::SayVerbs)
                || t.is_lex(Lex::SayPastForms)
                || t.has(Form::SayVerb)
        });
        // "Crews cut the pipe": a verb alone that is no present form in "-s" or "-ing".
        let word = self.word(verb);
        let past = match self.class(group.start) {
            Class::Aux => self.tokens[group.start].is_lex(Lex::PastAuxiliaries),
            _ => {
                is_past_form(&self.tokens[verb]) || !(word.ends_with('s') || word.ends_with("ing"))
            }
        };
        (past && !hedged).then_some(verb)
    }
}
