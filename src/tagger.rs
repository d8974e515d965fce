//! The temporal tagger: recognition then normalisation, as one call.
//!
//! Between the two stages it supplies the context normalisation needs: the reference date
//! (given, or found in the article's front matter or dateline), the date mentioned before
//! each expression (for "two days later") and the tense around it (for "in March").

use std::fmt;
use std::ops::Range;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::normalize::{Context, Tense, needs_tense, normalize, weekday_contradiction};
use crate::recognize::{Producer, complete_ranges, joins, recognizer};
use crate::text::{self, DateSource, tense_around};
use crate::timex::{Point, TimeOfDay, Timex, TimexType, Unit, Value};

/// What the tagger needs to know besides the text.
#[derive(Debug, Clone, Default)]
pub struct TagOptions {
    /// The document's creation date, against which relative expressions are resolved. When
    /// `None`, the tagger looks for one in the text (front matter, dateline).
    pub reference_date: Option<NaiveDate>,
    pub doc_type: DocType,
}

/// How month and day names without a year are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DocType {
    /// Against the reference date: "in March" is the March nearest to the day of the news.
    News,
    /// Against the story: "In 2011 ... in March" is March 2011, "on Monday" the Monday after
    /// the date mentioned before it (history, profiles, timelines).
    Narrative,
    /// News when there is a reference date and the text does not read as history (see
    /// `reads_as_history`), a narrative otherwise.
    #[default]
    Auto,
}

/// Something the user should know about a tagging run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// No reference date was given or found, so relative expressions were left unresolved.
    NoReferenceDate { unresolved: usize },
    /// The reference date came from a dateline without a year; the year is a guess.
    GuessedYear { date: NaiveDate },
    /// An expression names a day of the week that its date does not fall on ("Friday, March
    /// 5, 1946"); the date is kept. At `line:column` (1-based, the column in characters).
    WeekdayContradiction {
        text: String,
        date: NaiveDate,
        weekday: Weekday,
        line: usize,
        column: usize,
    },
}

impl Warning {
    /// The line and column of the text the warning is about, if it is about one place.
    #[must_use]
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Self::WeekdayContradiction { line, column, .. } => Some((*line, *column)),
            Self::NoReferenceDate { .. } | Self::GuessedYear { .. } => None,
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoReferenceDate { unresolved } => write!(
                f,
                "no reference date: {unresolved} relative expression(s) left unresolved (XXXX); \
                 give one with --reference-date YYYY-MM-DD or a first line `date: YYYY-MM-DD`"
            ),
            Self::GuessedYear { date } => write!(
                f,
                "reference date {date} from a dateline without a year (year guessed from the \
                 article); give --reference-date YYYY-MM-DD if it is wrong"
            ),
            Self::WeekdayContradiction {
                text,
                date,
                weekday,
                ..
            } => write!(
                f,
                "\"{text}\": {date} was a {}; the date is kept",
                weekday_name(*weekday)
            ),
        }
    }
}

fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// The expressions of a text and the warnings of the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tagged {
    pub timexes: Vec<Timex>,
    /// The reference date used, if any, and where it came from (`None`: given by the caller).
    pub reference_date: Option<(NaiveDate, Option<DateSource>)>,
    pub warnings: Vec<Warning>,
}

/// Finds and normalises the temporal expressions of `text`, in text order.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use timeliner::tagger::{TagOptions, tag};
///
/// let options = TagOptions {
///     reference_date: NaiveDate::from_ymd_opt(2025, 9, 22),
///     ..TagOptions::default()
/// };
/// let found = tag("Trump is set to visit next month; talks broke down in 2019.", &options);
/// let values: Vec<String> = found.iter().map(|t| t.value.to_string()).collect();
/// assert_eq!(values, ["2025-10", "2019"]);
/// ```
#[must_use]
pub fn tag(text: &str, options: &TagOptions) -> Vec<Timex> {
    tag_with_warnings(text, options).timexes
}

/// [`tag`], also saying which reference date was used and what the user should be warned of.
///
/// # Example
///
/// ```
/// use timeliner::tagger::{TagOptions, Warning, tag_with_warnings};
///
/// let tagged = tag_with_warnings("It happened last year.", &TagOptions::default());
/// assert_eq!(tagged.timexes[0].value.to_string(), "XXXX");
/// assert_eq!(tagged.warnings, [Warning::NoReferenceDate { unresolved: 1 }]);
/// ```
#[must_use]
pub fn tag_with_warnings(text: &str, options: &TagOptions) -> Tagged {
    tag_and_cut(text, options, false).0
}

/// [`tag_with_warnings`], and the tokens [`text::tokens`] cuts the text after any front matter
/// into, spans in the whole text, for the stages after tagging to read rather than cut the
/// text again. Empty when a piece of a long text had to be cut inside a run of characters
/// without a space, where the tokens of the pieces may differ from those of the whole.
#[must_use]
pub fn tag_cut(text: &str, options: &TagOptions) -> (Tagged, Vec<text::Token>) {
    tag_and_cut(text, options, true)
}

fn tag_and_cut(text: &str, options: &TagOptions, keep: bool) -> (Tagged, Vec<text::Token>) {
    let mut warnings = Vec::new();
    let reference_date = match options.reference_date {
        Some(date) => Some((date, None)),
        None => text::reference_date(text).map(|(date, source)| {
            if source == DateSource::DatelineYearGuessed {
                warnings.push(Warning::GuessedYear { date });
            }
            (date, Some(source))
        }),
    };
    let narrative = is_narrative(text, options.doc_type, reference_date.map(|(d, _)| d));
    // A narrative's reference date (when it was written) dates nothing in it: the story's day
    // stands in for it, once the story is at one.
    let mut context = Context {
        reference: reference_date.map(|(date, _)| date).filter(|_| !narrative),
        previous: None,
        tense: Tense::Unknown,
        narrative,
    };
    let mut unresolved = 0;
    let mut lines = Lines::default();
    let mut timexes = Vec::new();
    let mut found = Vec::new();
    let mut cut: Vec<text::Token> = Vec::new();
    let mut clean = keep;
    let body = text::body_start(text);
    for chunk in text::pieces(text, body..text.len(), CHUNK) {
        // A piece that starts after whitespace is cut as the whole text would be there.
        clean &= chunk.start == body || text.as_bytes()[chunk.start - 1].is_ascii_whitespace();
        let mut tokens = text::tokens(&text[chunk.clone()]);
        // Most texts are one chunk, whose spans need no shift.
        if chunk.start > 0 {
            for token in &mut tokens {
                token.span = token.span.start + chunk.start..token.span.end + chunk.start;
            }
        }
        found.clear();
        // Room for an expression in 32 tokens, more than news holds: grown from empty, the
        // list of large items was copied a few times per text.
        found.reserve(tokens.len() / 32);
        recognizer().scan(text, &tokens, &mut found);
        complete_ranges(text, &tokens, &mut found);
        // Most expressions found make one: room for them at once, not grown a few times.
        timexes.reserve(found.len());
        let mut unread = 0;
        for expression in &found {
            if narrative {
                bare_years(
                    text,
                    &tokens,
                    unread..expression.tokens.start,
                    &mut context,
                    &mut timexes,
                );
                unread = expression.tokens.end;
            }
            context.tense = if needs_tense(expression) {
                tense_around(text, &tokens, expression.tokens.clone())
            } else {
                Tense::Unknown
            };
            // In a narrative, "the following year" and "two days later" move the story on.
            let slots = &expression.slots;
            let anaphoric = match expression.producer {
                Producer::Offset(_) | Producer::Reported(_) => true,
                Producer::RefOffset => !narrative || slots.direction.unwrap_or(0) < 0,
                Producer::RefShift(fixed) => {
                    !narrative || fixed.or(slots.ref_shift).unwrap_or(0) < 0
                }
                _ => false,
            };
            // "The big push planned for 1976": a plan, which the story has not reached.
            let planned =
                narrative && recognizer().plans_ahead(text, &tokens, expression.tokens.start);
            let Some(value) = normalize(expression, &context) else {
                continue;
            };
            if narrative
                && let Some((date, _)) = reference_date
                && own_timestamp(text, &expression.span, &value.value, date)
            {
                continue;
            }
            if value.unresolved {
                unresolved += 1;
            }
            if let Some((date, weekday)) = weekday_contradiction(expression, &value) {
                let (line, column) = lines.locate(text, expression.span.start);
                warnings.push(Warning::WeekdayContradiction {
                    text: text[expression.span.clone()].replace(['\n', '\r'], " "),
                    date,
                    weekday,
                    line,
                    column,
                });
            }
            // Only dates the text states anchor "a year earlier"; derived ones would chain.
            if let Some(point) = value.anchor()
                && !anaphoric
                && !planned
                && matches!(value.kind, TimexType::Date | TimexType::Time)
            {
                context.previous = Some(match context.previous {
                    Some(story) if narrative && within(story, point) => story,
                    _ => point,
                });
                if narrative {
                    context.reference = match context.previous.unwrap_or(point) {
                        Point::Day(day) | Point::DayPart(day, _) | Point::Clock(day, ..) => {
                            Some(day)
                        }
                        _ => None,
                    };
                }
            }
            if narrative {
                run_forward(text, timexes.last_mut(), &expression.span, &value.value);
            }
            if let Some(last) = timexes.last_mut()
                && let Some(joined) = part_of_day_of(text, last, &expression.span, &value.value)
            {
                if narrative {
                    last.span.end = expression.span.end;
                    last.kind = TimexType::Time;
                    last.value = joined;
                    continue;
                }
                // News tags the date alone ("on the night of Nov. 4"), as TimeBank does; the
                // part of the day alone would be read as the reference day's.
                timexes.pop();
            }
            timexes.push(Timex {
                span: expression.span.clone(),
                kind: value.kind,
                value: value.value,
                modifier: expression.modifier,
            });
        }
        if narrative {
            bare_years(
                text,
                &tokens,
                unread..tokens.len(),
                &mut context,
                &mut timexes,
            );
        }
        if clean {
            if cut.is_empty() {
                cut = tokens;
            } else {
                cut.append(&mut tokens);
            }
        }
    }
    if unresolved > 0 && reference_date.is_none() {
        warnings.push(Warning::NoReferenceDate { unresolved });
    }
    if !clean {
        cut.clear();
    }
    let tagged = Tagged {
        timexes,
        reference_date,
        warnings,
    };
    (tagged, cut)
}

/// Whether `text`, of type `doc_type` and dated `reference`, is read as a narrative (whose story
/// dates its events) rather than news (dated against the reference date).
#[must_use]
pub fn is_narrative(text: &str, doc_type: DocType, reference: Option<NaiveDate>) -> bool {
    match doc_type {
        DocType::News => false,
        DocType::Narrative => true,
        DocType::Auto => reference.is_none_or(|date| reads_as_history(text, date)),
    }
}

/// Whether a text dated `reference` reads as history rather than news: no dateline, and of
/// at least ten four-digit years it writes (a news story looking back names fewer), three
/// quarters or more lie twenty years or more before the reference date. One pass over the
/// bytes; the dateline is only looked for in a text whose years read as history, as few do.
fn reads_as_history(text: &str, reference: NaiveDate) -> bool {
    let (mut years, mut old) = (0_u32, 0_u32);
    let bytes = text.as_bytes();
    // Each run of digits, skipping to the next digit at once; a run that ends the text is
    // followed by nothing, and counts for nothing.
    let mut from = 0;
    while let Some(start) = text::next_digit(bytes, from) {
        let run = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let i = start + run;
        let Some(&b) = bytes.get(i) else {
            break;
        };
        // Four digits alone: not part of "1,500.25", "10:30" or "$1990".
        let number_goes_on =
            matches!(b, b'.' | b',' | b':') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if run == 4 && !number_goes_on {
            let year: i32 = text[i - 4..i].parse().unwrap_or(0);
            let before = bytes[..i - 4].last().copied().unwrap_or(b' ');
            let alone = !before.is_ascii_alphanumeric() && !matches!(before, b'$' | b',' | b'.');
            if (1000..=2099).contains(&year) && alone {
                years += 1;
                old += u32::from(year <= reference.year() - 20);
            }
        }
        from = i + 1;
    }
    years >= 10
        && old * 4 >= years * 3
        && text::reference_date(text).is_none_or(|(_, source)| source == DateSource::FrontMatter)
}

/// In a story told before the common era, a bare number where a year would stand ("in 492",
/// "between 499 and 493 BC") is a year BC near the story's, and moves the story there.
fn bare_years(
    text: &str,
    tokens: &[text::Token],
    range: std::ops::Range<usize>,
    context: &mut Context,
    timexes: &mut Vec<Timex>,
) {
    for i in range {
        let Some(story) = context
            .previous
            .and_then(Point::first_day)
            .map(|d| d.year())
        else {
            return;
        };
        let token = &tokens[i];
        let word = &text[token.span.clone()];
        if story > 0 || token.kind != text::TokenKind::Number || word.len() > 4 {
            continue;
        }
        let Some(year) = word.parse::<i32>().ok().filter(|&n| n > 0).map(|n| 1 - n) else {
            continue;
        };
        if (year - story).abs() > 100 || !recognizer().stands_as_year(text, tokens, i) {
            continue;
        }
        context.previous = Some(Point::Year(year));
        context.reference = None;
        timexes.push(Timex {
            span: token.span.clone(),
            kind: TimexType::Date,
            value: Value::Point(Point::Year(year)),
            modifier: None,
        });
    }
}

/// Whether the expression at `span` is the article's own timestamp: a line of its own that
/// says the reference date (perhaps with a clock time, "2009-12-19T17:00:00"), which dates when
/// a history was written, not anything in its story.
fn own_timestamp(text: &str, span: &Range<usize>, value: &Value, reference: NaiveDate) -> bool {
    // Read as one expression, the stamp's clock time is in the value.
    if !matches!(*value, Value::Point(Point::Day(day) | Point::Clock(day, ..)) if day == reference)
    {
        return false;
    }
    // Only the blanks before and the stamp's characters after are read: scanning to the line's
    // ends made a text without line breaks quadratic.
    let before = text[..span.start].trim_end_matches(|c: char| c != '\n' && c.is_whitespace());
    let after = &text[span.end..];
    let n = after
        .bytes()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b':' | b'T' | b' ' | b'\t' | b'\r'))
        .count();
    let rest = after[..n].trim_end();
    let clock = rest
        .strip_prefix('T')
        .is_some_and(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit() || b == b':'));
    (before.is_empty() || before.ends_with('\n'))
        && matches!(after.as_bytes().get(n), None | Some(b'\n'))
        && (rest.is_empty() || clock)
}

/// "the night of 13 February": when `left` is a part of a day and the day at `right` follows it
/// after "of", that part of that day.
fn part_of_day_of(text: &str, left: &Timex, right: &Range<usize>, value: &Value) -> Option<Value> {
    let Value::Point(Point::Day(day)) = *value else {
        return None;
    };
    let part = match &left.value {
        Value::Point(Point::DayPart(_, part)) => *part,
        Value::Partial(partial) => match partial.time {
            Some(TimeOfDay::Part(part)) => part,
            _ => return None,
        },
        _ => return None,
    };
    let of = left.span.end <= right.start
        && text[left.span.end..right.start]
            .trim()
            .eq_ignore_ascii_case("of");
    of.then_some(Value::Point(Point::DayPart(day, part)))
}

/// A range of a story runs forward: "from October to March", both read in the story's year,
/// starts in the October before.
fn run_forward(text: &str, left: Option<&mut Timex>, right: &Range<usize>, value: &Value) {
    if let Some(left) = left
        && let Value::Point(Point::Month(year, b)) = *value
        && let Value::Point(Point::Month(left_year, a)) = left.value
        && left_year == year
        && a > b
        && joins(text, &left.span, right)
    {
        left.value = Value::Point(Point::Month(year - 1, a));
    }
}

/// Whether the story's point lies within a coarser point just said ("On June 10 ... by the end
/// of the month"), so that the story keeps its precision.
fn within(story: Point, said: Point) -> bool {
    let unit = match said {
        Point::Century(_) => Unit::Century,
        Point::Decade(_) => Unit::Decade,
        Point::Year(_) => Unit::Year,
        Point::Quarter(..) => Unit::Quarter,
        Point::Month(..) => Unit::Month,
        Point::Week(..) => Unit::Week,
        _ => return false,
    };
    story.rank() > said.rank()
        && story
            .first_day()
            .is_some_and(|day| Point::containing(day, unit) == said)
}

/// Line numbers found so far, so that locating places in text order reads the text once.
#[derive(Default)]
struct Lines {
    scanned: usize,
    /// 0-based line of `scanned`, and where that line starts.
    line: usize,
    line_start: usize,
}

impl Lines {
    /// The 1-based line and column (in characters) of byte `offset`, at or after the last one.
    fn locate(&mut self, text: &str, offset: usize) -> (usize, usize) {
        if offset < self.scanned {
            *self = Self::default();
        }
        for (i, b) in text.as_bytes()[self.scanned..offset].iter().enumerate() {
            if *b == b'\n' {
                self.line += 1;
                self.line_start = self.scanned + i + 1;
            }
        }
        self.scanned = offset;
        let column = text[self.line_start..offset].chars().count() + 1;
        (self.line + 1, column)
    }
}

/// Text is tagged in pieces of about this many bytes, cut between sentences if it can, so
/// that memory stays bounded whatever the size of the input.
const CHUNK: usize = 1 << 16;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tokens_cut_are_those_of_the_body_unless_a_piece_was_cut_inside_a_word() {
        let options = TagOptions::default();
        let shifted = |text: &str, from: usize| {
            let mut tokens = text::tokens(&text[from..]);
            for t in &mut tokens {
                t.span = t.span.start + from..t.span.end + from;
            }
            tokens
        };
        let front = "---\ndate: 2025-09-22\n---\nKim spoke on Monday.";
        let body = text::body_start(front);
        assert!(body > 0);
        let (tagged, cut) = tag_cut(front, &options);
        assert_eq!(tagged, tag_with_warnings(front, &options));
        assert_eq!(cut, shifted(front, body));
        // Pieces of a long text cut at spaces: the tokens of the whole.
        let long = "Talks broke down in Hanoi in February 2019. ".repeat(4000);
        assert!(long.len() > 2 * CHUNK);
        assert_eq!(tag_cut(&long, &options).1, shifted(&long, 0));
        // A piece cut inside a run without a space: none.
        let run = format!("{} {}", "x".repeat(3 * CHUNK), "In 2019.");
        assert_eq!(tag_cut(&run, &options).1, []);
    }

    fn narrative(text: &str) -> Vec<String> {
        let options = TagOptions {
            reference_date: NaiveDate::from_ymd_opt(2009, 12, 19),
            doc_type: DocType::Narrative,
        };
        tag(text, &options)
            .iter()
            .map(|t| t.value.to_string())
            .collect()
    }

    #[test]
    fn a_narrative_reference_date_dates_nothing_in_the_story() {
        let text = "On June 10, 1940, Italy declared war. That morning the city fell; by the end of \
                    the month and at 5 a.m. the army moved. Twelve days later, on July 14, a truce. \
                    In the spring the front was quiet. Historians today agree, to this day.";
        assert_eq!(
            narrative(text),
            [
                "1940-06-10",
                "1940-06-10TMO",
                "1940-06",
                "1940-06-10T05:00",
                "1940-06-22",
                "1940-07-14",
                "1940-SP",
                "PRESENT_REF",
                "PRESENT_REF",
            ]
        );
    }

    #[test]
    fn a_month_soon_after_a_late_month_is_the_next_year_and_a_far_one_a_flashback() {
        assert_eq!(
            narrative("In December 1864 the siege went on. Five Forks fell on April 1."),
            ["1864-12", "1865-04-01"]
        );
        assert_eq!(
            narrative("In August 1941 the offensive, begun in June, slowed."),
            ["1941-08", "1941-06"]
        );
        assert_eq!(
            narrative("By November 1940 the raids stopped. In the spring they resumed."),
            ["1940-11", "1941-SP"]
        );
    }

    #[test]
    fn the_far_start_of_a_span_does_not_move_the_story() {
        assert_eq!(
            narrative(
                "In 492 BC he took Thrace, Persian since 513 BC. The following year he sailed."
            ),
            ["BC0492", "BC0513", "BC0491"]
        );
    }

    #[test]
    fn a_decade_from_a_year_of_the_story_is_a_year() {
        assert_eq!(
            narrative("In 490 BC they landed where they had raided a decade earlier."),
            ["BC0490", "BC0500"]
        );
        assert_eq!(
            narrative("In 1815 the war ended; a century later another began."),
            ["1815", "1915"]
        );
    }

    #[test]
    fn auto_reads_a_history_as_a_narrative_and_news_as_news() {
        let options = TagOptions {
            reference_date: NaiveDate::from_ymd_opt(2009, 12, 19),
            doc_type: DocType::Auto,
        };
        let values = |text: &str| -> Vec<String> {
            tag(text, &options)
                .iter()
                .map(|t| t.value.to_string())
                .collect()
        };
        let history = "The war began in 1914, after the crises of 1905, 1908 and 1911. By 1915 \
                       the front was fixed; 1916 brought Verdun, 1917 the mutinies and 1918 the \
                       armistice, signed in 1918 and sealed in 1919. In March the army moved.";
        assert_eq!(values(history).last().map(String::as_str), Some("1919-03"));
        let news = "The bank, founded in 1914, said on Monday that it expects 2010 profits to \
                    rise. In March it will report.";
        assert_eq!(values(news).last().map(String::as_str), Some("2010-03"));
    }

    #[test]
    fn a_planned_date_does_not_move_the_story() {
        assert_eq!(
            narrative(
                "In 1974 the North grew stronger for the big push planned for 1976. In March \
                 it struck; a planned campaign in 1976 waited. On 11 March the town fell."
            ),
            ["1974", "1976", "1974-03", "1976", "1974-03-11"]
        );
        assert_eq!(
            narrative(
                "In October 1944 an assault began that lasted until the capture of Budapest in \
                 February 1945. By the start of July the Japanese had left."
            ),
            ["1944-10", "1945-02", "1944-07"]
        );
        // A plan only counts within its sentence.
        assert_eq!(
            narrative("It was planned. In 1976 the war ended. In May the troops left."),
            ["1976", "1976-05"]
        );
    }

    #[test]
    fn a_historys_own_timestamp_is_no_time_of_its_story() {
        assert_eq!(
            narrative("The war\n 2009-12-19T17:00:00 \nOn June 10, 1940, Italy declared war."),
            ["1940-06-10"]
        );
        assert_eq!(
            narrative("On June 10, 1940, Italy declared war.\n2009-12-18\n"),
            ["1940-06-10", "2009-12-18"]
        );
    }

    #[test]
    fn a_date_in_the_past_perfect_does_not_move_the_story() {
        assert_eq!(
            narrative(
                "In May 1944 the British attacked, and troops that had invaded Burma in late \
                 1943 besieged the town. By June, the Japanese had taken Henan."
            ),
            ["1944-05", "1943", "1944-06"]
        );
    }

    #[test]
    fn the_night_of_a_day_is_that_days_night_in_a_story_and_the_day_in_news() {
        assert_eq!(
            narrative("In May 1958 the army seized power on the night of May 13, and left."),
            ["1958-05", "1958-05-13TNI"]
        );
        // News tags the date alone, and the night is not the reference day's.
        let options = TagOptions {
            reference_date: NaiveDate::from_ymd_opt(1999, 5, 5),
            doc_type: DocType::News,
        };
        let text = "The doctor was shot on the night of Nov. 4 at home.";
        let tagged: Vec<_> = tag(text, &options)
            .iter()
            .map(|t| (&text[t.span.clone()], t.value.to_string()))
            .collect();
        assert_eq!(tagged, [("Nov. 4", "1998-11-04".to_string())]);
    }

    #[test]
    fn a_range_of_months_in_a_story_runs_forward() {
        assert_eq!(
            narrative("They took Manila in March 1945, and Burma from October to March."),
            ["1945-03", "1944-10", "1945-03"]
        );
    }

    #[test]
    fn soon_in_a_story_is_later_in_the_story_not_the_writers_future() {
        assert_eq!(
            narrative(
                "In June 1940 France was soon divided; for the upcoming push and the future."
            ),
            ["1940-06", "FUTURE_REF"]
        );
    }

    #[test]
    fn a_story_before_any_date_leaves_years_open() {
        assert_eq!(narrative("In March the war began."), ["XXXX-03"]);
    }

    #[test]
    fn a_bare_year_in_a_story_before_the_common_era_is_a_year_bc() {
        assert_eq!(
            narrative(
                "In 490 BC Darius sent a fleet. In 492 the first had failed; 480 ships sailed."
            ),
            ["BC0490", "BC0492"]
        );
        assert!(narrative("In 1940 the war went on; in 492 cases.").len() == 1);
    }

    #[test]
    fn years_before_the_common_era_set_the_story_year() {
        assert_eq!(
            narrative(
                "In 490 BC the Persians landed. In September they fought; the following year."
            ),
            ["BC0490", "BC0490-09", "BC0489"]
        );
    }

    #[test]
    fn a_weekday_that_contradicts_its_date_is_kept_with_a_warning() {
        let text =
            "The treaty.\nIt was signed on Friday, March 5, 1946, and on Tuesday, March 5, 1946.";
        let tagged = tag_with_warnings(text, &TagOptions::default());
        let values: Vec<String> = tagged.timexes.iter().map(|t| t.value.to_string()).collect();
        assert_eq!(values, ["1946-03-05", "1946-03-05"]);
        let messages: Vec<String> = tagged.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            ["\"Friday, March 5, 1946\": 1946-03-05 was a Tuesday; the date is kept"]
        );
        assert_eq!(tagged.warnings[0].position(), Some((2, 18)));
    }
}
