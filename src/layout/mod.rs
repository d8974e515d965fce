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
mod place;
pub mod scale;
mod vertical;

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::timeline::date::Precision;
use crate::timeline::model::{Orientation, Theme};
use crate::timeline::{Event, EventEnd, Review, Status, Timeline};
use place::Side;
use scale::{Day, Scale, day_of};

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

/// A finished chart: items at fixed positions, drawn in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub width: i32,
    pub height: i32,
    pub theme: Theme,
    /// The chart's accessible name and description.
    pub title: String,
    pub desc: String,
    pub items: Vec<Item>,
}

/// An axis-aligned box in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rect {
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
}

impl Rect {
    /// Whether the two boxes share any area (touching edges do not count).
    #[must_use]
    pub fn intersects(&self, other: &Rect) -> bool {
        self.x < other.x + other.w
            && other.x < self.x + self.w
            && self.y < other.y + other.h
            && other.y < self.y + self.h
    }
}

/// What a drawn thing is, which decides its colour in each theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Paint {
    Ink,
    Muted,
    Grid,
    Axis,
    Event,
    Reported,
    AsOf,
    /// Era bands alternate between two tints.
    Era(u8),
    LaneRule,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// An exact day.
    Dot,
    /// A reported (claimed, unconfirmed) date.
    Diamond,
    /// A period too short to draw as a band at this scale.
    Square,
}

/// How a mark is filled and outlined: colour is never the only cue, so planned marks are hollow
/// and dashed, approximate ones dashed, reported ones a different shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub paint: Paint,
    pub hollow: bool,
    pub dashed: bool,
}

/// A line of text. `bbox` is the box a browser gives it with the bundled font.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub x: i32,
    /// Baseline.
    pub y: i32,
    pub size: u8,
    pub bold: bool,
    pub anchor: Anchor,
    pub paint: Paint,
    /// Written first, in the muted colour (a date before a title).
    pub lead: String,
    pub text: String,
    pub bbox: Rect,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Rect {
        rect: Rect,
        look: Look,
        /// Fill opacity in percent.
        opacity: u8,
        /// Whether the edge is drawn: a faint period gets a bracket-like edge, a solid bar or
        /// a fading step none.
        outline: bool,
        /// Shown on hover (an era's name when its band is too narrow to print it).
        tooltip: Option<String>,
    },
    Line {
        from: (i32, i32),
        to: (i32, i32),
        paint: Paint,
        dashed: bool,
    },
    Marker {
        x: i32,
        y: i32,
        radius: u8,
        shape: Shape,
        look: Look,
    },
    Text(Text),
    /// One event: everything drawn for it, with its accessible name and description.
    Event {
        id: String,
        title: String,
        desc: String,
        items: Vec<Item>,
    },
}

impl Item {
    /// The box of a marker, bar or bracket; `None` for text and lines.
    #[must_use]
    pub fn mark_box(&self) -> Option<Rect> {
        match self {
            Item::Marker { x, y, radius, .. } => {
                let r = i32::from(*radius);
                Some(Rect {
                    x: x - r,
                    y: y - r,
                    w: 2 * r,
                    h: 2 * r,
                })
            }
            Item::Rect { rect, .. } => Some(*rect),
            _ => None,
        }
    }
}

impl Scene {
    /// Every text item, including those inside events, in drawing order.
    #[must_use]
    pub fn texts(&self) -> Vec<&Text> {
        fn walk<'a>(items: &'a [Item], out: &mut Vec<&'a Text>) {
            for item in items {
                match item {
                    Item::Text(t) => out.push(t),
                    Item::Event { items, .. } => walk(items, out),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.items, &mut out);
        out
    }

    /// The boxes of every event's markers, bars and brackets.
    #[must_use]
    pub fn event_marks(&self) -> Vec<Rect> {
        self.items
            .iter()
            .filter_map(|item| match item {
                Item::Event { items, .. } => Some(items.iter().filter_map(Item::mark_box)),
                _ => None,
            })
            .flatten()
            .collect()
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

/// Periods narrower than this many pixels are drawn as a square instead of a band.
const COMPACT_BELOW: i32 = 12;

/// Pixel geometry shared by the functions below.
const POINT_ROW: i32 = 16;
const SPAN_ROW: i32 = 9;
const MAX_SPAN_ROWS: usize = 6;
const MARKER_RADIUS: i32 = 5;
/// Vertical distance between stacked markers, and how many levels a lane's point row has.
const POINT_LEVEL: i32 = 11;
const MAX_POINT_LEVELS: usize = 3;
const LABEL_GAP: i32 = 3;
const LEAD_GAP: i32 = 4;
const CALLOUT_CLUSTER: i32 = 14;

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

struct Lane<'a> {
    name: String,
    marks: Vec<Mark<'a>>,
}

/// Where one event's label went.
enum Placed {
    Label {
        above: bool,
        row: usize,
        left: i32,
        width: i32,
        flipped: bool,
        text: String,
        lead: String,
        /// The rest of a title wrapped onto a second line, in the next row out.
        more: Option<String>,
    },
    Callout,
}

/// A numbered callout standing for one or more crowded events.
struct Callout {
    above: bool,
    row: usize,
    anchor: i32,
    left: i32,
    width: i32,
    text: String,
}

struct LanePlan<'a> {
    lane: Lane<'a>,
    xs: Vec<(i32, i32)>,
    span_rows: Vec<usize>,
    /// Level on the point row, so that close markers sit one above another, not in one blob.
    point_levels: Vec<usize>,
    placed: Vec<Placed>,
    callouts: Vec<Callout>,
    above_rows: usize,
    below_rows: usize,
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
    #[allow(clippy::cast_possible_truncation)]
    let w = width.ceil() as i32;
    #[allow(clippy::cast_possible_truncation)]
    let ascent = (font::ASCENT_EM * size).ceil() as i32;
    #[allow(clippy::cast_possible_truncation)]
    let descent = (font::DESCENT_EM * size).ceil() as i32;
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
fn clean(text: &str) -> String {
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

#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn px(size: f64) -> u8 {
    size.round().clamp(1.0, 255.0) as u8
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
                let (kind, end, end_approx, end_text) = match event.end {
                    None if matches!(event.date.precision, Precision::Day(..)) => {
                        (Kind::Point, start + 1, false, None)
                    }
                    None => (Kind::Span, day_of(event.date.last_day()) + 1, false, None),
                    Some(EventEnd::Date(end)) => (
                        Kind::Range,
                        (day_of(end.last_day()) + 1).max(start + 1),
                        end.approximate,
                        Some(scale::date_label(&end)),
                    ),
                    Some(EventEnd::Ongoing) => (
                        Kind::Ongoing,
                        as_of_day.map_or(start + 1, |d| (d + 1).max(start + 1)),
                        false,
                        None,
                    ),
                };
                let start_text = scale::date_label(&event.date);
                let date_text = match (kind, end_text) {
                    (Kind::Ongoing, _) => format!("since {start_text}"),
                    (_, Some(e)) => format!("{start_text} – {e}"),
                    _ => start_text,
                };
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
        let listed: Vec<String> = self.timeline.chart.lanes.iter().map(|l| clean(l)).collect();
        let mut names = listed.clone();
        // An event's lane is its `lane`, else the first of its tags that names a listed lane.
        let lane_of = |m: &Mark| {
            m.event.lane.as_deref().map(clean).unwrap_or_else(|| {
                m.event
                    .tags
                    .iter()
                    .map(|t| clean(t))
                    .find(|t| listed.contains(t))
                    .unwrap_or_default()
            })
        };
        for m in &marks {
            let name = lane_of(m);
            if !names.contains(&name) {
                names.push(name);
            }
        }
        let mut lanes: Vec<Lane> = names
            .into_iter()
            .map(|name| Lane {
                name,
                marks: Vec::new(),
            })
            .collect();
        for m in marks {
            let name = lane_of(&m);
            if let Some(lane) = lanes.iter_mut().find(|l| l.name == name) {
                lane.marks.push(m);
            }
        }
        lanes.retain(|l| !l.marks.is_empty());
        if lanes.len() > 1 {
            for lane in &mut lanes {
                if lane.name.is_empty() {
                    lane.name = "Other".to_string();
                }
            }
        }
        for lane in &mut lanes {
            lane.marks
                .sort_by(|a, b| (a.start, a.end, &a.event.id).cmp(&(b.start, b.end, &b.event.id)));
        }
        lanes
    }

    fn run(mut self) -> Scene {
        let style = self.style;
        let margin = style.margin;
        let marks = self.marks();
        let count = marks.len();
        let (y, title, subtitle) = self.heading();
        let lanes = self.lanes(marks);
        let desc = self.describe(count, &lanes, subtitle.as_deref());
        if lanes.is_empty() && self.timeline.eras.is_empty() {
            return self.nothing_to_show(y, title, desc);
        }

        let (domain, scale) = self.scale(&lanes);
        let bce = domain.0 < day_of(NaiveDate::from_ymd_opt(1, 1, 1).unwrap_or(NaiveDate::MIN));

        // Header strip: era names and the "as of" label, packed in rows.
        let strip_top = y;
        let (header_items, header_rows) = self.header(&scale, strip_top);
        let plot_top = strip_top + i32::try_from(header_rows).unwrap_or(0) * style.row_height + 4;
        let plots: Vec<LanePlan> = lanes
            .into_iter()
            .map(|lane| self.plan_lane(lane, &scale))
            .collect();

        // Lanes, top to bottom.
        let mut lane_items = Vec::new();
        let mut y = plot_top;
        let named = plots.len() > 1;
        for (i, plan) in plots.iter().enumerate() {
            if i > 0 {
                lane_items.push(Item::Line {
                    from: (margin, y),
                    to: (self.width - margin, y),
                    paint: Paint::LaneRule,
                    dashed: false,
                });
                y += 4;
            }
            if named {
                let baseline = y + 14;
                let t = make_text(
                    margin,
                    baseline,
                    style.label_size,
                    true,
                    Anchor::Start,
                    Paint::Muted,
                    plan.lane.name.clone(),
                );
                lane_items.push(Item::Text(t));
                y += style.row_height + 2;
            }
            y = self.draw_lane(plan, y, &mut lane_items);
        }
        let axis_y = y + 6;

        // Background first: eras, grid, as-of line; then lanes; then the axis on top.
        let ticks = scale::ticks(&scale, bce);
        self.eras(&scale, strip_top, axis_y);
        for tick in &ticks {
            self.items.push(Item::Line {
                from: (tick.x, plot_top),
                to: (tick.x, axis_y),
                paint: Paint::Grid,
                dashed: false,
            });
        }
        self.items.extend(header_items);
        if let Some((day, _)) = &self.as_of {
            let x = scale.x(*day + 1);
            self.items.push(Item::Line {
                from: (x, strip_top + 4),
                to: (x, axis_y),
                paint: Paint::AsOf,
                dashed: true,
            });
        }
        self.items.extend(lane_items);
        let mut y = self.axis(&scale, &ticks, axis_y);
        y = self.legend(plots.iter().flat_map(|p| &p.lane.marks), y);
        y = self.key(y);
        y = self.footer(y);
        self.finish(y + margin - 8, title, desc)
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
            #[allow(clippy::cast_possible_truncation)]
            let ascent = (size * font::ASCENT_EM).ceil() as i32;
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

    /// The days shown, and the scale that draws them.
    fn scale(&self, lanes: &[Lane]) -> ((Day, Day), Scale) {
        let mut covered: Vec<(Day, Day)> = lanes
            .iter()
            .flat_map(|l| l.marks.iter().map(|m| (m.start, m.end)))
            .collect();
        for era in &self.timeline.eras {
            covered.push(self.era_days(era));
        }
        if let Some((day, _)) = &self.as_of {
            covered.push((*day, day + 1));
        }
        let start = covered.iter().map(|c| c.0).min().unwrap_or(0);
        let end = covered
            .iter()
            .map(|c| c.1)
            .max()
            .unwrap_or(1)
            .max(start + 1);
        let pad = ((end - start) / 30).max(1);
        let domain = (start - pad, end + pad);
        let x0 = self.style.margin + 6;
        let x1 = self.width - self.style.margin - 6;
        (domain, Scale::new(domain.0, domain.1, x0, x1, &covered))
    }

    fn era_days(&self, era: &crate::timeline::Era) -> (Day, Day) {
        let start = day_of(era.start.first_day());
        let end = match era.end {
            EventEnd::Date(d) => day_of(d.last_day()) + 1,
            EventEnd::Ongoing => self.as_of.as_ref().map_or(start + 1, |(d, _)| d + 1),
        };
        (start, end.max(start + 1))
    }

    /// Era names and the "as of" label in rows above the lanes.
    fn header(&self, scale: &Scale, top: i32) -> (Vec<Item>, usize) {
        let style = self.style;
        let mut rows = Side::default();
        let mut items = Vec::new();
        let size = style.small_size;
        let mut place = |left: i32, right: i32, text: String, paint: Paint, bold: bool| {
            let w = font::text_width(&text, size, bold);
            #[allow(clippy::cast_possible_truncation)]
            let wi = w.ceil() as i32;
            let (mut left, anchor) = (left, Anchor::Start);
            if left + wi > right {
                left = right - wi;
            }
            let mut k = 0;
            while !rows.fits(k, left - LABEL_GAP, left + wi + LABEL_GAP, left, true) {
                k += 1;
            }
            rows.take(k, left - LABEL_GAP, left + wi + LABEL_GAP, left);
            let baseline = top + i32::try_from(k).unwrap_or(0) * style.row_height + 13;
            items.push(Item::Text(Text {
                x: left,
                y: baseline,
                size: px(size),
                bold,
                anchor,
                paint,
                lead: String::new(),
                bbox: text_box(left, baseline, w, size, anchor),
                text,
            }));
        };
        for era in &self.timeline.eras {
            let (s, e) = self.era_days(era);
            let (x0, x1) = (scale.x(s), scale.x(e));
            let name = clean(&era.title);
            if let Some(text) = font::fit(&name, size, true, f64::from(x1 - x0 - 8)) {
                place(x0 + 4, x1 - 4, text, Paint::Muted, true);
            }
        }
        if let Some((day, label)) = &self.as_of {
            let x = scale.x(*day + 1);
            let text = format!("as of {label}");
            let w = font::text_width(&text, size, false);
            #[allow(clippy::cast_possible_truncation)]
            let wi = w.ceil() as i32;
            let right = self.width - style.margin;
            let left = if x + 4 + wi <= right {
                x + 4
            } else {
                x - 4 - wi
            };
            place(left, right, text, Paint::AsOf, false);
        }
        (items, rows.rows())
    }

    fn eras(&mut self, scale: &Scale, top: i32, bottom: i32) {
        for (i, era) in self.timeline.eras.iter().enumerate() {
            let (s, e) = self.era_days(era);
            let (x0, x1) = (scale.x(s), scale.x(e));
            self.items.push(Item::Rect {
                rect: Rect {
                    x: x0,
                    y: top,
                    w: (x1 - x0).max(1),
                    h: bottom - top,
                },
                look: Look {
                    paint: Paint::Era(u8::from(i % 2 == 1)),
                    hollow: false,
                    dashed: false,
                },
                opacity: 100,
                outline: false,
                tooltip: Some(format!(
                    "{}: {} – {}",
                    clean(&era.title),
                    scale::date_label(&era.start),
                    match era.end {
                        EventEnd::Date(d) => scale::date_label(&d),
                        EventEnd::Ongoing => "ongoing".to_string(),
                    }
                )),
            });
        }
    }

    /// Decides every label of a lane: marks' pixels, span rows, label rows, callouts.
    fn plan_lane(&mut self, mut lane: Lane<'a>, scale: &Scale) -> LanePlan<'a> {
        let style = self.style;
        for m in &mut lane.marks {
            m.compact = m.kind != Kind::Point && scale.x(m.end) - scale.x(m.start) < COMPACT_BELOW;
        }
        let xs: Vec<(i32, i32)> = lane
            .marks
            .iter()
            .map(|m| {
                if m.kind == Kind::Point {
                    let x = scale.x_frac(m.start, 0.5);
                    (x, x)
                } else if m.compact {
                    let x = (scale.x(m.start) + scale.x(m.end)) / 2;
                    (x, x)
                } else {
                    let x0 = scale.x(m.start);
                    (x0, scale.x(m.end).max(x0 + 3))
                }
            })
            .collect();

        // Bars and brackets: first-fit rows; past the last row they share the emptiest one.
        let mut row_ends: Vec<i32> = Vec::new();
        let span_rows: Vec<usize> = lane
            .marks
            .iter()
            .zip(&xs)
            .map(|(m, &(x0, x1))| {
                if m.on_point_row() {
                    return 0;
                }
                // Two pixels between bars on one row.
                first_fit(&mut row_ends, MAX_SPAN_ROWS, x0 - 1, x1)
            })
            .collect();

        // Markers closer than their width: first-fit levels; past the last level they share
        // the emptiest one (hundreds of events on one day cannot all get a level).
        let mut level_ends: Vec<i32> = Vec::new();
        let point_levels: Vec<usize> = lane
            .marks
            .iter()
            .zip(&xs)
            .map(|(m, &(x, _))| {
                if !m.on_point_row() {
                    return 0;
                }
                first_fit(
                    &mut level_ends,
                    MAX_POINT_LEVELS,
                    x - MARKER_RADIUS,
                    x + MARKER_RADIUS,
                )
            })
            .collect();

        let left_limit = style.margin;
        let right_limit = self.width - style.margin;
        let mut above = Side::default();
        let mut below = Side::default();
        if let Some((day, _)) = &self.as_of {
            let x = scale.x(*day + 1);
            above.block_everywhere(x - 1, x + 2);
            below.block_everywhere(x - 1, x + 2);
        }
        let mut order: Vec<usize> = (0..lane.marks.len()).collect();
        order.sort_by_key(|&i| (xs[i].0, i));
        let sorted_anchors: Vec<i32> = order.iter().map(|&i| xs[i].0).collect();
        let mut placed: Vec<Option<Placed>> = (0..lane.marks.len()).map(|_| None).collect();
        let size = style.label_size;
        // A label keeps clear of the "as of" line while it can; one that would otherwise
        // become a numbered callout may cross it (the text's halo masks the line).
        for pass in 0..2 {
            if pass == 1 {
                above.lift_everywhere();
                below.lift_everywhere();
            }
            for (position, &i) in order.iter().enumerate() {
                if placed[i].is_some() {
                    continue;
                }
                let m = &lane.marks[i];
                let anchor = xs[i].0;
                let title = m.title.clone();
                // Reported events say so in words as well as in colour and shape.
                let lead = if m.event.status == Status::Reported {
                    format!("{} (reported)", m.date_text)
                } else {
                    m.date_text.clone()
                };
                let lead_w = font::text_width(&format!("{lead} "), size, false);
                // Shortened only when the longer forms collide: the whole title on one line, then
                // wrapped onto two, then one line with an ellipsis, then a short one without date.
                let one_line = (lead_w + font::text_width(&title, size, false)
                    <= style.max_line_width)
                    .then(|| (lead.clone(), title.clone(), None));
                let wrapped = font::wrap(
                    &title,
                    size,
                    false,
                    style.max_label_width - lead_w,
                    style.max_label_width,
                )
                .map(|(first, second)| (lead.clone(), first, Some(second)));
                let cut = font::fit(&title, size, false, style.max_label_width - lead_w)
                    .filter(|t| *t != title)
                    .map(|t| (lead.clone(), t, None));
                let short = font::fit(&title, size, false, style.short_label_width)
                    .map(|t| (String::new(), t, None));
                let candidates = [one_line, wrapped, cut, short];
                let mut done = None;
                'find: for (lead, text, more) in candidates.into_iter().flatten() {
                    let joined = match (lead.is_empty(), text.is_empty()) {
                        (true, _) => text.clone(),
                        (false, true) => format!("{lead} "),
                        (false, false) => format!("{lead} {text}"),
                    };
                    let w = font::text_width(&joined, size, false).max(
                        more.as_deref()
                            .map_or(0.0, |m| font::text_width(m, size, false)),
                    );
                    #[allow(clippy::cast_possible_truncation)]
                    let wi = w.ceil() as i32;
                    let lines = if more.is_some() { 2 } else { 1 };
                    // Right of the marker reads best; left of it when the right is taken or
                    // off the canvas; a label wider than both halves is pinned to the left edge.
                    let right_fits = anchor + LEAD_GAP + wi <= right_limit;
                    let left_fits = anchor - LEAD_GAP - wi >= left_limit;
                    let sides: &[bool] = match (right_fits, left_fits) {
                        (true, true) => &[false, true],
                        (true, false) => &[false],
                        (false, _) => &[true],
                    };
                    for &flipped in sides {
                        let left = if flipped {
                            (anchor - LEAD_GAP - wi).max(left_limit)
                        } else {
                            anchor + LEAD_GAP
                        };
                        let (lo, hi) = (left - LABEL_GAP, left + wi + LABEL_GAP);
                        // A label in row k stops the leaders of later events under it from
                        // reaching rows beyond k, so leave as many nearer rows free as there are
                        // such events (shared between the two sides).
                        let later = &sorted_anchors[position + 1..];
                        let under =
                            later.partition_point(|&a| a < hi) - later.partition_point(|&a| a < lo);
                        let last_row = style.max_rows.saturating_sub(lines - 1);
                        let wanted = under.div_ceil(2).min(last_row.saturating_sub(1));
                        let rows = (wanted..last_row).chain((0..wanted).rev());
                        for k in rows {
                            for (is_above, side) in [(true, &mut above), (false, &mut below)] {
                                // The leader meets the first line; above the lane that is the
                                // outer of the two rows.
                                let (row, other) = match (lines, is_above) {
                                    (1, _) => (k, None),
                                    (_, true) => (k + 1, Some(k)),
                                    (_, false) => (k, Some(k + 1)),
                                };
                                let fits = side.fits(row, lo, hi, anchor, false)
                                    && other.is_none_or(|o| side.fits(o, lo, hi, anchor, true));
                                if fits {
                                    side.take(row, lo, hi, anchor);
                                    if let Some(o) = other {
                                        side.take(o, lo, hi, anchor);
                                    }
                                    done = Some(Placed::Label {
                                        above: is_above,
                                        row,
                                        left,
                                        width: wi,
                                        flipped,
                                        text,
                                        lead,
                                        more,
                                    });
                                    break 'find;
                                }
                            }
                        }
                    }
                }
                placed[i] = done;
            }
        }
        for p in &mut placed {
            p.get_or_insert(Placed::Callout);
        }

        // Crowded events: numbered in order along the axis, neighbours sharing one callout.
        let mut callouts = Vec::new();
        let mut group: Option<(i32, usize, usize)> = None;
        let mut groups = Vec::new();
        for &i in &order {
            if !matches!(placed[i], Some(Placed::Callout)) {
                continue;
            }
            let m = &lane.marks[i];
            self.key.push(format!("{}  {}", m.date_text, m.title));
            let n = self.key.len();
            match &mut group {
                Some((x, _, last)) if xs[i].0 - *x <= CALLOUT_CLUSTER => *last = n,
                _ => {
                    if let Some(g) = group.take() {
                        groups.push(g);
                    }
                    group = Some((xs[i].0, n, n));
                }
            }
        }
        groups.extend(group);
        let badge_size = style.small_size;
        for (anchor, first, last) in groups {
            let text = if first == last {
                first.to_string()
            } else {
                format!("{first}–{last}")
            };
            #[allow(clippy::cast_possible_truncation)]
            let wi = font::text_width(&text, badge_size, true).ceil() as i32;
            let right = anchor + LEAD_GAP;
            let left_side = anchor - LEAD_GAP - wi;
            let open = |l: i32| above.is_open(l - LABEL_GAP, l + wi + LABEL_GAP);
            let left = if right + wi <= right_limit && open(right) {
                right
            } else if left_side >= left_limit && open(left_side) {
                left_side
            } else if right + wi <= right_limit {
                right
            } else {
                left_side
            };
            let (lo, hi) = (left - LABEL_GAP, left + wi + LABEL_GAP);
            // Rows with an uncrossed leader first; then rows further out, where as a last
            // resort the leader may pass behind a label (the boxes still never overlap). A
            // fresh row beyond the last always takes it, so the search ends.
            let mut spot = None;
            'rows: for cross in [false, true] {
                let limit = if cross {
                    above.rows().max(below.rows()) + 1
                } else {
                    style.max_rows + 2
                };
                for k in 0..limit {
                    for (is_above, side) in [(true, &mut above), (false, &mut below)] {
                        if side.fits(k, lo, hi, anchor, cross) {
                            side.take(k, lo, hi, anchor);
                            spot = Some((is_above, k));
                            break 'rows;
                        }
                    }
                }
            }
            let spot = spot.unwrap_or_else(|| {
                let k = above.rows();
                above.take(k, lo, hi, anchor);
                (true, k)
            });
            let (is_above, row) = spot;
            callouts.push(Callout {
                above: is_above,
                row,
                anchor,
                left,
                width: wi,
                text,
            });
        }

        LanePlan {
            xs,
            span_rows,
            point_levels,
            placed: placed
                .into_iter()
                .map(|p| p.unwrap_or(Placed::Callout))
                .collect(),
            callouts,
            above_rows: above.rows(),
            below_rows: below.rows(),
            lane,
        }
    }

    /// Draws a planned lane starting at `top`; returns where the next lane starts.
    fn draw_lane(&self, plan: &LanePlan, top: i32, out: &mut Vec<Item>) -> i32 {
        let style = self.style;
        let row_h = style.row_height;
        let above_rows = i32::try_from(plan.above_rows).unwrap_or(0);
        let track_top = top + above_rows * row_h + 2;
        let span_rows = plan
            .lane
            .marks
            .iter()
            .zip(&plan.span_rows)
            .filter(|(m, _)| !m.on_point_row())
            .map(|(_, r)| r + 1)
            .max()
            .unwrap_or(0);
        let has_points = plan.lane.marks.iter().any(Mark::on_point_row);
        let levels = plan
            .lane
            .marks
            .iter()
            .zip(&plan.point_levels)
            .filter(|(m, _)| m.on_point_row())
            .map(|(_, l)| *l)
            .max()
            .unwrap_or(0);
        let points_h = if has_points || span_rows == 0 {
            POINT_ROW + i32::try_from(levels).unwrap_or(0) * POINT_LEVEL
        } else {
            2
        };
        let span_top = track_top + points_h;
        let track_bottom = span_top + i32::try_from(span_rows).unwrap_or(0) * SPAN_ROW + 2;
        let point_y = track_top + POINT_ROW / 2;
        let row_top = |above: bool, row: usize| {
            let k = i32::try_from(row).unwrap_or(0);
            if above {
                track_top - 2 - (k + 1) * row_h
            } else {
                track_bottom + 2 + k * row_h
            }
        };
        // Baseline within a row, leaving room for ascent and descent.
        #[allow(clippy::cast_possible_truncation)]
        let ascent = (font::ASCENT_EM * style.label_size).ceil() as i32;
        let baseline_in_row =
            (row_h - ascent - (font::DESCENT_EM * style.label_size).ceil() as i32) / 2 + ascent;

        for (i, m) in plan.lane.marks.iter().enumerate() {
            let (x0, x1) = plan.xs[i];
            let mut items = Vec::new();
            let look = m.look();
            let mark_y;
            match m.kind {
                _ if m.on_point_row() => {
                    let level = i32::try_from(plan.point_levels[i]).unwrap_or(0);
                    mark_y = point_y + level * POINT_LEVEL;
                    items.push(Item::Marker {
                        x: x0,
                        y: mark_y,
                        radius: 5,
                        shape: if m.event.status == Status::Reported {
                            Shape::Diamond
                        } else if m.kind == Kind::Point {
                            Shape::Dot
                        } else {
                            Shape::Square
                        },
                        look,
                    });
                }
                Kind::Point | Kind::Span | Kind::Range | Kind::Ongoing => {
                    let y = span_top + i32::try_from(plan.span_rows[i]).unwrap_or(0) * SPAN_ROW;
                    mark_y = y;
                    let h = SPAN_ROW - 3;
                    let rect = |x: i32, w: i32, opacity: u8, look: Look| Item::Rect {
                        rect: Rect { x, y, w, h },
                        look,
                        opacity,
                        outline: opacity < 50 || look.hollow || look.dashed,
                        tooltip: None,
                    };
                    match m.kind {
                        // A faint band: the whole period, not its first day.
                        Kind::Span => items.push(rect(x0, x1 - x0, 35, look)),
                        Kind::Range => items.push(rect(x0, x1 - x0, 85, look)),
                        _ => {
                            // Solid, then fading in steps over its last third.
                            let w = x1 - x0;
                            let solid = w * 2 / 3;
                            items.push(rect(x0, solid.max(1), 85, look));
                            let steps = [60u8, 40, 20];
                            let step_w = (w - solid) / 3;
                            for (k, op) in steps.iter().enumerate() {
                                let sx = x0 + solid + i32::try_from(k).unwrap_or(0) * step_w;
                                let sw = if k == 2 { x1 - sx } else { step_w };
                                if sw > 0 {
                                    items.push(rect(
                                        sx,
                                        sw,
                                        *op,
                                        Look {
                                            dashed: false,
                                            hollow: false,
                                            ..look
                                        },
                                    ));
                                }
                            }
                        }
                    }
                }
            }
            match &plan.placed[i] {
                Placed::Label {
                    above,
                    row,
                    left,
                    width,
                    flipped,
                    text,
                    lead,
                    more,
                } => {
                    let rt = row_top(*above, *row);
                    let baseline = rt + baseline_in_row;
                    let mid = rt + row_h / 2;
                    let from_y = if *above {
                        mark_y - if m.on_point_row() { 6 } else { 0 }
                    } else if m.on_point_row() {
                        mark_y + 6
                    } else {
                        mark_y + SPAN_ROW - 3
                    };
                    let elbow_x = if *flipped { left + width } else { *left };
                    items.push(Item::Line {
                        from: (x0, from_y),
                        to: (x0, mid),
                        paint: Paint::Grid,
                        dashed: false,
                    });
                    if elbow_x != x0 {
                        items.push(Item::Line {
                            from: (x0, mid),
                            to: (elbow_x, mid),
                            paint: Paint::Grid,
                            dashed: false,
                        });
                    }
                    let joined = match (lead.is_empty(), text.is_empty()) {
                        (true, _) => text.clone(),
                        (false, true) => format!("{lead} "),
                        (false, false) => format!("{lead} {text}"),
                    };
                    let w = font::text_width(&joined, style.label_size, false);
                    items.push(Item::Text(Text {
                        x: *left,
                        y: baseline,
                        size: px(style.label_size),
                        bold: false,
                        anchor: Anchor::Start,
                        paint: Paint::Ink,
                        lead: lead.clone(),
                        text: text.clone(),
                        bbox: text_box(*left, baseline, w, style.label_size, Anchor::Start),
                    }));
                    if let Some(more) = more {
                        let second_row = if *above { row - 1 } else { row + 1 };
                        let baseline = row_top(*above, second_row) + baseline_in_row;
                        items.push(Item::Text(make_text(
                            *left,
                            baseline,
                            style.label_size,
                            false,
                            Anchor::Start,
                            Paint::Ink,
                            more.clone(),
                        )));
                    }
                }
                Placed::Callout => {}
            }
            out.push(m.event_item(items));
        }

        // Callouts: bold numbers joined to the first of their events.
        for c in &plan.callouts {
            let rt = row_top(c.above, c.row);
            let baseline = rt + baseline_in_row;
            let mid = rt + row_h / 2;
            let from_y = if c.above { track_top } else { track_bottom };
            out.push(Item::Line {
                from: (c.anchor, from_y),
                to: (c.anchor, mid),
                paint: Paint::Grid,
                dashed: true,
            });
            let elbow_x = if c.left >= c.anchor {
                c.left
            } else {
                c.left + c.width
            };
            out.push(Item::Line {
                from: (c.anchor, mid),
                to: (elbow_x, mid),
                paint: Paint::Grid,
                dashed: true,
            });
            let w = font::text_width(&c.text, style.small_size, true);
            out.push(Item::Text(Text {
                x: c.left,
                y: baseline,
                size: px(style.small_size),
                bold: true,
                anchor: Anchor::Start,
                paint: Paint::Event,
                lead: String::new(),
                text: c.text.clone(),
                bbox: text_box(c.left, baseline, w, style.small_size, Anchor::Start),
            }));
        }
        let below_rows = i32::try_from(plan.below_rows).unwrap_or(0);
        track_bottom + 2 + below_rows * row_h + 2
    }

    /// The time axis with its ticks and labels; returns the y below it.
    fn axis(&mut self, scale: &Scale, ticks: &[scale::Tick], y: i32) -> i32 {
        for seg in &scale.segments {
            self.items.push(Item::Line {
                from: (seg.x0, y),
                to: (seg.x1, y),
                paint: Paint::Axis,
                dashed: false,
            });
        }
        for (a, b) in scale.breaks() {
            // Two slanted strokes mark the stretch left out.
            for x in [a + 6, b - 6] {
                self.items.push(Item::Line {
                    from: (x - 4, y + 7),
                    to: (x + 4, y - 7),
                    paint: Paint::Axis,
                    dashed: false,
                });
            }
        }
        #[allow(clippy::cast_possible_truncation)]
        let baseline = y + 8 + (font::ASCENT_EM * scale::TICK_SIZE).ceil() as i32;
        let left_limit = 2;
        let right_limit = self.width - 2;
        let mut last_right = i32::MIN;
        for tick in ticks {
            self.items.push(Item::Line {
                from: (tick.x, y),
                to: (tick.x, y + 5),
                paint: Paint::Axis,
                dashed: false,
            });
            let mut t = make_text(
                tick.x,
                baseline,
                scale::TICK_SIZE,
                false,
                Anchor::Middle,
                Paint::Muted,
                tick.label.clone(),
            );
            // Ticks are spaced for their labels; at the chart's edges a label slides inwards
            // (it may carry the year, so dropping it would lose information).
            let shift = (left_limit - t.bbox.x).max(0) + (right_limit - t.bbox.x - t.bbox.w).min(0);
            t.x += shift;
            t.bbox.x += shift;
            if t.bbox.x > last_right + 4 {
                last_right = t.bbox.x + t.bbox.w;
                self.items.push(Item::Text(t));
            }
        }
        baseline + 14
    }

    /// A legend of the kinds of marks drawn, when there is more than one.
    fn legend<'m>(&mut self, marks: impl IntoIterator<Item = &'m Mark<'a>>, y: i32) -> i32
    where
        'a: 'm,
    {
        let mut kinds = BTreeSet::new();
        {
            for m in marks {
                kinds.insert(match m.kind {
                    _ if m.compact => 7,
                    Kind::Point => 0,
                    Kind::Span => 1,
                    Kind::Range => 2,
                    Kind::Ongoing => 3,
                });
                if m.planned {
                    kinds.insert(4);
                }
                if m.event.status == Status::Reported {
                    kinds.insert(5);
                }
                if m.approximate {
                    kinds.insert(6);
                }
            }
        }
        if kinds.len() < 2 {
            return y;
        }
        let solid = Look {
            paint: Paint::Event,
            hollow: false,
            dashed: false,
        };
        let entries: [(&str, Item); 8] = [
            (
                "exact day",
                Item::Marker {
                    x: 0,
                    y: 0,
                    radius: 5,
                    shape: Shape::Dot,
                    look: solid,
                },
            ),
            (
                "month, season or year: the whole period",
                Item::Rect {
                    rect: Rect {
                        x: 0,
                        y: -3,
                        w: 16,
                        h: 6,
                    },
                    look: solid,
                    opacity: 35,
                    outline: true,
                    tooltip: None,
                },
            ),
            (
                "from … to",
                Item::Rect {
                    rect: Rect {
                        x: 0,
                        y: -3,
                        w: 16,
                        h: 6,
                    },
                    look: solid,
                    opacity: 85,
                    outline: false,
                    tooltip: None,
                },
            ),
            (
                "ongoing",
                Item::Rect {
                    rect: Rect {
                        x: 0,
                        y: -3,
                        w: 16,
                        h: 6,
                    },
                    look: solid,
                    opacity: 40,
                    outline: false,
                    tooltip: None,
                },
            ),
            (
                "planned",
                Item::Marker {
                    x: 0,
                    y: 0,
                    radius: 5,
                    shape: Shape::Dot,
                    look: Look {
                        hollow: true,
                        dashed: true,
                        ..solid
                    },
                },
            ),
            (
                "reported",
                Item::Marker {
                    x: 0,
                    y: 0,
                    radius: 5,
                    shape: Shape::Diamond,
                    look: Look {
                        paint: Paint::Reported,
                        ..solid
                    },
                },
            ),
            (
                "approximate date",
                Item::Marker {
                    x: 0,
                    y: 0,
                    radius: 5,
                    shape: Shape::Dot,
                    look: Look {
                        dashed: true,
                        ..solid
                    },
                },
            ),
            (
                "period too short to show at this scale",
                Item::Marker {
                    x: 0,
                    y: 0,
                    radius: 4,
                    shape: Shape::Square,
                    look: solid,
                },
            ),
        ];
        let size = self.style.small_size;
        let mut x = self.style.margin;
        let mut y = y + 12;
        for (i, (label, sample)) in entries.into_iter().enumerate() {
            if !kinds.contains(&i) {
                continue;
            }
            #[allow(clippy::cast_possible_truncation)]
            let w = font::text_width(label, size, false).ceil() as i32;
            if x + 22 + w > self.width - self.style.margin {
                x = self.style.margin;
                y += self.style.row_height;
            }
            let moved = match sample {
                Item::Marker {
                    radius,
                    shape,
                    look,
                    ..
                } => Item::Marker {
                    x: x + 8,
                    y: y - 4,
                    radius,
                    shape,
                    look,
                },
                Item::Rect {
                    rect,
                    look,
                    opacity,
                    outline,
                    tooltip,
                } => Item::Rect {
                    rect: Rect {
                        x,
                        y: y - 4 + rect.y,
                        ..rect
                    },
                    look,
                    opacity,
                    outline,
                    tooltip,
                },
                other => other,
            };
            self.items.push(moved);
            let t = make_text(
                x + 22,
                y,
                size,
                false,
                Anchor::Start,
                Paint::Muted,
                label.to_string(),
            );
            self.items.push(Item::Text(t));
            x += 22 + w + 18;
        }
        y + 10
    }

    /// The numbered callouts spelled out, in columns.
    fn key(&mut self, y: i32) -> i32 {
        if self.key.is_empty() {
            return y;
        }
        let style = self.style;
        let size = style.small_size;
        let inner = self.width - 2 * style.margin;
        let columns = (inner / 300).max(1);
        let col_w = inner / columns;
        let rows = i32::try_from(self.key.len())
            .unwrap_or(i32::MAX)
            .div_euclid(columns)
            + i32::from(i32::try_from(self.key.len()).unwrap_or(0) % columns != 0);
        let line = 15;
        let top = y + 12;
        let number_w = font::text_width(&format!("{} ", self.key.len()), size, true).ceil();
        let entries = std::mem::take(&mut self.key);
        for (n, entry) in entries.iter().enumerate() {
            let n_i = i32::try_from(n).unwrap_or(0);
            let (col, row) = (n_i / rows, n_i % rows);
            let x = style.margin + col * col_w;
            let baseline = top + row * line;
            let number = (n + 1).to_string();
            let t = make_text(x, baseline, size, true, Anchor::Start, Paint::Event, number);
            self.items.push(Item::Text(t));
            #[allow(clippy::cast_possible_truncation)]
            let text_x = x + number_w as i32;
            let room = f64::from(col_w - (text_x - x) - 12);
            if let Some(text) = font::fit(entry, size, false, room) {
                let t = make_text(
                    text_x,
                    baseline,
                    size,
                    false,
                    Anchor::Start,
                    Paint::Ink,
                    text,
                );
                self.items.push(Item::Text(t));
            }
        }
        top + (rows - 1) * line + 10
    }

    /// Source credits, one line each.
    fn footer(&mut self, y: i32) -> i32 {
        if self.timeline.chart.show_sources == Some(false) || self.timeline.sources.is_empty() {
            return y;
        }
        let style = self.style;
        let size = style.small_size;
        let mut y = y + 10;
        let room = f64::from(self.width - 2 * style.margin);
        for source in &self.timeline.sources {
            let mut line = format!("Source: {}", clean(&source.title));
            if let Some(p) = &source.publisher {
                line.push_str(&format!(", {}", clean(p)));
            }
            if let Some(d) = &source.published {
                line.push_str(&format!(", {}", scale::date_label(d)));
            }
            if let Some(u) = source.url.as_ref().or(source.path.as_ref()) {
                line.push_str(&format!(" ({})", clean(u)));
            }
            y += 15;
            if let Some(text) = font::fit(&line, size, false, room) {
                let t = make_text(
                    style.margin,
                    y,
                    size,
                    false,
                    Anchor::Start,
                    Paint::Muted,
                    text,
                );
                self.items.push(Item::Text(t));
            }
        }
        y + 6
    }
}

/// First fit: the first row whose extents all end before `start`; past `max` rows, the row
/// that ends first. The row then reaches `end`.
fn first_fit(ends: &mut Vec<i32>, max: usize, start: i32, end: i32) -> usize {
    let row = ends.iter().position(|&e| e < start).unwrap_or_else(|| {
        if ends.len() < max {
            ends.push(i32::MIN);
            ends.len() - 1
        } else {
            (0..ends.len()).min_by_key(|&i| ends[i]).unwrap_or(0)
        }
    });
    ends[row] = ends[row].max(end);
    row
}

#[cfg(test)]
mod tests;
