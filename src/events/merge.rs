//! One happening dated twice in one sentence, which the keys of the draft index (the same
//! date with the same title, kind and name, or roles) do not join:
//! - the same event word dated by two expressions, one within the other: "a pre-war March
//!   Peace Conference of 1887" is one conference, of March 1887, and "On March 14, 2009
//!   in the 2009 budget speech" one speech;
//! - a clause that tells, by a finer date, what a coarser date before it summed up: "The truce
//!   fell apart in May 1951, when full war broke out on May 20", "By the end of July the
//!   legion had extended its gains, capturing the city on 26 July 1918", "the landings of 1950
//!   were a success: the army took the island in April 1950".
//!
//! Coordinated clauses ("and", "but", ";") tell several happenings and never join, nor do the
//! items of a list with one another.

use std::ops::Range;

use super::chunk::Lex;
use super::words::{
    self, DETAILING_CONJUNCTIONS, DETERMINERS, HAPPENING_JOINERS, PREPOSITIONS, Token,
};
use super::{Draft, Drafts, SentenceAnalysis, drafts, index};
use crate::timeline::date::TimelineDate;

/// A draft a sentence made, not as an item of a list: what joining compares.
pub(super) struct Made {
    pub draft: usize,
    /// The start of the event word's clause (token index).
    pub clause_start: usize,
    /// The event word (token index).
    pub event: usize,
    /// Where the expression that dates the draft ends (byte offset).
    pub timex_end: usize,
    /// Its event word is a verb (not a noun that sums happenings up: "the landings of 1950").
    pub verb: bool,
}

/// How many words (outside expressions) a phrase that dates one event word twice may hold:
/// "March 3 (March 4 in Asian time zones), 1952".
const PHRASE_WORDS: usize = 4;

/// How many tokens two expressions of one happening may lie apart: beyond, they tell two, and
/// no pair of a long sentence costs more than this to compare.
const GAP_REACH: usize = 40;

/// What the words between two expressions of a sentence tell (see [`gap`]).
struct Gap {
    /// They open a clause that details the first one's happening, with no coordination before.
    opens: bool,
    /// They coordinate two clauses or phrases.
    coordinated: bool,
    /// How many of them are words outside expressions.
    words: usize,
}

/// A new draft of a sentence, with what joining it to an earlier one compares.
pub(super) struct New<'a> {
    pub draft: &'a Draft,
    /// Its event word (token index), and whether that is a verb.
    pub event: usize,
    pub verb: bool,
    /// The byte span of its expression.
    pub timex: &'a Range<usize>,
    /// It is an item of a list, which only details a summary before the list and never
    /// repeats an event word.
    pub item: bool,
}

/// The earlier draft of `sentence` (in `made`) that `new` tells again.
pub(super) fn told_in_sentence(
    made: &[Made],
    drafts: &Drafts,
    sentence: &SentenceAnalysis,
    new: &New,
) -> Option<usize> {
    let (tokens, in_timex) = (&sentence.tokens, &sentence.in_timex);
    let New {
        draft: new,
        event,
        verb,
        timex,
        item,
    } = *new;
    if new.end().is_some() {
        return None;
    }
    // A draft dated more than GAP_REACH tokens back never joins: an integer test keeps a
    // sentence of thousands of dates from comparing their dates pair by pair.
    let first = tokens.partition_point(|t| t.span.start < timex.start);
    let reach = tokens
        .get(first.saturating_sub(GAP_REACH + 1))
        .map_or(0, |t| t.span.start);
    // `made` is in the order of its expressions: those ending in reach are one run of it.
    let from = made.partition_point(|m| m.timex_end < reach);
    made[from..]
        .iter()
        .take_while(|m| m.timex_end <= timex.start)
        .filter(|m| drafts[m.draft].end().is_none())
        .find(|m| {
            let old = &drafts[m.draft].date;
            let finer = old != &new.date && holds(old, &new.date) && m.event <= event;
            let nested = holds(old, &new.date) || holds(&new.date, old);
            // The cheap tests first: the words between are read only for a pair that may join.
            if !(finer || m.event == event && nested) {
                return false;
            }
            // A colon details what a noun summed up, or the one event word both dates point to.
            let summary = !m.verb || m.event == event;
            let between = gap(tokens, in_timex, m.timex_end..timex.start, summary);
            let (opens, coordinated) = (between.opens, between.coordinated);
            // Both exact, a phrase apart, and the second no object of a verb between: "a week
            // or so ago, the general picked Saturday night" dates the picking and the night
            // picked ("took the island in April" dates the taking).
            let exact = !old.approximate && !new.date.approximate;
            let word = &tokens[event].span;
            let after_preposition = first
                .checked_sub(1)
                .is_some_and(|p| tokens[p].is_word() && tokens[p].is(PREPOSITIONS));
            let verb_between =
                verb && m.timex_end <= word.start && word.end <= timex.start && !after_preposition;
            let same_word = !item
                && !verb_between
                && m.event == event
                && nested
                && exact
                && between.words <= PHRASE_WORDS
                && !coordinated;
            let detailed = finer && opens;
            same_word || detailed
        })
        .map(|m| m.draft)
}

/// `a` covers every day of `b`.
pub(super) fn holds(a: &TimelineDate, b: &TimelineDate) -> bool {
    a.first_day() <= b.first_day() && b.last_day() <= a.last_day()
}

/// What the words between two expressions (`gap`, bytes) tell: whether they open a clause
/// that details the first one's happening with no coordination before it, and whether they
/// coordinate anything ("Blair 10 days ago and Clinton last week"). Words after the opening
/// belong to the detail ("when war between the two parties broke out"). A clause details a
/// happening when it opens with a participle after a comma ("..., capturing"), with "when" or
/// "where" right after the date (", where he met Picasso" after a place tells another
/// happening), or after a colon when the first date's event word sums happenings up or is
/// the second's too (`summary`: "the operations of 1950 were a success: they led to", not
/// "captured Kiev in 1941: the Soviets counterattacked").
fn gap(tokens: &[Token], in_timex: &[bool], gap: Range<usize>, summary: bool) -> Gap {
    let from = tokens.partition_point(|t| t.span.start < gap.start);
    let to = tokens.partition_point(|t| t.span.end <= gap.end);
    if to.saturating_sub(from) > GAP_REACH {
        return Gap {
            opens: false,
            coordinated: true,
            words: usize::MAX,
        };
    }
    let between = tokens.get(from..to.max(from)).unwrap_or_default();
    // The words that join two clauses telling two happenings, or a semicolon.
    let coordinates = |t: &Token| t.is(HAPPENING_JOINERS) || t.lower == ";";
    let opening = between.iter().enumerate().position(|(k, t)| {
        let word = t.lower.as_str();
        let participle = k > 0
            && between[k - 1].lower.as_str() == ","
            && t.is_word()
            && word.len() > 5
            && word.ends_with("ing")
            && !t.is(PREPOSITIONS)
            && word != "according";
        let right_after_date = k == 0 || k == 1 && between[0].lower.as_str() == ",";
        word == ":" && summary || t.is(DETAILING_CONJUNCTIONS) && right_after_date || participle
    });
    let words = (from..to.max(from))
        .filter(|&i| tokens[i].is_word() && !in_timex.get(i).is_some_and(|&x| x))
        .count();
    Gap {
        opens: opening.is_some_and(|k| !between[..k].iter().any(coordinates)),
        coordinated: between.iter().any(coordinates),
        words,
    }
}

/// How many drafts back a noun after "after", "before" or "since" looks for the event that
/// told its happening: the article's few sentences before it, bounded for a long one.
const TOLD_BEFORE_REACH: usize = 16;

/// "A blast tore through the market last week. Shops reopened on Monday after last week's
/// blast": a date that opens the noun phrase after a preposition that may open a clause
/// ("after", "before", "since") names the happening the clause is measured from. Where an
/// earlier draft of another sentence, of the same date, tells it (the noun's head word in its
/// title or sentence), the noun is a mention of that draft, no verbless event of its own;
/// alone it is one (a reader wants "The blast" last week).
pub(super) fn told_before(
    text: &str,
    drafts: &Drafts,
    sentence: &SentenceAnalysis,
    new: &New,
) -> Option<usize> {
    let tokens = &sentence.tokens;
    if new.verb || new.item {
        return None;
    }
    let start = words::covered(tokens, new.timex).start;
    let mut before = start.checked_sub(1)?;
    if tokens[before].is(DETERMINERS) {
        before = before.checked_sub(1)?;
    }
    if new.event < start || !tokens[before].is_lex(Lex::ClausePrepositions) {
        return None;
    }
    let head = &tokens[new.event].lower;
    let has_head = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case(head))
    };
    let own = drafts::span(&sentence.range);
    (drafts.len().saturating_sub(TOLD_BEFORE_REACH)..drafts.len())
        .rev()
        .find(|&d| {
            let other = &drafts[d];
            index::same_date(other, new.draft)
                && *other.dated() != own
                && (has_head(other.title())
                    || text.get(drafts::range(other.dated())).is_some_and(has_head))
        })
}

#[cfg(test)]
mod tests {
    use super::super::happening_tests::events;
    use crate::tagger::DocType;

    /// The dates and titles of the events of a history text.
    fn dated(text: &str) -> Vec<(String, String)> {
        events(text, DocType::Narrative)
            .into_iter()
            .map(|e| (e.date.to_string(), e.title))
            .collect()
    }

    #[test]
    fn one_event_word_dated_twice_is_one_happening_at_the_finer_date() {
        let got = dated("On March 14, 2009 in the 2009 budget speech, the king announced taxes.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "2009-03-14");
    }

    #[test]
    fn a_clause_about_a_place_or_after_a_full_event_tells_another_happening() {
        for text in [
            "In 1920 Hemingway moved to Paris, where he met Picasso on 3 May 1920.",
            "The army captured Kiev in 1941: the Soviets counterattacked the city in December 1941.",
        ] {
            let got = dated(text);
            assert_eq!(got.len(), 2, "{text}: {got:?}");
        }
    }

    #[test]
    fn a_detailing_clause_tells_the_same_happening_more_precisely() {
        for (text, date) in [
            (
                "The truce fell apart in May 1951, when full war broke out on May 20.",
                "1951-05-20",
            ),
            (
                "By the end of July the legion had extended its gains, capturing the city on \
                 26 July 1918.",
                "1918-07-26",
            ),
            (
                "The landings of 1950 were a success: the army took the island in April 1950.",
                "1950-04",
            ),
        ] {
            let got = dated(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].0, date, "{text}");
        }
    }

    #[test]
    fn a_verb_between_two_dates_may_take_the_second_as_its_object() {
        let text = "Yet a week or so ago, the colonel quietly chose Saturday night as the \
                    hour to begin the march.";
        let got: Vec<String> = events(text, DocType::News)
            .into_iter()
            .map(|e| e.date.to_string())
            .collect();
        assert_eq!(got, ["2013-W06", "2013-02-09"]);
    }

    #[test]
    fn coordinated_or_relative_clauses_tell_several_happenings() {
        for text in [
            "The envoy met the king in March 1950 and the president on 12 March 1950.",
            "The army took the town in 1950 and stormed the fort on 3 May 1950.",
            "The rebels lost the port in 1950, which the navy shelled on 3 May 1950.",
        ] {
            let got = dated(text);
            assert_eq!(got.len(), 2, "{text}: {got:?}");
        }
    }
}
