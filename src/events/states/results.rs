//! Dates of results, forecasts and compared figures: a company's results for a period not
//! over ("forecasting 1991 profits"), a forecast after "expected to", the figure or level a
//! change starts from ("fell to 5.2 percent from 5.6 percent in October") and a period
//! named by its distance from another ("a year earlier"). Apart from `states.rs` because
//! they read the sentence's figures, not the clause's verb.

use std::ops::Range;

use chrono::NaiveDate;

use super::super::chunk::Lex;
use super::super::detect::{is_past_form, word_before_adverbs};
use super::super::lookup::Form;
use super::super::words::{
    APPROXIMATORS, ARTICLES, AUXILIARIES, COMPARISON_WORDS, FIGURE_WORDS, INFLUENCE_VERBS,
    KEEPING_VERBS, LEVEL_NOUNS, LIKELIHOOD_WORDS, PERIOD_NOUNS, REMAINING_VERBS, RESULT_WORDS,
    Token, VERB_ADVERBS, is_in,
};
use super::verbs::{denies, is_state};
use super::{FIGURE_REACH, Happenings};
use crate::timeline::date::{Precision, TimelineDate};

/// How many words after a verb are looked at for the results it tells of ("reported sales",
/// "will lead to smaller profits").
const RESULT_REACH: usize = 4;

/// How many words before a verb are looked at for its subject ("Delta Air Lines earnings soared").
const SUBJECT_REACH: usize = 2;

/// How many tokens before an expression "from" and the level it names may stand: "from the
/// low levels of".
const LEVEL_REACH: usize = 5;

impl Happenings<'_> {
    /// "should help support a recovery", "could hurt sales": the event word is a verb of
    /// helping or harming, or a word of its object a few words after it.
    pub(super) fn forecasts_effect(&self, event: usize) -> bool {
        self.tokens[..=event]
            .iter()
            .rev()
            .take(RESULT_REACH + 1)
            .take_while(|t| t.is_word())
            .any(|t| t.is(INFLUENCE_VERBS))
    }

    /// The event word tells of a company's results: it is one ("earnings", "earned") or one
    /// stands close by ("reported sales", "posted net income", "earnings soared").
    pub(super) fn results(&self, event: usize) -> bool {
        let subject = self.tokens[..event].iter().rev().take(SUBJECT_REACH);
        self.tokens[event].has(Form::ResultWord)
            || self.tokens[event + 1..]
                .iter()
                .take(RESULT_REACH)
                .chain(subject)
                .any(|t| t.is(RESULT_WORDS))
    }

    /// The event word tells of a company's results in a sentence of figures: "earned $5.2
    /// million", "reported sales of $417.2 million", "profits climbed 21%".
    pub(in crate::events) fn reports_results(&self, event: usize) -> bool {
        self.figures && self.results(event)
    }

    /// "Last week, the firm said it expected to turn a profit in the half": a
    /// verb after a verb of forecast and `to`, in a sentence that dates the saying or the
    /// forecast, which is the happening. Without such a date the forecast is the news, dated
    /// by what it forecasts ("said it expects to post a profit of $3 million in
    /// the second half").
    pub(super) fn forecast(&self, event: usize) -> bool {
        if !self.told_dated {
            return false;
        }
        let Some(to) = word_before_adverbs(self.tokens, event) else {
            return false;
        };
        self.tokens[to].lower == "to"
            && word_before_adverbs(self.tokens, to)
                .is_some_and(|j| self.tokens[j].has(Form::ForecastVerb))
    }

    /// "gusts are expected to keep the crews busy today", "prices are likely to stay high this
    /// month": a state forecast to go on (a verb of keeping or remaining after a verb of
    /// forecast or a word of likelihood, and `to`) is no happening, whatever its date.
    pub(super) fn forecast_state(&self, event: usize) -> bool {
        let tokens = self.tokens;
        let t = &tokens[event];
        let Some(to) = word_before_adverbs(tokens, event).filter(|&to| tokens[to].lower == "to")
        else {
            return false;
        };
        // "likely" right before `to`: `word_before_adverbs` skips an `-ly` word.
        let likely = to > 0 && tokens[to - 1].is(LIKELIHOOD_WORDS);
        (t.is(KEEPING_VERBS) || t.is(REMAINING_VERBS))
            && (likely
                || word_before_adverbs(tokens, to)
                    .is_some_and(|j| tokens[j].has(Form::ForecastVerb)))
    }

    /// "third-quarter earnings haven't been very good", "sales were not strong in the spring":
    /// a company's results as the subject of a denied state (a negation and `be` before a word
    /// that is no participle) are judged, no happening.
    pub(super) fn judged_results(&self, event: usize) -> bool {
        let tokens = self.tokens;
        if !tokens[event].is(RESULT_WORDS) {
            return false;
        }
        let (mut denied, mut k) = (false, event + 1);
        while let Some(t) = tokens
            .get(k)
            .filter(|t| t.is_word() && (t.is(AUXILIARIES) || t.is(VERB_ADVERBS) || denies(t)))
        {
            denied |= denies(t);
            k += 1;
        }
        denied && k < tokens.len() && tokens[k].is_word() && is_state(tokens, k)
    }

    /// "Brokers were forecasting 1991 profits", "will lead to smaller profits for the fiscal
    /// year": the results of a period that has not ended by the reference date are a forecast,
    /// unless a past verb tells them ("earned $5 million in the first quarter"). A day is no
    /// such period: "reports a loss today" tells the news.
    pub(super) fn forecast_results(
        &self,
        event: usize,
        date: &TimelineDate,
        reference: Option<NaiveDate>,
    ) -> bool {
        let period = !matches!(date.precision, Precision::Day(..));
        let open = reference.is_some_and(|r| date.last_day() >= r);
        period && open && !is_past_form(&self.tokens[event]) && self.results(event)
    }

    /// "fell to 5.2 percent last month from 5.6 percent in October", "rose from fewer
    /// than 40,000 in 1985", "up from 212.4 million marks last year": the expression dates
    /// the figure a change starts from, after "from" and that figure (words of approximation
    /// before it, its unit after it).
    pub(super) fn figure_changes_from(&self, at: &Range<usize>) -> bool {
        let mut first = at.start;
        if first > 0 && matches!(self.tokens[first - 1].lower.as_str(), "in" | "on" | "at") {
            first -= 1;
        }
        let figure = |t: &Token| {
            // "up from nine a month ago": a figure may be spelt out.
            t.has_digit()
                || matches!(t.lower.as_str(), "$" | "%")
                || t.is(FIGURE_WORDS)
                || t.is_lex(Lex::NumberWords)
        };
        let before = &self.tokens[first.saturating_sub(FIGURE_REACH)..first];
        // "down 4.1% from March 2", "sold from May 3 to June 18 for $17.40": in a sentence
        // of figures, the date itself is the base.
        if before.last().is_some_and(|t| t.lower == "from") {
            return self.figures;
        }
        let mut counted = false;
        for (k, t) in before.iter().enumerate().rev() {
            if t.lower == "from" {
                return counted;
            }
            let unit = t.is_word() && k > 0 && figure(&before[k - 1]);
            // "100,000" may be cut at its comma.
            let inside = k > 0 && figure(&before[k - 1]) && before.get(k + 1).is_some_and(figure);
            if figure(t) || inside {
                counted = true;
            } else if !unit && !t.is(APPROXIMATORS) {
                return false;
            }
        }
        false
    }

    /// "had started to slide from its 2008 highs", "rose from the weak levels of the
    /// early autumn": the expression dates the level a change starts from.
    pub(super) fn changes_from_level(&self, at: &Range<usize>) -> bool {
        let Range {
            start: first,
            end: after,
        } = at.clone();
        let before = &self.tokens[first.saturating_sub(LEVEL_REACH)..first];
        let Some(from) = before.iter().rposition(|t| t.lower == "from") else {
            return false;
        };
        let between = &before[from + 1..];
        between.iter().all(Token::is_word)
            && (between.iter().any(|t| t.is(LEVEL_NOUNS))
                || self.tokens.get(after).is_some_and(|t| t.is(LEVEL_NOUNS)))
    }

    /// "a year earlier", "the year before", "the year-ago quarter", "year-earlier", "the 1991
    /// period": the expression names a period by its distance from another one.
    pub(super) fn compares(&self, timex: &Range<usize>, at: &Range<usize>) -> bool {
        let first = at.start;
        let words: Vec<&str> = self.tokens[first..]
            .iter()
            .take_while(|t| t.span.start < timex.end)
            .filter(|t| t.is_word())
            .map(|t| t.lower.as_str())
            .collect();
        let hyphenated = words.iter().any(|w| {
            w.split_once('-')
                .is_some_and(|(a, b)| is_in(PERIOD_NOUNS, a) && is_in(COMPARISON_WORDS, b))
        });
        let spelled = match words[..] {
            [.., article, period, last] => {
                is_in(ARTICLES, article)
                    && is_in(PERIOD_NOUNS, period)
                    && is_in(COMPARISON_WORDS, last)
            }
            _ => false,
        };
        // "In the 1991 period, the insurer lost": a period named only by its year is the
        // comparable period of that year.
        let by_year = match words[..] {
            [article, year, "period"] => {
                is_in(ARTICLES, article)
                    && year.len() == 4
                    && year.bytes().all(|b| b.is_ascii_digit())
            }
            _ => false,
        };
        hyphenated || spelled || by_year
    }
}
