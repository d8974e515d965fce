//! How an expression ends or opens the happening it dates: a range ("from 1939 to 1945"), an
//! open end ("since 2019") or a closed one ("until March").

use chrono::{Datelike, NaiveDate};

use super::dating;
use super::words::{BEGIN_VERBS, END_VERBS, List, Lower, MOMENT_CONJUNCTIONS, is_in, lowercase};
use crate::recognize;
use crate::timeline::EventEnd;
use crate::timeline::date::{Precision, TimelineDate};
use crate::timex::{Timex, TimexType};

/// How an expression ends or opens the happening it dates.
#[derive(Debug, Clone, Copy)]
pub(super) enum End {
    /// It starts a range, from `start` (its own date, or a year before it) to `end`: "from 1939
    /// to 1945", "12 March - 3 April".
    Range {
        start: TimelineDate,
        end: TimelineDate,
    },
    /// "since 2019" in the news: still going on at the reference date.
    Ongoing,
    /// A range dated by its end expression, from the date held: "until March" in the news,
    /// after the reference date, runs from the reference date (an approximate start); "from
    /// 1968, when the army seized power, until 1989" from 1968, whose expression dates the
    /// "when" clause.
    From(TimelineDate),
}

/// The key merging compares an end by.
pub(super) type EndKey = Option<Option<TimelineDate>>;

pub(super) fn end_key(end: Option<EventEnd>) -> EndKey {
    end.map(|end| match end {
        EventEnd::Date(date) => Some(date),
        EventEnd::Ongoing => None,
    })
}

/// For each expression, how it ends the happening it dates, if it does: it starts a range
/// (the next expression is joined to it by a connector, "1939 to 1945"), or in the news
/// "since" opens it up to the reference date and "until" closes one running from it. A range
/// runs forward: when its end comes first in one year ("from October to March 1945"), its
/// start is the year before. Expected in text order.
pub(super) fn ends(text: &str, timexes: &[Timex], reference: Option<NaiveDate>) -> Ends {
    // Each expression's date, read once: the pairs and the open ends all ask it.
    let dates: Vec<Option<TimelineDate>> = timexes.iter().map(dating::timeline_date).collect();
    let mut ranges = Vec::new();
    for (k, pair) in timexes.windows(2).enumerate() {
        let (start, end) = (&pair[0], &pair[1]);
        let (Some(from), Some(to)) = (dates[k], dates[k + 1]) else {
            continue;
        };
        // The end of a range around a "when" aside starts none of its own.
        if ranges.last().is_some_and(|&(at, _)| at == k) {
            continue;
        }
        let aside = recognize::joins_past_aside(text, &start.span(), &end.span());
        let joined = aside.is_some()
            || recognize::joins(text, &start.span(), &end.span())
            || (adjacent(&from, &to) && gap_is(text, start, end, "and"))
            || (reference.is_none()
                && closes_until(text, start, end)
                && to.first_day() > from.last_day())
            || (begins_and_ends(text, start, end) && to.first_day() > from.last_day());
        if !joined {
            continue;
        }
        let from = if to.first_day() > from.last_day() {
            from
        } else if to.last_day() < from.first_day()
            // Clock times run forward within their days; a backward pair is misread days.
            && start.kind == TimexType::Date
            && end.kind == TimexType::Date
        {
            match year_before(from, to) {
                Some(earlier) => earlier,
                None => continue,
            }
        } else {
            // "from 9am to 5pm": one day, or one period inside the other, is no range.
            continue;
        };
        // "ruled from 1968, when the army seized power, until 1989": the start dates the
        // "when" clause (see `link`), the end the clause around the aside, the range's.
        let when = aside.and_then(|aside| aside.split_whitespace().next());
        if when.is_some_and(opens_moment_clause) {
            ranges.push((k + 1, End::From(from)));
            continue;
        }
        ranges.push((
            k,
            End::Range {
                start: from,
                end: to,
            },
        ));
    }
    let Some(reference) = reference else {
        return Ends(ranges);
    };
    let at = |k: usize| {
        ranges
            .binary_search_by_key(&k, |&(at, _)| at)
            .ok()
            .map(|i| ranges[i].1)
    };
    let starts_range = |k: usize| matches!(at(k), Some(End::Range { .. }));
    let mut open = Vec::new();
    for (k, timex) in timexes.iter().enumerate() {
        if at(k).is_some() || k > 0 && starts_range(k - 1) {
            continue;
        }
        let Some(date) = dates[k] else {
            continue;
        };
        let before = text[..timex.span().start].split_whitespace().next_back();
        let end = match before.map(super::words::lowercase).as_deref() {
            Some("since") if date.first_day() <= reference => Some(End::Ongoing),
            Some("until" | "till") if date.first_day() > reference => {
                let start = TimelineDate {
                    year: reference.year(),
                    precision: Precision::Day(
                        u8::try_from(reference.month()).unwrap_or(1),
                        u8::try_from(reference.day()).unwrap_or(1),
                    ),
                    approximate: true,
                };
                Some(End::From(start))
            }
            _ => None,
        };
        // "has run the farm since May, when her father retired": the date is the moment of the
        // "when" clause, which it dates (see `link`), not the start of an open range. (Asked
        // last: few expressions open or close a range.)
        let Some(end) = end else {
            continue;
        };
        let after = text.get(timex.span().end..).unwrap_or_default();
        let when = after
            .trim_start()
            .trim_start_matches(',')
            .split_whitespace()
            .next();
        if !when.is_some_and(opens_moment_clause) {
            open.push((k, end));
        }
    }
    // Both in text order, and no expression in both.
    ranges.extend(open);
    ranges.sort_unstable_by_key(|&(k, _)| k);
    Ends(ranges)
}

/// `word` opens a clause that tells what happened at the date before it ("when"), which the
/// date dates (see `link::moment_clause_after`): the date ends no range.
fn opens_moment_clause(word: &str) -> bool {
    is_in(MOMENT_CONJUNCTIONS, &lowercase(word))
}

/// How each expression that ends or opens its happening does, by its index: only the few
/// that do are held, not a place for each of a huge text's expressions.
pub(super) struct Ends(Vec<(usize, End)>);

impl Ends {
    /// How expression `k` ends or opens its happening, if it does.
    pub(super) fn get(&self, k: usize) -> Option<End> {
        let at = self.0.binary_search_by_key(&k, |&(at, _)| at).ok()?;
        Some(self.0[at].1)
    }

    /// Expression `k` starts a range.
    pub(super) fn starts_range(&self, k: usize) -> bool {
        matches!(self.get(k), Some(End::Range { .. }))
    }
}

/// "in October and November 1919", "of late 1961 and early 1962": two periods of one size, the
/// second right after the first, read as one span; "in 1994 and 1998" are two dates.
fn adjacent(from: &TimelineDate, to: &TimelineDate) -> bool {
    std::mem::discriminant(&from.precision) == std::mem::discriminant(&to.precision)
        && from.last_day().succ_opt() == Some(to.first_day())
}

/// Only `word` stands between the expressions `a` and `b` of `text`.
fn gap_is(text: &str, a: &Timex, b: &Timex, word: &str) -> bool {
    text.get(a.span().end..b.span().start)
        .is_some_and(|gap| gap.trim().eq_ignore_ascii_case(word))
}

/// Words a history's "until" may stand after, counted from the first expression: "was
/// formed on 2 March and lasted until 19 June".
const UNTIL_REACH: usize = 4;

/// "formed on 2 March and lasted until 19 June": in one clause, "until" (or "till")
/// before `b` closes what `a` opened.
fn closes_until(text: &str, a: &Timex, b: &Timex) -> bool {
    let Some(gap) = text.get(a.span().end..b.span().start) else {
        return false;
    };
    // Only the first words matter: the gap may be the rest of the article.
    let words: Vec<&str> = gap.split_whitespace().take(UNTIL_REACH + 1).collect();
    words.len() <= UNTIL_REACH
        && words
            .last()
            .is_some_and(|w| w.eq_ignore_ascii_case("until") || w.eq_ignore_ascii_case("till"))
        && !gap.contains([',', '.', ';', '(', ')'])
}

/// The lower-case words right before byte `at` of `text`, the nearest first, with the
/// punctuation around them trimmed ("forces," gives "forces"). At most `n`.
fn words_before(text: &str, at: usize, n: usize) -> Vec<Lower> {
    text.get(..at)
        .unwrap_or_default()
        .split_whitespace()
        .rev()
        .take(n)
        .map(|w| super::words::lowercase(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect()
}

/// "began on 23 August 1958 with air and naval clashes ..., and ended in November": in one
/// sentence, `a` follows a verb of beginning (and a preposition), `b` follows "and", a verb
/// of ending and a preposition: the two ends of one happening, whose subject both verbs share.
fn begins_and_ends(text: &str, a: &Timex, b: &Timex) -> bool {
    // Bytes, not characters: an ASCII mark's byte is never part of another character's.
    let one_sentence = text
        .get(a.span().end..b.span().start)
        .is_some_and(|gap| !gap.bytes().any(|b| matches!(b, b'.' | b';' | b'?' | b'!')));
    let after_verb = |words: &[Lower], list: List| match words {
        [prep, verb, ..] if matches!(prep.as_str(), "on" | "in" | "at") => is_in(list, verb),
        [verb, ..] => is_in(list, verb),
        [] => false,
    };
    // The words are read only as far as needed: few expressions follow a verb of beginning.
    if !one_sentence || !after_verb(&words_before(text, a.span().start, 2), BEGIN_VERBS) {
        return false;
    }
    let before_b = words_before(text, b.span().start, 3);
    let verb_at = usize::from(
        before_b
            .first()
            .is_some_and(|w| matches!(w.as_str(), "on" | "in" | "at")),
    );
    after_verb(&before_b, END_VERBS)
        && before_b
            .get(verb_at + 1)
            .is_some_and(|w| w.as_str() == "and")
}

/// "from October to March", "the winter-spring of 1931": months, days or seasons of one year
/// whose end comes first (a year's winter runs from its December). The range runs forward, so
/// its start is the year before.
fn year_before(from: TimelineDate, to: TimelineDate) -> Option<TimelineDate> {
    let in_year = |d: &TimelineDate| {
        matches!(
            d.precision,
            Precision::Month(_) | Precision::Day(..) | Precision::Season(_)
        )
    };
    let earlier = TimelineDate {
        year: from.year - 1,
        ..from
    };
    // February 29 has no day the year before (nor do the years ending at chrono's range).
    let exists = match earlier.precision {
        Precision::Day(m, d) => {
            NaiveDate::from_ymd_opt(earlier.year, u32::from(m), u32::from(d)).is_some()
        }
        _ => true,
    };
    (exists
        && from.year == to.year
        && in_year(&from)
        && in_year(&to)
        && to.first_day() > earlier.last_day())
    .then_some(earlier)
}

#[cfg(test)]
mod tests {
    use super::super::happening_tests::events;
    use crate::tagger::DocType;
    use crate::timeline::EventEnd;

    /// Each event's date and end, as the timeline file writes them.
    fn dated(text: &str, doc_type: DocType) -> Vec<(String, Option<String>)> {
        events(text, doc_type)
            .iter()
            .map(|e| {
                let end = match e.end {
                    Some(EventEnd::Date(end)) => Some(end.to_string()),
                    Some(EventEnd::Ongoing) => Some("ongoing".to_string()),
                    None => None,
                };
                (e.date.to_string(), end)
            })
            .collect()
    }

    fn pair(date: &str, end: Option<&str>) -> (String, Option<String>) {
        (date.to_string(), end.map(str::to_string))
    }

    #[test]
    fn a_range_in_history_is_one_event_with_an_end() {
        let text = "The war was fought from 1914 to 1918. The Battle of Arras was fought from \
                    12 March - 3 April 1917. The Battle of Midway was fought on June 4-7, 1942. \
                    The offensive lasted from 28 December 1950 - 4 January 1951. The siege ended \
                    in 1861.";
        assert_eq!(
            dated(text, DocType::Narrative),
            [
                pair("1914", Some("1918")),
                pair("1917-03-12", Some("1917-04-03")),
                pair("1942-06-04", Some("1942-06-07")),
                pair("1950-12-28", Some("1951-01-04")),
                pair("1861", None),
            ]
        );
    }

    #[test]
    fn adjacent_periods_and_a_history_until_make_a_range() {
        let text = "The council was formed on 2 March 1921 and lasted until 19 June 1921. \
                    The army was defeated in October 1919 and November 1919. Elections were held in \
                    1994 and 1998.";
        assert_eq!(
            dated(text, DocType::Narrative),
            [
                pair("1921-03-02", Some("1921-06-19")),
                pair("1919-10", Some("1919-11")),
                pair("1994", None),
                pair("1998", None),
            ]
        );
    }

    #[test]
    fn a_beginning_and_an_end_of_one_subject_make_a_range() {
        let text = "The crisis began on 23 August 1958 with air and naval clashes, leading to \
                    bombardments, and ended in November 1958. The war began in 1939 and the \
                    strike ended in 1945.";
        assert_eq!(
            dated(text, DocType::Narrative),
            [
                pair("1958-08-23", Some("1958-11")),
                pair("1939", None),
                pair("1945", None),
            ]
        );
    }

    #[test]
    fn since_is_open_until_is_closed_and_a_range_runs_forward() {
        let text = "Prices have risen since 2010. The talks will continue until March.";
        assert_eq!(
            dated(text, DocType::News),
            [
                pair("2010", Some("ongoing")),
                pair("~2013-02-12", Some("2013-03"))
            ]
        );
        // The "when" clause after the date is what the date dates: no open range.
        let text = "The daughter has run the farm since November, when her father retired.";
        assert_eq!(dated(text, DocType::News), [pair("2012-11", None)]);
        let text = "In 1945 the Allies advanced. The army held the town from October to March.";
        assert_eq!(
            dated(text, DocType::Narrative),
            [pair("1945", None), pair("1944-10", Some("1945-03"))]
        );
        let text = "In 1931 the Allies left. The armies were evacuated during the winter-spring \
                    of 1931.";
        assert_eq!(
            dated(text, DocType::Narrative),
            [pair("1931", None), pair("1930-WI", Some("1931-SP"))]
        );
        // A history's "since" and "until" have no reference date to be open or closed against.
        let text = "The king ruled since 1920. He reigned until 1931.";
        assert_eq!(
            dated(text, DocType::Narrative),
            [pair("1920", None), pair("1931", None)]
        );
    }

    #[test]
    fn a_when_aside_between_the_ends_dates_its_clause_and_the_range_the_other() {
        let text = "He ruled the country from 1968, when the army seized power, until 1989.";
        assert_eq!(
            dated(text, DocType::Narrative),
            [pair("1968", None), pair("1968", Some("1989"))]
        );
        let text = "The school ran from 1975, after the great floods, to 1990.";
        assert_eq!(
            dated(text, DocType::Narrative),
            [pair("1975", Some("1990"))]
        );
        // Without "from" the commas close no range.
        let text = "He ruled the country in 1968, when the army seized power, until 1989.";
        assert!(
            dated(text, DocType::Narrative)
                .iter()
                .all(|(_, end)| end.is_none())
        );
    }

    #[test]
    fn a_range_in_news_is_one_event_with_an_end() {
        let text = "The company reported losses in 2009-2010. The summit will be held from 21 \
                    to 23 October in Paris. The team won 3-1 on Sunday.";
        assert_eq!(
            dated(text, DocType::News),
            [
                pair("2009", Some("2010")),
                pair("2013-10-21", Some("2013-10-23")),
                pair("2013-02-10", None),
            ]
        );
    }

    /// Found by the fuzzer: hours of one day were read as a range whose end comes first, so
    /// its start went back a year, and a 29 February went back to a year without one.
    #[test]
    fn hours_of_one_day_and_a_leap_day_make_no_backward_range() {
        // (The first clock time does not take Sunday yet: two events, but none a year long.)
        let text = "The polls opened from 7 a.m. to 8 p.m. on Sunday.";
        let found = dated(text, DocType::News);
        assert!(found.iter().all(|(_, end)| end.is_none()), "{found:?}");
        let text = "The shop opened from 0am to 8:00.";
        assert_eq!(dated(text, DocType::News), [pair("2013-02-12", None)]);
        let text = "In 1944 the army held the town from 29 February to 3 January.";
        for (date, end) in dated(text, DocType::Narrative) {
            assert!(!date.contains("1943-02-29"), "{date} {end:?}");
        }
    }
}
