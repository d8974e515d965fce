//! The temporal tagger: recognition then normalisation, as one call.
//!
//! Between the two stages it supplies the context normalisation needs: the reference date
//! (given, or found in the article's front matter or dateline), the date mentioned before
//! each expression (for "two days later") and the tense around it (for "in March").

use std::fmt;
use std::ops::Range;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::normalize::{Context, Tense, needs_tense, normalize, weekday_contradiction};
use crate::recognize::{Producer, complete_ranges, in_quoted_name, joins, recognizer};
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
    /// The text is `bytes` long, past 4 GiB, more than an expression's offsets hold (see
    /// [`Timex::span`]): nothing was tagged.
    TooLong { bytes: usize },
}

impl Warning {
    /// The line and column of the text the warning is about, if it is about one place.
    #[must_use]
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Self::WeekdayContradiction { line, column, .. } => Some((*line, *column)),
            Self::NoReferenceDate { .. } | Self::GuessedYear { .. } | Self::TooLong { .. } => None,
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
            Self::TooLong { bytes } => write!(
                f,
                "the text is {bytes} bytes, past the 4 GiB the tagger reads: nothing tagged"
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
    if !crate::timex::fits(text.len()) {
        let warnings = vec![Warning::TooLong { bytes: text.len() }];
        let tagged = Tagged {
            timexes: Vec::new(),
            reference_date: None,
            warnings,
        };
        return (tagged, Vec::new());
    }
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
        found.retain(|expression| !in_quoted_name(text, &expression.span));
        // Most expressions found make one: room for them at once, not grown a few times.
        timexes.reserve(found.len());
        let mut unread = 0;
        let returns = if narrative {
            years_told_next(&found)
        } else {
            Vec::new()
        };
        // A leap ahead that the text comes back from: the story's point before it, and where
        // the leap's sentence ends.
        let mut leap: Option<(Point, usize)> = None;
        // A clock time without a day of its own, in `timexes`, waiting for a day said after it
        // in its sentence ("At 10.30 GMT the talks resumed on Monday").
        let mut waiting: Option<usize> = None;
        let mut named_at: Option<usize> = None;
        for (n, expression) in found.iter().enumerate() {
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
            // "The big push planned for 1983": a plan, which the story has not reached.
            let planned =
                narrative && recognizer().plans_ahead(text, &tokens, expression.tokens.start);
            if expression.slots.year.is_some() {
                leap = None;
            }
            // "The port fell in May 1871. In June 1880, a similar parade. On May 20 ...": a month
            // without its year after the leap's sentence is the story's, not the leap's.
            let story = context.previous;
            let back = leap.filter(|&(_, end)| {
                expression.span.start >= end && expression.slots.month.is_some()
            });
            if let Some((before, _)) = back {
                context.previous = Some(before);
            }
            let value = normalize(expression, &context);
            if back.is_some() && value.is_none() {
                context.previous = story;
            }
            let Some(mut value) = value else {
                continue;
            };
            let dayless = is_dayless_clock(expression, &value.value, context.reference);
            let cued = dayless && recognizer().clock_cued(text, &tokens, expression.tokens.start);
            // A day counted ("three days ago") may be another clause's; a named one is the
            // sentence's.
            let named = day_of(&value.value).filter(|_| {
                !matches!(
                    expression.producer,
                    Producer::Offset(_) | Producer::Reported(_) | Producer::RefOffset
                )
            });
            // Only the next expression gives the waiting clock times ("at 11:20 a.m. (0820
            // GMT)") their day, or joins them.
            let waited = waiting.take().filter(|_| {
                timexes
                    .last()
                    .is_some_and(|last| same_sentence(text, last.span().end, expression.span.start))
            });
            if let (Some(day), Some(at)) = (named, waited) {
                for clock in &mut timexes[at..] {
                    set_day(&mut clock.value, day);
                }
            }
            // "On Monday the talks resumed at 10.30 GMT": the day said before it.
            let before = named_at
                .filter(|&at| at + 1 == timexes.len())
                .and_then(|at| day_of(&timexes[at].value))
                .filter(|_| {
                    cued && same_sentence(
                        text,
                        timexes[timexes.len() - 1].span().end,
                        expression.span.start,
                    )
                });
            if let Some(day) = before {
                set_day(&mut value.value, day);
            }
            let wait = before.is_none() && (cued || dayless && waited.is_some());
            if narrative && is_leap(context.previous, value.anchor(), returns.get(n)) {
                leap = context
                    .previous
                    .map(|story| (story, sentence_end(text, expression.span.end)));
            }
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
                // (The text fits, so the joined span does.)
                if narrative && last.set_span(last.span().start..expression.span.end) {
                    last.kind = TimexType::Time;
                    last.value = joined;
                    continue;
                }
                // News tags the date alone ("on the night of Nov. 4"), as TimeBank does; the
                // part of the day alone would be read as the reference day's.
                timexes.pop();
            }
            if wait {
                waiting = Some(waited.unwrap_or(timexes.len()));
            }
            named_at = named.map(|_| timexes.len());
            // Every offset of a text that fits fits.
            timexes.extend(Timex::new(
                expression.span.clone(),
                value.kind,
                value.value,
                expression.modifier,
            ));
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

/// For each expression of `found`, the year stated by the next one that states a year.
/// One pass from the end.
fn years_told_next(found: &[crate::recognize::Expression]) -> Vec<Option<i32>> {
    let mut next = vec![None; found.len()];
    let mut year = None;
    for (slot, expression) in next.iter_mut().zip(found).rev() {
        *slot = year;
        year = expression.slots.year.or(year);
    }
    next
}

/// Whether a date at `said` is a leap of more than a year ahead of the story's point after
/// which the text's next stated year is back at the story: an aside, such as a later echo of
/// the event just told.
fn is_leap(story: Option<Point>, said: Option<Point>, returns: Option<&Option<i32>>) -> bool {
    let year = |point: Option<Point>| point.and_then(Point::first_day).map(|d| d.year());
    let (Some(story), Some(said), Some(Some(next))) = (year(story), year(said), returns) else {
        return false;
    };
    said > story + 1 && *next <= story + 1
}

/// Where the sentence holding byte `from` of `text` ends: its full stop, or a line's end;
/// looked for within a few hundred bytes.
fn sentence_end(text: &str, from: usize) -> usize {
    const LOOK: usize = 600;
    let bytes = text.as_bytes();
    let until = (from + LOOK).min(bytes.len());
    bytes[from..until]
        .windows(2)
        .position(|pair| matches!(pair, [b'.' | b'!' | b'?', b' '] | [_, b'\n']))
        .map_or(until, |at| from + at + 1)
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
        timexes.extend(Timex::new(
            token.span.clone(),
            TimexType::Date,
            Value::Point(Point::Year(year)),
            None,
        ));
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
    let of = left.span().end <= right.start
        && text[left.span().end..right.start]
            .trim()
            .eq_ignore_ascii_case("of");
    of.then_some(Value::Point(Point::DayPart(day, part)))
}

/// A clock time valued on the reference day because it names no day ("at 10.30 GMT", "at
/// noon"), unlike "at 9 a.m. today" or "Monday at 9".
fn is_dayless_clock(
    expression: &crate::recognize::Expression,
    value: &Value,
    reference: Option<NaiveDate>,
) -> bool {
    let s = &expression.slots;
    matches!(*value, Value::Point(Point::Clock(day, ..)) if Some(day) == reference)
        && s.date.is_none()
        && s.day.is_none()
        && s.month.is_none()
        && s.year.is_none()
        && s.weekday.is_none()
        && s.holiday.is_none()
        && s.day_shift.is_none()
        && s.shift.is_none()
        && s.reference.is_none()
}

/// The day a date or a part of a day names, for a clock time of its sentence to take.
fn day_of(value: &Value) -> Option<NaiveDate> {
    match *value {
        Value::Point(Point::Day(day) | Point::DayPart(day, _)) => Some(day),
        _ => None,
    }
}

fn set_day(value: &mut Value, day: NaiveDate) {
    if let Value::Point(Point::Clock(at, ..)) = value {
        *at = day;
    }
}

/// Whether nothing between two expressions ends a sentence: no stop before a space, no blank
/// line. Only text between neighbouring expressions is read, so a text is read once.
fn same_sentence(text: &str, from: usize, to: usize) -> bool {
    from <= to
        && !text.as_bytes()[from..to]
            .windows(2)
            .any(|pair| matches!(pair, [b'.' | b'!' | b'?' | b'\n', b' ' | b'\n' | b'\r']))
}

/// A range of a story runs forward: "from October to March", both read in the story's year,
/// starts in the October before.
fn run_forward(text: &str, left: Option<&mut Timex>, right: &Range<usize>, value: &Value) {
    if let Some(left) = left
        && let Value::Point(Point::Month(year, b)) = *value
        && let Value::Point(Point::Month(left_year, a)) = left.value
        && left_year == year
        && a > b
        && joins(text, &left.span(), right)
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
mod tests;
