//! Dated mentions that tell no happening, read from the grammar of the clause the date
//! modifies. A timeline shows happenings; the same date may modify
//! - a state: a form of `be` and a word that is no participle ("are worth half in October",
//!   "was larger in 1919"): "was killed", "is laying off" still tell happenings;
//! - a negated verb: "had not named Vance a suspect", "a consultant not working for anyone"
//!   (but "would not reach the Cape until May 1905" tells when it did; "Until Thursday,
//!   they had not named Vance a suspect" only the stretch before);
//! - a question: "How many stores will be open in 1996?" she asked; an indirect one ("asked
//!   her if she recalled the noise that night");
//! - a doubt: "I am not sure we will reach the ridge tonight";
//! - a noun's description in the subject of a present state: "Today the freedom to speak is
//!   equal to ...", "the catch held by Jones yesterday is typical of ..."; what a present
//!   state is of ("is typical of the side's fielding this winter");
//! - a possession: "had an average of 3.2 million users", "holds a 6.5% stake" (but "had a
//!   loss", "held talks" tell one);
//! - a seeming: "it appeared there were no injuries" (but "appeared in court" tells one);
//! - a hedged prediction: a verb after a modal of possibility ("could be located by Friday",
//!   "should increase in 1990"), unless its date is still ahead ("could come as early as
//!   Tuesday" is an uncertain plan) and the verb is no forecast of an effect ("should help
//!   support a recovery in 2003"), or after a negated one ("wouldn't be profitable until
//!   1994");
//! - a comparison of figures: "a year earlier", "the year-ago quarter" in a sentence of
//!   amounts ("net profit stood at $4.6 million a year earlier") repeat an old figure to measure a
//!   new one;
//! - a verb of state or measure ("averaging 317 a week for the first half", "lived there
//!   last year", "wore T-shirts") or a linking verb before `to be` ("it's turning out to be a
//!   bad week");
//! - an activity that fills a stretch: "has been adding members ... for the last three years";
//! - a forecast: a verb after "expected to" whose date is over ("expected to turn a profit for
//!   the half"), or a company's results for a period not over by the reference date
//!   ("forecasting 1991 profits", "will lead to smaller profits for the fiscal year");
//! - a plan in the past perfect, overtaken ("had been scheduled to expire Friday");
//! - a day described ("Today is a sad day ..."), an age in news ("the disasters of this
//!   century");
//! - the date of the figure a change starts from: "fell to 5.2 percent last month from
//!   5.6 percent in October";
//! - a supposition ("kidnapped and presumed killed two years ago");
//! - an indefinite period ("moved to a calendar year from a fiscal one") names no time;
//! - a date of a thing: a possessive date before a word that is no happening ("December's
//!   figures", "today's editions"), while "last month's discovery" dates one; the period
//!   published figures measure ("the job figures for January"); the making of a thing ("an
//!   advertisement made last week");
//! - a measure's move within a quarter, other than a company's results ("Freight volume
//!   climbed 9% in the quarter");
//! - a stretch of time: the object of "spend" ("spent most of 1922 moving their guns"),
//!   or what a state fills ("remained a force throughout the summer", "into 1923",
//!   "continued for the next year"), or an activity ("numbers dropping through the
//!   nineties");
//! - a disposition or a purpose ("I am ready to depart tomorrow", "I'm here to tell you");
//! - a change under way ("was beginning to find its footing");
//! - a denied noun: "there was no attack on 9 June" (but "no open conflict until 396 BC"
//!   tells when one began);
//! - a series or a sum since a date: "charged in three countries since 1994", "lost 3% since
//!   Monday" (but "has been ruled by London since 1972" may date the start of a state);
//! - a heading: a short line with no full stop ("Campaign of 1904") names what its section
//!   tells;
//! - terms in force: "the deal requires the buyer to open a tender in March 1995";
//! - an introduction of text after a colon: "Following are statements made Friday by ...:",
//!   "The Herald said in a column on Sunday:" date the text given, no happening;
//! - a saying of a state: "Police said last month that four men were under arrest";
//! - what a subject is to undergo: "is going to start getting hit hard in the autumn";
//! - what a speaker says may have happened: "X may have prevented Y, an official said
//!   Saturday" dates the saying of a possibility;
//! - a quotation that gives a view, and its saying (see [`quoted`]): "``We love it here,'' he
//!   said on Friday";
//! - a thing a state measures: "made up a third of the cars Volvo sold in the quarter";
//! - a period's end: "the quarter ended Sept. 30" dates the quarter, which is the calendar
//!   quarter of that day, whatever the company calls it ("its fiscal fourth quarter");
//! - advice in what a speaker says: "says the board should review the rules by May";
//! - a condition, and what comes of it: "says if the wind rises the parade on Friday will be
//!   called off";
//! - a guess of a period's figure: "had predicted earnings of $5 a share for this year";
//! - the date a figure holds at: "the newest counts as of Sunday";
//! - a state or a trend that exists since a time (see [`existence`]): "since 1975 there
//!   has been a drift toward ...";
//! - a habit (see [`habit`]): "has often claimed the border in the past".

mod clause;
mod compared;
mod existence;
mod figures;
mod habit;
mod period;
mod quoted;
mod results;
mod stretch;
mod verbs;

use std::cell::OnceCell;
use std::ops::Range;

use chrono::NaiveDate;

use super::detect::{is_event_noun, is_function_word, is_past_form, word_before_adverbs};
use super::lookup::Form;
use super::words::{
    ASPECT_PROGRESSIVES, AUXILIARIES, BEGIN_VERBS, COPULAS, END_VERBS, ESTIMATE_VERBS,
    FIGURE_WORDS, HEDGED_MODALS, MEASURE_NOUNS, NEGATIVE_DETERMINERS, PERIOD_NOUNS, PLAN_BEFORE_TO,
    PLAN_WORDS, PREPOSITIONS, PRESENT_COPULAS, REPORT_VERBS, SAYING_VERBS, SERIES_WORDS,
    SUPPOSITION_WORDS, Token, TokenKind, VERB_ADVERBS,
};
use crate::timeline::date::{Precision, TimelineDate};
pub(super) use clause::hedged;
use clause::{
    Hedge, describes_subject_of_state, doubted, existential_possibility, hedge, hedged_object,
    in_question, in_terms, introduction, measured, of_a_present_state, possible_phrase,
    says_a_state, subject_of_having, undergone_ahead,
};
use compared::{
    compared_with, from_amount, from_period, in_aside, names_level, record_since, to_amount,
};
use figures::{figures_period, made_thing, moves_in_quarter};
pub(super) use habit::{habitual, repeated};
pub(super) use period::{ends_period, period_date};
use verbs::in_time_clause;
pub(super) use verbs::{
    advised, conditional, is_state, is_state_verb, keeps_a_stance, needs_a_thing, negated,
    possession, seems,
};

/// How many words a heading may have: "Campaign of 1904", "Harsh winter and final battles".
const HEADING_WORDS: usize = 8;

/// How many words may stand between a denying determiner and its noun ("no major land
/// engagements").
const DENIED_REACH: usize = 3;

/// How many words after a possessive date its noun may stand ("December's revised payroll
/// figures").
const OWNED_REACH: usize = 3;

/// How many words before "from" a figure may take ("from $388.5 million", "from fewer than
/// 100,000").
const FIGURE_REACH: usize = 6;

/// How many tokens may stand between a date after "as of" and the event word it dates.
const AS_OF_REACH: usize = 24;

/// How many words a speaker after what it says may have: "..., an official said Saturday".
const SPEAKER_WORDS: usize = 6;

/// What of a sentence tells whether its dated mentions are happenings, read once.
pub(super) struct Happenings<'t> {
    tokens: &'t [Token],
    /// The tokens inside an expression.
    in_timex: &'t [bool],
    /// The sentence states amounts: "$", "%", "percent", "million".
    figures: bool,
    /// The sentence names an amount a change goes to: "grew to about 9,000".
    goes_to: bool,
    /// The tokens that count or repeat outside the sentence's expressions, ascending: a
    /// figure, a number, "several", "annually".
    counts: Vec<usize>,
    /// The tokens that end a clause of the sentence ("." "?" "!"), in order: found once, as
    /// a sentence may hold thousands of dates (a chronology without full stops).
    marks: Vec<usize>,
    /// The sentence is a heading: a short line that ends with no punctuation.
    heading: bool,
    /// An expression dates a saying or a forecast of the sentence ("Earlier this week, the
    /// firm said it foresaw ..."): that is the happening.
    told_dated: bool,
    /// How many event nouns come before each token (see `denied`), counted when first asked.
    event_nouns: OnceCell<Vec<usize>>,
    /// The token after which the sentence gives the text its start introduces ("Following are
    /// statements made Friday by ...:"), if it does.
    introduces: Option<usize>,
    /// The sentence's quotations.
    quotations: quoted::Quotations,
    /// The first verb of saying, if any: what follows it may be what is said.
    saying: Option<usize>,
}

impl<'t> Happenings<'t> {
    /// `linked`: the event words the sentence's expressions date; `in_timex`: the tokens
    /// inside an expression.
    pub(super) fn new(
        tokens: &'t [Token],
        in_timex: &'t [bool],
        linked: impl IntoIterator<Item = usize>,
    ) -> Self {
        // One walk over the tokens for all that is asked of each: a sentence may be long.
        let (mut figures, mut counts, mut marks, mut words) = (false, Vec::new(), Vec::new(), 0);
        let mut goes_to = false;
        // The first colon, where an introduction would end.
        let mut colon = None;
        let mut saying = None;
        for (i, t) in tokens.iter().enumerate() {
            // Signs and marks are never words, digits only in words: each token's text is
            // read only for what its kind may hold.
            let word = t.is_word();
            let figure = (!word && matches!(t.lower.as_str(), "$" | "%")) || t.is(FIGURE_WORDS);
            figures |= figure;
            let dated = in_timex.get(i).is_some_and(|&dated| dated);
            if !dated && (figure || t.is(SERIES_WORDS) || (word && t.has_digit())) {
                counts.push(i);
            }
            if !word {
                match t.lower.as_str() {
                    "." | "?" | "!" => marks.push(i),
                    ":" if colon.is_none() => colon = Some(i),
                    _ => {}
                }
            }
            words += usize::from(word);
            goes_to |= word && to_amount(tokens, i);
            if saying.is_none() && t.is(SAYING_VERBS) {
                saying = Some(i);
            }
        }
        let told_dated = linked.into_iter().any(|e| {
            let t = &tokens[e];
            t.is(SAYING_VERBS) || t.has(Form::ForecastVerb)
        });
        let heading = tokens.last().is_some_and(Token::is_word) && words <= HEADING_WORDS;
        let introduces = colon.and_then(|colon| introduction(tokens, in_timex, colon));
        Self {
            tokens,
            in_timex,
            figures,
            goes_to,
            counts,
            marks,
            heading,
            told_dated,
            event_nouns: OnceCell::new(),
            introduces,
            quotations: quoted::Quotations::new(tokens),
            saying,
        }
    }

    /// The expression at byte span `timex` (tokens `at`, found once for all the tests), which dates
    /// the event word `tokens[event]` to `date`, dates no happening: the event word is a state or a
    /// hedged prediction, or the expression compares figures. A possibility ahead of the reference
    /// date is a plan the text is unsure of ("could come as early as Tuesday"); a negated one never
    /// happens.
    pub(super) fn none(
        &self,
        timex: &Range<usize>,
        at: &Range<usize>,
        event: usize,
        date: &TimelineDate,
        reference: Option<NaiveDate>,
    ) -> bool {
        let ahead = reference.is_some_and(|r| date.first_day() > r);
        let hedged = match hedge(self.tokens, event).or_else(|| hedged_object(self.tokens, event)) {
            Some(Hedge::Negated) => true,
            // "should help support a recovery in 2003" forecasts an effect, ahead or not.
            Some(Hedge::Possible) => !ahead || self.forecasts_effect(event),
            None => (self.forecast(event) || possible_phrase(self.tokens, event)) && !ahead,
        };
        hedged
            || self.heading
            || self
                .introduces
                .is_some_and(|colon| self.tokens[colon].span.start >= timex.end)
            || in_terms(self.tokens, event)
            || in_question(self.tokens, event)
            || doubted(self.tokens, event)
            || existential_possibility(self.tokens, event)
            || describes_subject_of_state(self.tokens, self.in_timex, event)
            || of_a_present_state(self.tokens, event)
            || subject_of_having(self.tokens, event)
            || self.says_possible(event)
            || self.quotations.view(self.tokens, self.in_timex, event)
            || quoted::says_possibility(self.tokens, self.in_timex, event)
            || says_a_state(self.tokens, self.in_timex, event)
            || undergone_ahead(self.tokens, event)
            || measured(self.tokens, event)
            || self.stretch(at)
            || self.through_period(at, event, date)
            || self.asked(at)
            || self.supposed(event)
            || self.indefinite(timex, at)
            || self.of_a_thing(at, event)
            || figures_period(self.tokens, at)
            || made_thing(self.tokens, self.in_timex, event)
            || (moves_in_quarter(self.tokens, event, date) && !self.results(event))
            || self.under_way(event)
            || self.disposed(event)
            || self.superseded(event)
            || self.day_described(timex, at)
            || self.of_an_age(at, date, reference)
            || is_state(self.tokens, event)
            || is_state_verb(self.tokens, event)
            || habitual(self.tokens, event)
            || ((possession(self.tokens, event) || seems(self.tokens, self.in_timex, event))
                && !in_time_clause(self.tokens, event)
                && !self.bounds_state(at))
            || ((negated(self.tokens, event) || self.denied(at, event)) && !self.until(at, event))
            || self.lasting(event)
            || self.since_series(at)
            || self.exists_since(at, event)
            || self.remained(event)
            || (self.figures && self.compares(timex, at))
            || self.figure_changes_from(at)
            || self.changes_from_level(at)
            || self.forecast_results(event, date, reference)
            || self.forecast_state(event)
            || self.judged_results(event)
            || self.period_begins(at, event)
            || self.describes_noun(at, event)
            || (advised(self.tokens, event) && self.saying.is_some_and(|s| s < event))
            || conditional(self.tokens, event)
            || self.estimated(at, event)
            || self.as_of(at, event)
    }

    /// "had forecast profits above $5 a share for this year", "estimated sales at
    /// 2 million units for 1990": a verb of forecast or estimate with a figure between it and
    /// the date guesses the period's figure, no happening ("forecast on Monday a loss of $3
    /// million" dates the forecast).
    fn estimated(&self, at: &Range<usize>, event: usize) -> bool {
        let t = &self.tokens[event];
        if !(t.has(Form::ForecastVerb) || t.is(ESTIMATE_VERBS)) {
            return false;
        }
        let next = self.counts.partition_point(|&i| i <= event);
        self.counts.get(next).is_some_and(|&i| i < at.start)
    }

    /// "the newest counts as of Sunday", "who as of May held the port": the date a figure
    /// or a state holds at, no happening. Parted from the event word by a comma ("As of
    /// Friday, the border moved east", "added $2 million to reserves, raising them to $9
    /// million as of June 30"), it dates what holds from then on, or another clause.
    fn as_of(&self, at: &Range<usize>, event: usize) -> bool {
        let first = at.start;
        let as_of = first >= 2
            && self.tokens[first - 1].lower == "of"
            && self.tokens[first - 2].lower == "as";
        let between = if event < first {
            event..first
        } else {
            at.end.min(event)..event
        };
        as_of
            && between.len() <= AS_OF_REACH
            && !self.tokens[between].iter().any(|t| t.lower == ",")
    }

    /// The expression dates a noun of the sentence, not its event word: a figure compared
    /// with, the amount or period a change starts from, a level, a record's last time, an
    /// apposition (see [`compared`]).
    fn describes_noun(&self, at: &Range<usize>, event: usize) -> bool {
        let last = &self.tokens[at.end.saturating_sub(1).max(at.start)];
        compared_with(self.tokens, self.in_timex, at)
            || from_amount(self.tokens, self.in_timex, at, self.goes_to)
            || from_period(self.tokens, at, last)
            || names_level(self.tokens, at)
            || record_since(self.tokens, at)
            || in_aside(self.tokens, at, event)
    }

    /// "X may have prevented Y, an official said Saturday": a saying after a comma that ends
    /// the sentence, with a few words of speaker, after a clause hedged by a modal of
    /// possibility, tells a possibility, no happening.
    fn says_possible(&self, event: usize) -> bool {
        let tokens = self.tokens;
        if !(tokens[event].is(SAYING_VERBS) || tokens[event].is(REPORT_VERBS)) {
            return false;
        }
        let dated = |i: usize| self.in_timex.get(i).is_some_and(|&d| d);
        let speaker = tokens[..event]
            .iter()
            .rev()
            .take_while(|t| t.is_word() || t.kind == TokenKind::Possessive)
            .count();
        let comma = event - speaker;
        comma > 0
            && tokens[comma - 1].lower == ","
            && speaker <= SPEAKER_WORDS
            && (event + 1..tokens.len()).all(|i| !tokens[i].is_word() || dated(i))
            && (0..comma).any(|j| self.hedge_at(j))
    }

    /// `tokens[j]` is a modal of possibility before a verb ("may have prevented"), not the
    /// month ("May").
    fn hedge_at(&self, j: usize) -> bool {
        let t = &self.tokens[j];
        t.is(HEDGED_MODALS) && !t.capitalized && self.tokens.get(j + 1).is_some_and(Token::is_word)
    }

    /// "had been scheduled to expire Friday", "had planned to leave Monday": a plan in the
    /// past perfect was overtaken by what the text tells next.
    fn superseded(&self, event: usize) -> bool {
        let tokens = self.tokens;
        let Some(to) = word_before_adverbs(tokens, event).filter(|&j| tokens[j].lower == "to")
        else {
            return false;
        };
        let Some(plan) = word_before_adverbs(tokens, to)
            .filter(|&j| tokens[j].is(PLAN_BEFORE_TO) || tokens[j].is(PLAN_WORDS))
        else {
            return false;
        };
        let mut j = plan;
        if let Some(been) = word_before_adverbs(tokens, j).filter(|&b| tokens[b].lower == "been") {
            j = been;
        }
        word_before_adverbs(tokens, j).is_some_and(|h| tokens[h].lower == "had")
    }

    /// "Today is a sad day", "Monday was a holiday": an expression that is the subject of
    /// `be` describes its day, and dates nothing else of the sentence.
    fn day_described(&self, timex: &Range<usize>, at: &Range<usize>) -> bool {
        let after = at.end;
        let opens = self.tokens[..after]
            .iter()
            .rev()
            .skip_while(|t| t.span.start >= timex.start)
            .all(|t| !t.is_word());
        opens
            && self
                .tokens
                .get(after)
                .is_some_and(|t| matches!(t.lower.as_str(), "is" | "was"))
    }

    /// "with the spring term having started well", "the new year began badly": an
    /// expression that is the subject of a verb of beginning or ending (auxiliaries between)
    /// tells how its own period went, no happening.
    fn period_begins(&self, at: &Range<usize>, event: usize) -> bool {
        let tokens = self.tokens;
        let t = &tokens[event];
        // "On Monday began the festival": after a preposition it is no subject, but for the
        // "with" of an absolute phrase ("with the quarter having begun").
        let subject = at.start == 0
            || !tokens[at.start - 1].is(PREPOSITIONS)
            || tokens[at.start - 1].lower == "with";
        (t.is(BEGIN_VERBS) || t.is(END_VERBS))
            && subject
            && event >= at.end
            && tokens[at.end..event]
                .iter()
                .all(|t| t.is_word() && (t.is(AUXILIARIES) || t.is(VERB_ADVERBS)))
    }

    /// "the disasters of this century": in news, a century or a decade after "of" names the
    /// age of the noun before it, no date of a happening.
    fn of_an_age(
        &self,
        at: &Range<usize>,
        date: &TimelineDate,
        reference: Option<NaiveDate>,
    ) -> bool {
        let first = at.start;
        let coarse = matches!(date.precision, Precision::Century(_) | Precision::Decade);
        reference.is_some() && coarse && first > 0 && self.tokens[first - 1].lower == "of"
    }

    /// "How many stores will be open in 1996?" she asked: a question tells no happening.
    fn asked(&self, at: &Range<usize>) -> bool {
        let after = at.end;
        let next = self.marks.partition_point(|&i| i < after);
        self.marks
            .get(next)
            .is_some_and(|&i| self.tokens[i].lower == "?")
    }

    /// "was beginning to find its footing", "were starting to run short": a change under
    /// way, told by the progressive of a verb of aspect, or the verb after it and `to`.
    fn under_way(&self, event: usize) -> bool {
        let tokens = self.tokens;
        let progressive = |i: usize| {
            tokens[i].is(ASPECT_PROGRESSIVES)
                && word_before_adverbs(tokens, i).is_some_and(|j| tokens[j].is(COPULAS))
        };
        let after_to = word_before_adverbs(tokens, event)
            .filter(|&to| tokens[to].lower == "to")
            .and_then(|to| word_before_adverbs(tokens, to));
        progressive(event) || after_to.is_some_and(progressive)
    }

    /// "I am ready to depart tomorrow", "I'm here to tell you": a verb after `to` and a word
    /// that no participle or plan is, after a present form of `be`, states a disposition or
    /// a purpose ("is set to visit", "are supposed to conclude" keep their plan).
    fn disposed(&self, event: usize) -> bool {
        let tokens = self.tokens;
        let Some(to) = word_before_adverbs(tokens, event).filter(|&j| tokens[j].lower == "to")
        else {
            return false;
        };
        let Some(word) = word_before_adverbs(tokens, to) else {
            return false;
        };
        let w = &tokens[word];
        let plan =
            is_past_form(w) || w.is(PLAN_BEFORE_TO) || w.is(PLAN_WORDS) || w.lower == "about";
        let present = |t: &Token| {
            t.is(PRESENT_COPULAS)
                || ["'m", "'re", "\u{2019}m", "\u{2019}re"]
                    .iter()
                    .any(|end| t.lower.ends_with(end))
        };
        !plan && word_before_adverbs(tokens, word).is_some_and(|j| present(&tokens[j]))
    }

    /// "kidnapped and presumed killed", "feared drowned": a participle after a participle of
    /// supposition is supposed, not told.
    fn supposed(&self, event: usize) -> bool {
        is_past_form(&self.tokens[event])
            && word_before_adverbs(self.tokens, event)
                .is_some_and(|j| self.tokens[j].is(SUPPOSITION_WORDS))
    }

    /// "a calendar year", "a fiscal year": a period after "a" or "an" is any such period, no
    /// time ("a year ago" ends with another word and names one).
    fn indefinite(&self, timex: &Range<usize>, at: &Range<usize>) -> bool {
        let first = at.start;
        let words = self.tokens[first.saturating_sub(1)..]
            .iter()
            .take_while(|t| t.span.start < timex.end)
            .filter(|t| t.is_word());
        let (mut opens, mut last) = (false, None);
        for (k, t) in words.enumerate() {
            opens |= k < 2 && matches!(t.lower.as_str(), "a" | "an");
            last = Some(t);
        }
        opens && last.is_some_and(|t| t.is(PERIOD_NOUNS))
    }

    /// "December's figures", "today's editions": a possessive date whose noun (the first word
    /// after it that no adjective or number can be) is no happening dates a thing. A name may
    /// be one ("last year's Olympics"), and so may the event word itself, unless the phrase
    /// ends in a measure ("Thursday's closing price").
    fn of_a_thing(&self, at: &Range<usize>, event: usize) -> bool {
        let tokens = self.tokens;
        let after = at.end;
        if tokens
            .get(after)
            .is_none_or(|t| t.kind != TokenKind::Possessive)
        {
            return false;
        }
        let phrase = tokens[after + 1..]
            .iter()
            .take(OWNED_REACH)
            .take_while(|t| t.is_word() && !t.is(PREPOSITIONS));
        let mut happening = false;
        let mut head = None;
        for (k, t) in phrase.enumerate() {
            happening |= after + 1 + k == event
                || t.capitalized
                || is_event_noun(t)
                || t.lower.ends_with("ing");
            head = Some(t);
        }
        // "Friday's closing price": a measure at the head, whatever describes it.
        head.is_some_and(|t| t.is(MEASURE_NOUNS)) || !happening
    }

    /// "there was no attack", "no large ground engagements", "reached no agreement", "no gains or
    /// losses": a denying determiner opens the event word's phrase, only words that are no function
    /// words (or an "or") between. A happening named between the word and its date is what the date
    /// dates: "no large ground engagements since the Battle of Corran the previous year".
    fn denied(&self, at: &Range<usize>, event: usize) -> bool {
        let opened = self.tokens[..event]
            .iter()
            .rev()
            .take(DENIED_REACH + 1)
            .take_while(|t| {
                let joins = matches!(t.lower.as_str(), "or" | "nor");
                t.is_word() && (t.is(NEGATIVE_DETERMINERS) || joins || !is_function_word(t))
            })
            .any(|t| t.is(NEGATIVE_DETERMINERS));
        if !opened {
            return false;
        }
        let first = at.start;
        // Counted once for the sentence: thousands of its dates may date one event word.
        let nouns = self.event_nouns.get_or_init(|| {
            let mut count = 0;
            let mut before = Vec::with_capacity(self.tokens.len() + 1);
            before.push(count);
            for t in self.tokens {
                count += usize::from(t.is_word() && is_event_noun(t));
                before.push(count);
            }
            before
        });
        let named_between = first > event + 1 && nouns[first] > nouns[event + 1];
        !named_between
    }
}
