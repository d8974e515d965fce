//! layout: places a timeline on a canvas. Pure: the same timeline and style give the same
//! [`Scene`], with every position in whole pixels, and nothing here writes SVG.
//!
//! The chart reads top to bottom: title and subtitle; a strip naming the eras and the "as of"
//! line; one band per lane, each with label rows above and below its markers; the time axis;
//! the legend; the key of numbered callouts; the source credits.
//!
//! Labels never overlap one another or a marker: markers sit on a track of their own, labels in
//! rows above and below it, joined by leader lines that never cross a nearer label. An event
//! whose label finds no room gets a numbered callout and a line in the key instead.

pub mod font;
mod horizontal;
mod lane;
mod legend;
mod place;
pub mod scale;
mod scene;
mod vertical;

use std::collections::{HashMap, HashSet};

use crate::timeline::date::Precision;
use crate::timeline::model::{Orientation, Theme};
use crate::timeline::{Event, EventEnd, Review, Status, Timeline};
use scale::{Day, day_of};
pub use scene::{Anchor, Item, Look, Paint, Rect, Scene, Shape, Text};

/// Sizes and limits of a chart. `Style::default()` is what `timeliner` draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Style {
    /// Canvas width when the timeline does not set one.
    pub width: i32,
    pub margin: i32,
    pub title_size: f64,
    pub subtitle_size: f64,
    pub label_size: f64,
    pub small_size: f64,
    /// Height of a label row.
    pub row_height: i32,
    /// Label rows on each side of a lane's markers before callouts take over.
    pub max_rows: usize,
    /// Widest one-line label; a longer one wraps onto two lines of `max_label_width`.
    pub max_line_width: f64,
    /// Widest line of a wrapped or crowded label; longer titles end in an ellipsis.
    pub max_label_width: f64,
    /// Width a crowded label is cut to before it gives way to a callout.
    pub short_label_width: f64,
}

impl Default for Style {
    fn default() -> Self {
        Self {
            width: 1200,
            margin: 24,
            title_size: 22.0,
            subtitle_size: 14.0,
            label_size: 12.0,
            small_size: 11.0,
            row_height: 18,
            max_rows: 6,
            max_line_width: 520.0,
            max_label_width: 260.0,
            short_label_width: 120.0,
        }
    }
}

/// How an event's date is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    /// An exact day: a dot.
    Point,
    /// A month, season, year…: a faint bracket over the days it covers.
    Span,
    /// A start and an end: a bar.
    Range,
    /// A start and `ongoing`: a bar that fades out.
    Ongoing,
}

/// An event reduced to what the layout needs.
struct Mark<'a> {
    event: &'a Event,
    kind: Kind,
    start: Day,
    /// Exclusive.
    end: Day,
    planned: bool,
    approximate: bool,
    date_text: String,
    /// The title with control characters removed and white space folded.
    title: String,
    source: Option<&'a str>,
    /// A period too short to see at this scale, drawn as a square on the point row.
    compact: bool,
}

impl Mark<'_> {
    fn on_point_row(&self) -> bool {
        self.kind == Kind::Point || self.compact
    }

    /// Colour, fill and outline: planned hollow and dashed, approximate dashed.
    fn look(&self) -> Look {
        Look {
            paint: if self.event.status == Status::Reported {
                Paint::Reported
            } else {
                Paint::Event
            },
            hollow: self.planned,
            dashed: self.planned || self.approximate,
        }
    }

    /// The event's drawn `items` with its accessible name and description (date, title,
    /// status, source).
    fn event_item(&self, items: Vec<Item>) -> Item {
        let title = &self.title;
        let mut desc = format!("{}: {title}.", self.date_text);
        let status = match (self.event.status, self.planned) {
            (Status::Reported, _) => Some("Reported, not confirmed."),
            (_, true) => Some("Planned."),
            _ => None,
        };
        if let Some(s) = status {
            desc.push(' ');
            desc.push_str(s);
        }
        if let Some(src) = self.source {
            desc.push_str(&format!(" Source: {}.", clean(src)));
        }
        Item::Event {
            id: clean(&self.event.id),
            title: format!("{}: {title}", self.date_text),
            desc,
            items,
        }
    }
}

/// Lays out a timeline.
///
/// # Example
/// ```
/// use timeliner::layout::{layout, Style};
/// use timeliner::timeline::Timeline;
///
/// let timeline: Timeline = serde_yaml::from_str(
///     "title: Talks\nevents:\n  - {id: a, date: 2019-02-27, title: Hanoi summit}\n",
/// ).unwrap();
/// let scene = layout(&timeline, &Style::default());
/// assert!(scene.texts().iter().any(|t| t.text == "Hanoi summit"));
/// ```
#[must_use]
pub fn layout(timeline: &Timeline, style: &Style) -> Scene {
    match timeline.chart.orientation.unwrap_or(Orientation::Auto) {
        Orientation::Horizontal => Layout::new(timeline, style).run(),
        Orientation::Vertical => Layout::new(timeline, style).run_vertical(),
        Orientation::Auto => {
            let shown = Layout::new(timeline, style).marks().len();
            if shown > AUTO_VERTICAL_ABOVE {
                return Layout::new(timeline, style).run_vertical();
            }
            let scene = Layout::new(timeline, style).run();
            // An event drawn without a label of its own stands behind a numbered callout.
            let labelled = |items: &[Item]| items.iter().any(|i| matches!(i, Item::Text(_)));
            let in_callouts = scene
                .items
                .iter()
                .filter(|i| matches!(i, Item::Event { items, .. } if !labelled(items)))
                .count();
            if in_callouts * 2 > shown {
                Layout::new(timeline, style).run_vertical()
            } else {
                scene
            }
        }
    }
}

/// `orientation: auto` draws longer lists top to bottom: a row per event stays readable where
/// a horizontal axis would send most labels to the key.
pub const AUTO_VERTICAL_ABOVE: usize = 60;

/// An event's dates as the chart writes them: "27 Feb 2019", "Mar 2019 – Jun 2019",
/// "since 2018".
#[must_use]
pub fn date_text(event: &Event) -> String {
    let start = scale::date_label(&event.date);
    match event.end {
        None => start,
        Some(EventEnd::Date(end)) => format!("{start} – {}", scale::date_label(&end)),
        Some(EventEnd::Ongoing) => format!("since {start}"),
    }
}

/// The lane an event without one is drawn in, when there are other lanes.
pub const OTHER_LANE: &str = "Other";

/// Which lane each event is drawn in: its `lane`, else the first of its tags that names a
/// lane listed in `chart.lanes`; empty when neither (drawn as [`OTHER_LANE`] when other lanes
/// exist). Shared with writers that group or filter events by lane.
pub struct LaneNames {
    listed: Vec<String>,
    is_listed: HashSet<String>,
}

impl LaneNames {
    #[must_use]
    pub fn new(timeline: &Timeline) -> Self {
        let listed: Vec<String> = timeline.chart.lanes.iter().map(|l| clean(l)).collect();
        let is_listed = listed.iter().cloned().collect();
        Self { listed, is_listed }
    }

    /// The event's lane name, empty for the unnamed lane.
    #[must_use]
    pub fn raw(&self, event: &Event) -> String {
        event.lane().map(clean).unwrap_or_else(|| {
            event
                .tags()
                .iter()
                .map(|t| clean(t))
                .find(|t| self.is_listed.contains(t))
                .unwrap_or_default()
        })
    }
}

struct Lane<'a> {
    name: String,
    marks: Vec<Mark<'a>>,
}

struct Layout<'a> {
    timeline: &'a Timeline,
    style: &'a Style,
    width: i32,
    as_of: Option<(Day, String)>,
    items: Vec<Item>,
    /// Events in the key, by callout number (1-based).
    key: Vec<String>,
}

fn text_box(x: i32, baseline: i32, width: f64, size: f64, anchor: Anchor) -> Rect {
    let w = ceil_px(width);
    let ascent = ceil_px(font::ASCENT_EM * size);
    let descent = ceil_px(font::DESCENT_EM * size);
    let left = match anchor {
        Anchor::Start => x,
        Anchor::Middle => x - w / 2,
        Anchor::End => x - w,
    };
    Rect {
        x: left,
        y: baseline - ascent,
        w,
        h: ascent + descent,
    }
}

/// Removes control characters and folds runs of white space, so that measured text is the
/// text drawn.
pub(crate) fn clean(text: &str) -> String {
    let tidy = !text.starts_with(' ')
        && !text.ends_with(' ')
        && !text.contains("  ")
        && !text
            .chars()
            .any(|c| c.is_control() || (c.is_whitespace() && c != ' '));
    if tidy {
        return text.to_string();
    }
    let kept: String = text
        .chars()
        .filter(|c| c.is_whitespace() || !c.is_control())
        .collect();
    kept.split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// An era's band behind the events; neighbouring eras alternate between two tints.
fn era_band(i: usize, rect: Rect, outline: bool, tooltip: String) -> Item {
    Item::Rect {
        rect,
        look: Look {
            paint: Paint::Era(u8::from(i % 2 == 1)),
            hollow: false,
            dashed: false,
        },
        opacity: 100,
        outline,
        tooltip: Some(tooltip),
    }
}

#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "rounded and clamped to 1..=255 first"
)]
fn px(size: f64) -> u8 {
    size.round().clamp(1.0, 255.0) as u8
}

/// Whole pixels that cover `length`, a width or height of text.
#[expect(
    clippy::cast_possible_truncation,
    reason = "text lengths are finite and not negative, and `as` saturates at i32::MAX, far past any canvas"
)]
fn ceil_px(length: f64) -> i32 {
    length.ceil() as i32
}

/// A line of text with the box the bundled font gives it.
fn make_text(
    x: i32,
    y: i32,
    size: f64,
    bold: bool,
    anchor: Anchor,
    paint: Paint,
    text: String,
) -> Text {
    let w = font::text_width(&text, size, bold);
    Text {
        x,
        y,
        size: px(size),
        bold,
        anchor,
        paint,
        lead: String::new(),
        bbox: text_box(x, y, w, size, anchor),
        text,
    }
}

impl<'a> Layout<'a> {
    fn new(timeline: &'a Timeline, style: &'a Style) -> Self {
        let width = timeline
            .chart
            .width
            .and_then(|w| i32::try_from(w).ok())
            .unwrap_or(style.width)
            .clamp(320, 20_000);
        let as_of = timeline
            .as_of
            .map(|d| (day_of(d.last_day()), scale::date_label(&d)));
        Self {
            timeline,
            style,
            width,
            as_of,
            items: Vec::new(),
            key: Vec::new(),
        }
    }

    fn marks(&self) -> Vec<Mark<'a>> {
        let show_drafts = self.timeline.chart.show_drafts.unwrap_or(true);
        let timeline = self.timeline;
        let as_of_day = self.as_of.as_ref().map(|(d, _)| *d);
        timeline
            .events
            .iter()
            .filter(|e| match e.review {
                Review::Rejected => false,
                Review::Draft => show_drafts,
                Review::Confirmed => true,
            })
            .map(|event| {
                let start = day_of(event.date.first_day());
                let (kind, end, end_approx) = match event.end {
                    None if matches!(event.date.precision, Precision::Day(..)) => {
                        (Kind::Point, start + 1, false)
                    }
                    None => (Kind::Span, day_of(event.date.last_day()) + 1, false),
                    Some(EventEnd::Date(end)) => (
                        Kind::Range,
                        (day_of(end.last_day()) + 1).max(start + 1),
                        end.approximate,
                    ),
                    Some(EventEnd::Ongoing) => (
                        Kind::Ongoing,
                        as_of_day.map_or(start + 1, |d| (d + 1).max(start + 1)),
                        false,
                    ),
                };
                let date_text = date_text(event);
                let planned =
                    event.status == Status::Planned || as_of_day.is_some_and(|d| start > d);
                let source = event.source.as_deref().map(|id| {
                    timeline
                        .sources
                        .iter()
                        .find(|s| s.id == id)
                        .map_or(id, |s| s.title.as_str())
                });
                Mark {
                    event,
                    kind,
                    start,
                    end,
                    planned,
                    approximate: event.date.approximate || end_approx,
                    date_text,
                    title: clean(&event.title),
                    source,
                    compact: false,
                }
            })
            .collect()
    }

    fn lanes(&self, marks: Vec<Mark<'a>>) -> Vec<Lane<'a>> {
        let lanes_of = LaneNames::new(self.timeline);
        let listed = &lanes_of.listed;
        // Listed lanes first, in their order, then the others as events name them; found by
        // name in a map, so that a lane per event costs no more than one lane.
        let mut lanes: Vec<Lane> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for name in listed {
            index.entry(name.clone()).or_insert_with(|| {
                lanes.push(Lane {
                    name: name.clone(),
                    marks: Vec::new(),
                });
                lanes.len() - 1
            });
        }
        for m in marks {
            let name = lanes_of.raw(m.event);
            let i = *index.entry(name.clone()).or_insert_with(|| {
                lanes.push(Lane {
                    name,
                    marks: Vec::new(),
                });
                lanes.len() - 1
            });
            lanes[i].marks.push(m);
        }
        lanes.retain(|l| !l.marks.is_empty());
        if lanes.len() > 1 {
            for lane in &mut lanes {
                if lane.name.is_empty() {
                    lane.name = OTHER_LANE.to_string();
                }
            }
        }
        for lane in &mut lanes {
            lane.marks
                .sort_by(|a, b| (a.start, a.end, &a.event.id).cmp(&(b.start, b.end, &b.event.id)));
        }
        lanes
    }

    /// Title and subtitle; returns the y below them, the title and the subtitle.
    fn heading(&mut self) -> (i32, String, Option<String>) {
        let style = self.style;
        let margin = style.margin;
        let title = clean(&self.timeline.title);
        let subtitle = self.timeline.subtitle.as_deref().map(clean);
        // Title and subtitle.
        let mut y = margin;
        let max_text = f64::from(self.width - 2 * margin);
        let lines = [
            (Some(title.as_str()), style.title_size, true, Paint::Ink),
            (
                subtitle.as_deref(),
                style.subtitle_size,
                false,
                Paint::Muted,
            ),
        ];
        for (text, size, bold, paint) in lines {
            let Some(text) = text else { continue };
            let fitted = font::fit(text, size, bold, max_text).unwrap_or_default();
            let ascent = ceil_px(size * font::ASCENT_EM);
            y += ascent;
            let t = make_text(margin, y, size, bold, Anchor::Start, paint, fitted);
            self.items.push(Item::Text(t));
            y += 10;
        }
        y += 8;
        (y, title, subtitle)
    }

    /// A chart with a heading and a line saying there is nothing to draw.
    fn nothing_to_show(mut self, y: i32, title: String, desc: String) -> Scene {
        let y = y + 14;
        let t = make_text(
            self.style.margin,
            y,
            self.style.label_size,
            false,
            Anchor::Start,
            Paint::Muted,
            "No events to show.".to_string(),
        );
        self.items.push(Item::Text(t));
        let bottom = y + 10 + self.style.margin;
        self.finish(bottom, title, desc)
    }

    fn finish(self, content_height: i32, title: String, desc: String) -> Scene {
        let height = self
            .timeline
            .chart
            .height
            .and_then(|h| i32::try_from(h).ok())
            .unwrap_or(0)
            .max(content_height);
        Scene {
            width: self.width,
            height,
            theme: self.timeline.chart.theme.unwrap_or(Theme::Auto),
            title,
            desc,
            items: self.items,
            vertical: false,
        }
    }

    fn describe(&self, count: usize, lanes: &[Lane], subtitle: Option<&str>) -> String {
        let mut desc = String::new();
        if let Some(sub) = subtitle {
            desc.push_str(sub);
            desc.push_str(". ");
        }
        let first = lanes
            .iter()
            .flat_map(|l| l.marks.first())
            .min_by_key(|m| m.start);
        let last = lanes
            .iter()
            .flat_map(|l| l.marks.iter())
            .max_by_key(|m| (m.start, m.end));
        let noun = if count == 1 { "event" } else { "events" };
        match (first, last) {
            (Some(f), Some(l)) => desc.push_str(&format!(
                "Timeline of {count} {noun}, from {} to {}.",
                f.date_text, l.date_text
            )),
            _ => desc.push_str("Timeline with no events."),
        }
        if let Some((_, label)) = &self.as_of {
            desc.push_str(&format!(" As of {label}."));
        }
        desc
    }

    fn era_days(&self, era: &crate::timeline::Era) -> (Day, Day) {
        let start = day_of(era.start.first_day());
        let end = match era.end {
            EventEnd::Date(d) => day_of(d.last_day()) + 1,
            EventEnd::Ongoing => self.as_of.as_ref().map_or(start + 1, |(d, _)| d + 1),
        };
        (start, end.max(start + 1))
    }
}

#[cfg(test)]
mod tests;
