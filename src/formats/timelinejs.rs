//! TimelineJS (Knight Lab) JSON: a title slide, one slide per event and the eras, and the same
//! read back.
//!
//! Dates are `{year, month, day}` objects with as many fields as the date has; BCE years are
//! negative as historians count them (44 BCE is `-44`). A date TimelineJS cannot hold (a
//! quarter, a season, a decade, a century, `~`) is also written as the slide's
//! `display_date` in the timeline's own spelling (`2019-Q3`, `~1990s – 2001`), which is what
//! the reader sees and what reading back uses. Headlines and texts are HTML: they are escaped,
//! line breaks become `<br>`. An event's quote is the slide's media, as a `<blockquote>`; its
//! lane is the slide's `group`.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::exchange::{Exported, Part, ReadError, dropped_parts, is_plain, kept_events, unique_id};
use super::xml;
use crate::timeline::date::{Precision, TimelineDate};
use crate::timeline::{Era, Event, EventEnd, Mentions, Notes, Review, Status, Timeline};

const KEPT: [Part; 7] = [
    Part::Title,
    Part::Subtitle,
    Part::Eras,
    Part::Descriptions,
    Part::Lanes,
    Part::Quotes,
    Part::Approximations,
];

/// Separates start and end in a `display_date`.
const RANGE: &str = " – ";

#[derive(Debug, Default, Serialize, Deserialize)]
struct Document {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<Slide>,
    #[serde(default)]
    events: Vec<Slide>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    eras: Vec<EraSlide>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Slide {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    start_date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    end_date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    display_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    media: Option<Media>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    unique_id: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
struct EraSlide {
    start_date: Date,
    end_date: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<Text>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Text {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    headline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Media {
    url: String,
}

/// A TimelineJS date, checked when read (TimelineJS files made from spreadsheets hold the
/// numbers as strings).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawDate")]
struct Date {
    year: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<u32>,
}

#[derive(Deserialize)]
struct RawDate {
    year: Number,
    #[serde(default)]
    month: Option<Number>,
    #[serde(default)]
    day: Option<Number>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Number {
    Int(i64),
    Text(String),
}

impl Number {
    fn value(&self) -> Result<Option<i64>, String> {
        match self {
            Number::Int(n) => Ok(Some(*n)),
            Number::Text(t) if t.trim().is_empty() => Ok(None),
            Number::Text(t) => t
                .trim()
                .parse()
                .map(Some)
                .map_err(|_| format!("`{t}` is not a number")),
        }
    }
}

impl TryFrom<RawDate> for Date {
    type Error = String;

    fn try_from(raw: RawDate) -> Result<Self, String> {
        let year = raw.year.value()?.ok_or("a date needs a year")?;
        let part = |n: Option<Number>, max: i64, what: &str| -> Result<Option<u32>, String> {
            match n.map(|n| n.value()).transpose()?.flatten() {
                None => Ok(None),
                Some(v) if (1..=max).contains(&v) => Ok(u32::try_from(v).ok()),
                Some(v) => Err(format!("{what} {v} is out of range 1 to {max}")),
            }
        };
        let month = part(raw.month, 12, "month")?;
        let day = part(raw.day, 31, "day")?;
        if year == 0 || year.abs() > 200_000 {
            return Err(format!(
                "year {year} is out of range (TimelineJS has no year 0: 1 BCE is -1)"
            ));
        }
        let date = Date { year, month, day };
        date.to_timeline()?;
        Ok(date)
    }
}

impl Date {
    fn from_timeline(date: &chrono::NaiveDate, precision: Precision) -> Self {
        use chrono::Datelike;
        let year = i64::from(date.year());
        let (month, day) = match precision {
            Precision::Day(..) | Precision::Week(_) => (Some(date.month()), Some(date.day())),
            Precision::Month(_) | Precision::Quarter(_) | Precision::Season(_) => {
                (Some(date.month()), None)
            }
            _ => (None, None),
        };
        Date {
            year: if year <= 0 { year - 1 } else { year },
            month,
            day,
        }
    }

    fn to_timeline(self) -> Result<TimelineDate, String> {
        let year = if self.year < 0 {
            self.year + 1
        } else {
            self.year
        };
        let text = match (self.month, self.day) {
            (None, _) => {
                return Ok(TimelineDate::year(
                    i32::try_from(year).map_err(|e| e.to_string())?,
                ));
            }
            (Some(m), None) => format!("{}-{m:02}", iso_year(year)),
            (Some(m), Some(d)) => format!("{}-{m:02}-{d:02}", iso_year(year)),
        };
        TimelineDate::parse(&text).map_err(|e| e.to_string())
    }
}

fn iso_year(year: i64) -> String {
    if year < 0 {
        format!("-{:04}", -year)
    } else {
        format!("{year:04}")
    }
}

fn start_of(date: TimelineDate) -> Date {
    Date::from_timeline(&date.first_day(), date.precision)
}

fn end_of(date: TimelineDate) -> Date {
    Date::from_timeline(&date.last_day(), date.precision)
}

/// Text as HTML: escaped, line breaks as `<br>`.
fn html(text: &str) -> String {
    xml::escape(text).replace('\n', "<br>")
}

/// HTML as text: `<br>` a line break, other tags removed, entities decoded.
fn text_of(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = rest[open + 1..open + close].trim().to_ascii_lowercase();
        if tag.trim_end_matches('/').trim() == "br" {
            out.push('\n');
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    xml::unescape(&out).into_owned()
}

/// The timeline as TimelineJS JSON (rejected events left out).
///
/// # Example
/// ```
/// use timeliner::formats::timelinejs;
/// let t = timeliner::timeline::load("t", b"title: T\nevents:\n- {id: a, date: 44 BCE, title: Caesar}\n").unwrap();
/// let json = String::from_utf8(timelinejs::write(&t).bytes).unwrap();
/// assert!(json.contains("\"year\": -44"));
/// ```
#[must_use]
pub fn write(timeline: &Timeline) -> Exported {
    let slide_text = |headline: &str, text: Option<&str>| Text {
        headline: Some(html(headline)),
        text: text.map(html),
    };
    let document = Document {
        title: Some(Slide {
            text: Some(slide_text(&timeline.title, timeline.subtitle.as_deref())),
            ..Slide::default()
        }),
        events: kept_events(timeline)
            .map(|event| {
                let end = match event.end {
                    Some(EventEnd::Date(d)) => Some(d),
                    _ => None,
                };
                let exact = is_plain(event.date) && end.is_none_or(is_plain);
                Slide {
                    start_date: Some(start_of(event.date)),
                    end_date: end.map(end_of),
                    display_date: (!exact).then(|| match end {
                        Some(end) => format!("{}{RANGE}{end}", event.date),
                        None => event.date.to_string(),
                    }),
                    text: Some(slide_text(&event.title, event.description())),
                    media: event.quote.as_ref().map(|q| Media {
                        url: format!("<blockquote>{}</blockquote>", html(q)),
                    }),
                    group: event.lane().map(str::to_string),
                    unique_id: Some(event.id.clone()),
                }
            })
            .collect(),
        eras: timeline
            .eras
            .iter()
            .map(|era| EraSlide {
                start_date: start_of(era.start),
                end_date: match era.end {
                    EventEnd::Date(d) => end_of(d),
                    EventEnd::Ongoing => end_of(timeline.as_of.unwrap_or(era.start)),
                },
                text: Some(slide_text(&era.title, None)),
            })
            .collect(),
    };
    let mut bytes = serde_json::to_vec_pretty(&document).unwrap_or_default();
    bytes.push(b'\n');
    Exported {
        bytes,
        dropped: dropped_parts(timeline, &KEPT),
    }
}

/// Reads TimelineJS JSON into a timeline; `title` is used when the file has no title slide.
///
/// # Errors
/// The first syntax error or unreadable date, with its line and column.
pub fn read(text: &str, title: &str) -> Result<Timeline, ReadError> {
    let document: Document = serde_json::from_str(text).map_err(|err| ReadError {
        line: err.line(),
        column: err.column(),
        message: err
            .to_string()
            .split(" at line ")
            .next()
            .unwrap_or_default()
            .to_string(),
    })?;
    let (headline, subtitle) = document
        .title
        .and_then(|slide| slide.text)
        .map(|t| (t.headline.map(|h| text_of(&h)), t.text.map(|t| text_of(&t))))
        .unwrap_or_default();
    let mut timeline = Timeline {
        title: headline
            .filter(|h| !h.trim().is_empty())
            .unwrap_or_else(|| title.to_string()),
        subtitle: subtitle.filter(|s| !s.trim().is_empty()),
        ..Timeline::default()
    };
    let mut taken: HashSet<String> = document
        .events
        .iter()
        .filter_map(|s| s.unique_id.clone())
        .collect();
    for (index, slide) in document.events.into_iter().enumerate() {
        timeline.events.push(read_event(index, slide, &mut taken)?);
    }
    for era in document.eras {
        let start = era.start_date.to_timeline().map_err(at_file)?;
        let end = era.end_date.to_timeline().map_err(at_file)?;
        timeline.eras.push(Era {
            title: era
                .text
                .and_then(|t| t.headline)
                .map(|h| text_of(&h))
                .unwrap_or_default(),
            start,
            end: EventEnd::Date(end),
        });
    }
    Ok(timeline)
}

fn at_file(message: String) -> ReadError {
    ReadError {
        line: 1,
        column: 1,
        message,
    }
}

fn read_event(index: usize, slide: Slide, taken: &mut HashSet<String>) -> Result<Event, ReadError> {
    let text = slide.text.unwrap_or_default();
    let title = text.headline.map(|h| text_of(&h)).unwrap_or_default();
    let Some(start) = slide.start_date else {
        return Err(at_file(format!(
            "event {} (`{title}`) has no start_date",
            index + 1
        )));
    };
    let mut date = start.to_timeline().map_err(at_file)?;
    let mut end = slide
        .end_date
        .map(|d| d.to_timeline().map(EventEnd::Date))
        .transpose()
        .map_err(at_file)?;
    if let Some((shown_start, shown_end)) = slide.display_date.as_deref().and_then(shown_dates) {
        date = shown_start;
        end = shown_end.map(EventEnd::Date).or(end);
    }
    let quote = slide.media.and_then(|m| {
        let inner = m
            .url
            .strip_prefix("<blockquote>")?
            .strip_suffix("</blockquote>")?;
        Some(text_of(inner))
    });
    let id = match slide.unique_id {
        Some(id) if !id.trim().is_empty() => id,
        _ => unique_id(&title, taken),
    };
    Ok(Event {
        id,
        date,
        end,
        title,
        status: Status::default(),
        notes: Notes::boxed(
            text.text.map(|t| text_of(&t)).filter(|t| !t.is_empty()),
            slide.group.filter(|g| !g.trim().is_empty()),
            Vec::new(),
        ),
        source: None,
        quote: quote.map(Into::into),
        review: Review::default(),
        mentions: Mentions::default(),
        more_mentions: 0,
    })
}

/// A `display_date` written by [`write`]: a date, or two joined by ` – `.
fn shown_dates(shown: &str) -> Option<(TimelineDate, Option<TimelineDate>)> {
    match shown.split_once(RANGE) {
        Some((start, end)) => Some((
            TimelineDate::parse(start).ok()?,
            Some(TimelineDate::parse(end).ok()?),
        )),
        None => Some((TimelineDate::parse(shown).ok()?, None)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::exchange::describe;

    #[test]
    fn a_week_starts_on_its_monday_and_reads_back_from_its_display_date() {
        let yaml = b"title: T\nevents:\n- {id: a, date: 2019-W12, title: A}\n";
        let t = crate::timeline::load("t", yaml).unwrap();
        let json = String::from_utf8(write(&t).bytes).unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let event = &v["events"][0];
        assert_eq!(
            event["start_date"],
            serde_json::json!({"year": 2019, "month": 3, "day": 18})
        );
        // As for a quarter, the display date says the rest.
        assert!(event.get("end_date").is_none());
        assert_eq!(event["display_date"], "2019-W12");
        let back = read(&json, "T").unwrap();
        assert_eq!(back.events[0].date.to_string(), "2019-W12");
    }

    #[test]
    fn dates_text_and_media() {
        let t = crate::formats::tests::sample();
        let json = String::from_utf8(write(&t).bytes).unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let events = v["events"].as_array().unwrap();
        let by_id = |id: &str| events.iter().find(|e| e["unique_id"] == id).unwrap();
        assert_eq!(
            by_id("day")["start_date"],
            serde_json::json!({"year": 2019, "month": 2, "day": 27})
        );
        assert_eq!(by_id("day")["group"], "diplomacy");
        assert_eq!(
            by_id("day")["media"]["url"],
            "<blockquote>He said &quot;no, never&quot;<br>then left — déjà vu</blockquote>"
        );
        assert_eq!(
            by_id("bce")["start_date"],
            serde_json::json!({"year": -44, "month": 3, "day": 15})
        );
        assert_eq!(
            by_id("bce-year")["start_date"],
            serde_json::json!({"year": -44})
        );
        assert_eq!(by_id("quarter")["display_date"], "2026-Q3");
        assert_eq!(by_id("decade")["display_date"], "~1990s");
        assert!(by_id("day").get("display_date").is_none());
        assert_eq!(
            v["eras"][0]["end_date"],
            serde_json::json!({"year": 2025, "month": 9, "day": 22})
        );
        assert_eq!(
            v["title"]["text"]["headline"],
            "Sample, with &quot;quotes&quot;"
        );
        assert!(events.iter().all(|e| e["unique_id"] != "gone"));
    }

    #[test]
    fn says_what_it_drops() {
        let t = crate::formats::tests::sample();
        assert_eq!(
            describe(&write(&t).dropped).unwrap(),
            "1 as_of date, 1 source, 3 statuses, 3 tags, 1 event's source, 1 review verdict, \
             1 mention, 2 ongoing ends and 1 rejected event"
        );
    }

    #[test]
    fn errors_are_located() {
        let err = |text: &str| read(text, "T").unwrap_err().to_string();
        assert_eq!(
            err("{\"events\": [\n  {\"start_date\": {\"year\": 2019, \"month\": 13}}]}"),
            "2:45: month 13 is out of range 1 to 12"
        );
        assert_eq!(err("{\"events\": [}"), "1:13: expected value");
        assert_eq!(
            err("{\"events\": [{\"start_date\": {\"year\": 2019, \"month\": 2, \"day\": 30}}]}"),
            "1:65: `2019-02-30` is not a day of the calendar"
        );
        assert_eq!(
            err("{\"events\": [{}]}"),
            "1:1: event 1 (``) has no start_date"
        );
    }

    #[test]
    fn reads_what_spreadsheets_write() {
        let t = read(
            r#"{"events": [{"start_date": {"year": "1969", "month": "7", "day": ""},
                "text": {"headline": "<b>Moon</b> &amp; back", "text": "<p>One</p><p>small</p>"}}]}"#,
            "Fallback",
        )
        .unwrap();
        assert_eq!(t.title, "Fallback");
        assert_eq!(t.events[0].date.to_string(), "1969-07");
        assert_eq!(t.events[0].title, "Moon & back");
        assert_eq!(t.events[0].description(), Some("Onesmall"));
        assert_eq!(t.events[0].id, "moon-back");
    }
}
