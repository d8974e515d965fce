//! The temporal tagger: recognition then normalisation, as one call.
//!
//! Between the two stages it supplies the context normalisation needs: the reference date
//! (given, or found in the article's front matter or dateline), the date mentioned before
//! each expression (for "two days later") and the tense around it (for "in March").

use std::fmt;

use chrono::{NaiveDate, Weekday};

use crate::normalize::{Context, Tense, needs_tense, normalize, weekday_contradiction};
use crate::recognize::{Producer, complete_ranges, recognizer};
use crate::text::{self, DateSource, tense_around};
use crate::timex::{Timex, TimexType};

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
    /// News when there is a reference date, a narrative when there is none.
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
    let mut context = Context {
        reference: reference_date.map(|(date, _)| date),
        previous: None,
        tense: Tense::Unknown,
        narrative: match options.doc_type {
            DocType::News => false,
            DocType::Narrative => true,
            DocType::Auto => reference_date.is_none(),
        },
    };
    let mut unresolved = 0;
    let mut lines = Lines::default();
    let mut timexes = Vec::new();
    let mut found = Vec::new();
    for chunk in chunks(text, text::body_start(text)) {
        let mut tokens = text::tokens(&text[chunk.clone()]);
        for token in &mut tokens {
            token.span = token.span.start + chunk.start..token.span.end + chunk.start;
        }
        found.clear();
        recognizer().scan(text, &tokens, &mut found);
        complete_ranges(text, &tokens, &mut found);
        for expression in &found {
            context.tense = if needs_tense(expression) {
                tense_around(text, &tokens, expression.tokens.clone())
            } else {
                Tense::Unknown
            };
            let anaphoric = matches!(
                expression.producer,
                Producer::Offset(_)
                    | Producer::RefOffset
                    | Producer::RefShift(_)
                    | Producer::Reported(_)
            );
            let Some(value) = normalize(expression, &context) else {
                continue;
            };
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
                && matches!(value.kind, TimexType::Date | TimexType::Time)
            {
                context.previous = Some(point);
            }
            timexes.push(Timex {
                span: expression.span.clone(),
                kind: value.kind,
                value: value.value,
                modifier: expression.modifier.map(str::to_string),
            });
        }
    }
    if unresolved > 0 && reference_date.is_none() {
        warnings.push(Warning::NoReferenceDate { unresolved });
    }
    Tagged {
        timexes,
        reference_date,
        warnings,
    }
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

/// Byte ranges covering `text[start..]`, each cut after a line break, a sentence end or a
/// space (in that order of preference) in its second half.
fn chunks(text: &str, start: usize) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut at = start;
    std::iter::from_fn(move || {
        if at >= text.len() {
            return None;
        }
        let from = at;
        let mut end = (from + CHUNK).min(text.len());
        if end < text.len() {
            let window = &text.as_bytes()[from + CHUNK / 2..end];
            // A line break, else a sentence end (". " before a capital), else a space.
            let sentence_end = window
                .windows(3)
                .rposition(|w| w[0] == b'.' && w[1] == b' ' && w[2].is_ascii_uppercase())
                .map(|p| p + 2);
            let cut = window
                .iter()
                .rposition(|&b| b == b'\n')
                .map(|p| p + 1)
                .or(sentence_end)
                .or_else(|| {
                    window
                        .iter()
                        .rposition(u8::is_ascii_whitespace)
                        .map(|p| p + 1)
                });
            end = match cut {
                Some(p) => from + CHUNK / 2 + p,
                None => (from + 1..=end)
                    .rev()
                    .find(|&e| text.is_char_boundary(e))
                    .unwrap_or(text.len()),
            };
        }
        at = end;
        Some(from..end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
