//! Dates that bound or fill a stretch of time, which a state or an activity fills rather
//! than a happening: "held power until 1991", "spent most of 1922 moving", "remained a
//! force throughout the summer", "has been adding members for the last three years".
//! Apart from `states.rs` because these tests read the stretch, not the verb's kind.

use std::ops::Range;

use super::super::detect::{is_function_word, word_before_adverbs};
use super::super::link::moment_clause_after;
use super::super::words::{
    AFTER_STRETCH_PREPOSITIONS, ARTICLES, CLOSING_BOUNDS, CONTINUING_VERBS, DETERMINERS,
    DURATION_WORDS, FIGURE_WORDS, PERIOD_NOUNS, REMAINING_VERBS, SPENDING_VERBS,
    STRETCH_PREPOSITIONS, Token, TokenKind, covered,
};
use super::{FIGURE_REACH, Happenings};
use crate::timeline::date::{Precision, TimelineDate};

/// How many words before a stretch of time the verb that spends it may stand: "spent most of".
const SPENT_REACH: usize = 4;

/// How many tokens on each side of "since" and its expression a count may stand: "charged in
/// three countries since 1994".
const COUNT_REACH: usize = 10;

impl Happenings<'_> {
    /// "held the town from October to March", "held power until 1991": the expression
    /// bounds a state, which a timeline shows as a stretch.
    pub(super) fn bounds_state(&self, at: &Range<usize>) -> bool {
        at.start > 0 && self.tokens[at.start - 1].is(CLOSING_BOUNDS)
    }

    /// "spent the spring organizing", "spent most of 1922 moving", "throughout the summer",
    /// "well into 1923": the expression is a stretch of time, which a verb of spending takes
    /// as its object (a few determiners between) or a state fills. An expression joined to
    /// one by "and" or "or" is another part of the same stretch: "spent the spring and
    /// summer training".
    pub(super) fn stretch(&self, at: &Range<usize>) -> bool {
        self.stretch_alone(at)
            || self
                .joined(at)
                .is_some_and(|s| self.stretch(&covered(self.tokens, &s)))
    }

    /// The byte span of the expression right before `timex` with only "and" or "or" between.
    pub(super) fn joined(&self, at: &Range<usize>) -> Option<Range<usize>> {
        let first = at.start;
        let and = first.checked_sub(1)?;
        let dated = |i: usize| self.in_timex.get(i).is_some_and(|&d| d);
        if !matches!(self.tokens[and].lower.as_str(), "and" | "or")
            || !and.checked_sub(1).is_some_and(dated)
        {
            return None;
        }
        let start = (0..and).rev().take_while(|&i| dated(i)).last()?;
        Some(self.tokens[start].span.start..self.tokens[and - 1].span.end)
    }

    pub(super) fn stretch_alone(&self, at: &Range<usize>) -> bool {
        // "probing into last Friday's bombings": a possessive date is no stretch.
        let after = at.end;
        if self
            .tokens
            .get(after)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
        {
            return false;
        }
        let first = at.start;
        let before = &self.tokens[..first];
        // "continued for the next year", "lasted for the year": the verb, `for`, an article.
        let lasting = (1..=2).any(|k| {
            first > k
                && self.tokens[first - k].lower == "for"
                && self.tokens[first - k - 1].is(CONTINUING_VERBS)
        });
        if lasting || before.last().is_some_and(|t| t.is(DURATION_WORDS)) {
            return true;
        }
        // "passed the 1990 budget": a date before a noun names a thing, no stretch.
        let attributive = self
            .tokens
            .get(after)
            .is_some_and(|t| t.is_word() && !is_function_word(t) && !t.lower.ends_with("ing"));
        !attributive
            && before
                .iter()
                .rev()
                .take(SPENT_REACH)
                .take_while(|t| t.is_word())
                .take_while(|t| {
                    t.is(SPENDING_VERBS)
                        || t.is(DETERMINERS)
                        || t.lower == "of"
                        || t.lower == "most"
                })
                .any(|t| t.is(SPENDING_VERBS))
    }

    /// "numbers dropping through the nineties", "40 raids a month through the winter of
    /// 1921", "loans through January": a month or a longer period after "through" is a stretch
    /// an activity or a term fills. A day is where a stretch ends ("the offer runs through
    /// Friday" dates its expiry), and after another expression "through" ends a range
    /// ("from 1939 through 1945"), unless that one is the unit of a rate ("a month"). So
    /// does a period after "over" that follows its verb and its object ("used the service over
    /// the past year").
    pub(super) fn through_period(
        &self,
        at: &Range<usize>,
        event: usize,
        date: &TimelineDate,
    ) -> bool {
        let long = !matches!(date.precision, Precision::Week(_) | Precision::Day(..));
        // "a month through the spring" repeats in the stretch: no range.
        let range_from =
            |i: usize| self.in_timex.get(i).is_some_and(|&d| d) && !self.tokens[i].is(PERIOD_NOUNS);
        let first = at.start;
        let Some(before) = first.checked_sub(1).map(|b| &self.tokens[b]) else {
            return false;
        };
        // "used the service over the past year"; not "Over the summer, the ministry
        // announced", nor "over a year ago" (more than), nor the particle right after its
        // verb ("took over last year").
        let after_verb = || {
            first > event + 2
                && self.tokens[first].is_word()
                && !self.tokens[first].has_digit()
                && !matches!(self.tokens[first].lower.as_str(), "a" | "an")
        };
        long && (before.is(STRETCH_PREPOSITIONS)
            || (before.is(AFTER_STRETCH_PREPOSITIONS) && after_verb()))
            && !(first > 1 && range_from(first - 2))
    }

    /// "charged in three countries since 1994", "Since Monday, the bonds have lost
    /// almost 3%": an expression right after "since", with a count or a figure close by,
    /// starts a series or a sum, no happening of its own; "since early December, when Castro
    /// promised" dates what the `when` clause tells.
    pub(super) fn since_series(&self, at: &Range<usize>) -> bool {
        let Range {
            start: first,
            end: after,
        } = at.clone();
        if first == 0 || self.tokens[first - 1].lower != "since" {
            return false;
        }
        let when = moment_clause_after(self.tokens, after).is_some();
        let near = self
            .counts
            .get(self.counts.partition_point(|&i| i + COUNT_REACH < first))
            .is_some_and(|&i| i <= after + COUNT_REACH);
        near && !when
    }

    /// "the port remained a tense spot through the winter": `remain` tells a state,
    /// unless `until` after it ends the state ("remained under occupation until their treaty
    /// in 1925") or a figure follows it ("remained at 6.1 percent last quarter").
    pub(super) fn remained(&self, event: usize) -> bool {
        let tokens = self.tokens;
        let remains = |i: usize| {
            tokens[i].is(REMAINING_VERBS)
                && word_before_adverbs(tokens, i).is_none_or(|j| !tokens[j].is(DETERMINERS))
        };
        // "will remain unresolved over the holidays": what remains so is a state too.
        let verb = remains(event) || word_before_adverbs(tokens, event).is_some_and(remains);
        let figure = |t: &Token| {
            matches!(t.lower.as_str(), "$" | "%") || t.is(FIGURE_WORDS) || t.has_digit()
        };
        verb && !tokens[event + 1..]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "until" | "till"))
            && !tokens[event + 1..].iter().take(FIGURE_REACH).any(figure)
    }

    /// "would not reach the northern coast until June 1812": a negation up to a date after it says
    /// it happened then. Put before the clause ("Until Monday, they had not named him a
    /// suspect"), the date ends the stretch the negation fills: the background of what the
    /// text tells elsewhere.
    pub(super) fn until(&self, at: &Range<usize>, event: usize) -> bool {
        let first = at.start;
        first > event + 1 && matches!(self.tokens[first - 1].lower.as_str(), "until" | "till")
    }

    /// "has been adding members at a rate of 900 a week for the last three years": a verb
    /// in the perfect progressive with a stretch after `for` tells an activity that fills the
    /// stretch, no happening any date of the sentence dates ("have been demonstrating today"
    /// tells the day's).
    pub(super) fn lasting(&self, event: usize) -> bool {
        let tokens = self.tokens;
        let perfect = tokens[event].lower.ends_with("ing")
            && word_before_adverbs(tokens, event)
                .filter(|&b| tokens[b].lower == "been")
                .and_then(|b| word_before_adverbs(tokens, b))
                .is_some_and(|h| matches!(tokens[h].lower.as_str(), "has" | "have" | "had"));
        let dated = |i: usize| self.in_timex.get(i).is_some_and(|&d| d);
        perfect
            && (event + 1..tokens.len()).any(|i| {
                tokens[i].lower == "for"
                    && (dated(i + 1)
                        || (tokens.get(i + 1).is_some_and(|t| t.is(ARTICLES)) && dated(i + 2)))
            })
    }
}
