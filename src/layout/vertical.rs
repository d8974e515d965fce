//! Vertical orientation: time runs down the page, one row per event (its date, a marker on a
//! rail, its wrapped title), for lists too long to label along a horizontal axis. Rows are in
//! time order and never share a line, so no two texts can overlap however many events there are.
//! Years, eras and the "as of" date get rows of their own; lanes become tags before the title.

use chrono::Datelike;

use super::{
    Anchor, Item, Kind, Layout, Mark, Paint, Rect, Scene, Shape, clean, era_band, font, make_text,
    scale,
};

/// Gap between the date column, the rail and the titles.
const RAIL_GAP: i32 = 10;
/// Width of an era's band at the left edge.
const ERA_BAND: i32 = 5;
/// Widest date column; a longer date is cut (the full one stays in the event's `<title>`).
const MAX_DATE_WIDTH: f64 = 190.0;
/// Default canvas width of a vertical chart: a column of rows reads better narrow.
const VERTICAL_WIDTH: i32 = 900;

/// One row of the column, in the order drawn.
enum Row<'m, 'a> {
    Year(i32),
    Era(usize),
    AsOf,
    Event(&'m Mark<'a>, Option<&'m str>),
}

impl<'a> Layout<'a> {
    pub(super) fn run_vertical(mut self) -> Scene {
        if self.timeline.chart.width.is_none() {
            self.width = self.width.min(VERTICAL_WIDTH);
        }
        let style = self.style;
        let margin = style.margin;
        let marks = self.marks();
        let count = marks.len();
        let (mut y, title, subtitle) = self.heading();
        let lanes = self.lanes(marks);
        let desc = self.describe(count, &lanes, subtitle.as_deref());
        let named = lanes.len() > 1;
        let mut events: Vec<(&Mark, Option<&str>)> = lanes
            .iter()
            .flat_map(|l| {
                let tag = named.then_some(l.name.as_str());
                l.marks.iter().map(move |m| (m, tag))
            })
            .collect();
        events.sort_by(|(a, _), (b, _)| {
            (a.start, a.end, &a.event.id).cmp(&(b.start, b.end, &b.event.id))
        });
        if events.is_empty() {
            return downward(self.nothing_to_show(y, title, desc));
        }

        let era_events = self.era_events(&events);
        let rows = self.rows(&events, &era_events);
        let size = style.label_size;
        let date_w = events
            .iter()
            .map(|(m, _)| font::text_width(&m.date_text, size, false))
            .fold(0.0, f64::max)
            .min(MAX_DATE_WIDTH);
        let text_left = margin + 2 * ERA_BAND + 6;
        let date_right = text_left + super::ceil_px(date_w);
        let rail_x = date_right + RAIL_GAP + 5;
        let title_x = rail_x + 5 + RAIL_GAP;
        let room = f64::from(self.width - margin - title_x);
        let row_h = style.row_height;
        let ascent = super::ceil_px(font::ASCENT_EM * size);
        let descent = super::ceil_px(font::DESCENT_EM * size);
        let baseline_in_row = (row_h - ascent - descent) / 2 + ascent;
        let bce = events
            .first()
            .is_some_and(|(m, _)| scale::date_of(m.start).year() <= 0);

        y += 6;
        let rail_top = y;
        // Each event row's top and bottom, in the order of `events`.
        let mut event_rows: Vec<(i32, i32)> = Vec::with_capacity(events.len());
        let mut body = Vec::new();
        for row in rows {
            match row {
                Row::Year(year) => {
                    y += 6;
                    let t = make_text(
                        text_left,
                        y + baseline_in_row,
                        style.label_size,
                        true,
                        Anchor::Start,
                        Paint::Ink,
                        scale::year_label(year, bce),
                    );
                    body.push(Item::Text(t));
                    y += row_h;
                }
                Row::Era(i) => {
                    let era = &self.timeline.eras[i];
                    let name = clean(&era.title);
                    let text = font::fit(&name, style.small_size, true, room).unwrap_or_default();
                    let t = make_text(
                        title_x,
                        y + baseline_in_row,
                        style.small_size,
                        true,
                        Anchor::Start,
                        Paint::Muted,
                        text,
                    );
                    body.push(Item::Text(t));
                    y += row_h;
                }
                Row::AsOf => {
                    let label = self.as_of.as_ref().map(|(_, l)| l.clone());
                    let mid = y + row_h / 2;
                    body.push(Item::Line {
                        from: (rail_x - 8, mid),
                        to: (title_x - 4, mid),
                        paint: Paint::AsOf,
                        dashed: true,
                    });
                    let t = make_text(
                        title_x,
                        y + baseline_in_row,
                        style.small_size,
                        false,
                        Anchor::Start,
                        Paint::AsOf,
                        format!("as of {}", label.unwrap_or_default()),
                    );
                    body.push(Item::Text(t));
                    y += row_h;
                }
                Row::Event(m, tag) => {
                    let top = y;
                    let mut items = Vec::new();
                    let mut tags: Vec<&str> = tag.into_iter().collect();
                    if m.event.status == crate::timeline::Status::Reported {
                        tags.push("reported");
                    }
                    let lead = tags.join(" · ");
                    let lead_w = if lead.is_empty() {
                        0.0
                    } else {
                        font::text_width(&format!("{lead} "), size, false)
                    };
                    let title_text = &m.title;
                    let (first, second) = if lead_w + font::text_width(title_text, size, false)
                        <= room
                    {
                        (title_text.clone(), None)
                    } else if let Some((a, b)) =
                        font::wrap(title_text, size, false, room - lead_w, room)
                    {
                        (a, Some(b))
                    } else {
                        (
                            font::fit(title_text, size, false, room - lead_w).unwrap_or_default(),
                            None,
                        )
                    };
                    let lines = if second.is_some() { 2 } else { 1 };
                    let baseline = top + 3 + baseline_in_row;
                    let date =
                        font::fit(&m.date_text, size, false, date_w + 0.5).unwrap_or_default();
                    items.push(Item::Text(make_text(
                        date_right,
                        baseline,
                        size,
                        false,
                        Anchor::End,
                        Paint::Muted,
                        date,
                    )));
                    items.push(Item::Text(title_line(title_x, baseline, size, lead, first)));
                    if let Some(second) = second {
                        items.push(Item::Text(make_text(
                            title_x,
                            baseline + row_h,
                            size,
                            false,
                            Anchor::Start,
                            Paint::Ink,
                            second,
                        )));
                    }
                    let height = lines * row_h + 6;
                    items.insert(0, mark_item(m, rail_x, top, height, row_h));
                    body.push(m.event_item(items));
                    event_rows.push((top, top + height));
                    y += height;
                }
            }
        }
        // Background first: era bands and the rail; then the rows.
        for (i, run) in era_events.iter().enumerate() {
            if let Some((first, last)) = *run {
                let (top, bottom) = (event_rows[first].0, event_rows[last].1);
                let era = &self.timeline.eras[i];
                let rect = Rect {
                    x: margin + ERA_BAND * i32::from(i % 2 == 1),
                    y: top,
                    w: ERA_BAND - 1,
                    h: bottom - top,
                };
                let tooltip = clean(&era.title);
                self.items.push(era_band(i, rect, true, tooltip));
            }
        }
        self.items.push(Item::Line {
            from: (rail_x, rail_top),
            to: (rail_x, y),
            paint: Paint::Grid,
            dashed: false,
        });
        self.items.extend(body);
        let mut y = self.legend(events.iter().map(|(m, _)| *m), y + 4);
        y = self.footer(y);
        downward(self.finish(y + margin - 8, title, desc))
    }

    /// For each era, the first and last of `events` (sorted by start) that start in it: they
    /// are one run of the list, found by binary search, so many eras cost n log n, not n².
    fn era_events(&self, events: &[(&Mark, Option<&str>)]) -> Vec<Option<(usize, usize)>> {
        self.timeline
            .eras
            .iter()
            .map(|era| {
                let (s, e) = self.era_days(era);
                let first = events.partition_point(|(m, _)| m.start < s);
                let end = events.partition_point(|(m, _)| m.start < e);
                (first < end).then(|| (first, end - 1))
            })
            .collect()
    }

    /// The rows in order: a year heading where the year changes, an era's name where it
    /// begins, the "as of" line where the events pass it.
    fn rows<'m>(
        &self,
        events: &[(&'m Mark<'a>, Option<&'m str>)],
        era_events: &[Option<(usize, usize)>],
    ) -> Vec<Row<'m, 'a>> {
        let mut rows = Vec::new();
        let mut year = None;
        // Eras named before the event that is the first in them, in era order.
        let mut named_at: Vec<(usize, usize)> = era_events
            .iter()
            .enumerate()
            .filter_map(|(i, run)| run.map(|(first, _)| (first, i)))
            .collect();
        named_at.sort_unstable();
        let mut next_era = named_at.iter().peekable();
        let as_of = self.as_of.as_ref().map(|(d, _)| *d);
        let mut as_of_shown = as_of.is_none();
        for (j, &(m, tag)) in events.iter().enumerate() {
            if !as_of_shown && as_of.is_some_and(|d| m.start > d) {
                rows.push(Row::AsOf);
                as_of_shown = true;
            }
            let y = scale::date_of(m.start).year();
            if year != Some(y) {
                rows.push(Row::Year(y));
                year = Some(y);
            }
            while let Some(&(_, i)) = next_era.next_if(|(first, _)| *first == j) {
                rows.push(Row::Era(i));
            }
            rows.push(Row::Event(m, tag));
        }
        if !as_of_shown {
            rows.push(Row::AsOf);
        }
        rows
    }
}

/// A title line with its tags (lane, "reported") in front, in the muted colour.
fn title_line(x: i32, baseline: i32, size: f64, lead: String, text: String) -> super::Text {
    let mut t = make_text(x, baseline, size, false, Anchor::Start, Paint::Ink, text);
    if !lead.is_empty() {
        let joined = if t.text.is_empty() {
            format!("{lead} ")
        } else {
            format!("{lead} {}", t.text)
        };
        let w = font::text_width(&joined, size, false);
        t.bbox = super::text_box(x, baseline, w, size, Anchor::Start);
        t.lead = lead;
    }
    t
}

/// The marker on the rail: a dot for a day, a diamond when reported, a bar over the row for a
/// period (faint for a month or year, solid for a range, half-faded when ongoing).
fn mark_item(m: &Mark, rail_x: i32, top: i32, height: i32, row_h: i32) -> Item {
    let look = m.look();
    let reported = m.event.status == crate::timeline::Status::Reported;
    if m.kind == Kind::Point || reported {
        return Item::Marker {
            x: rail_x,
            y: top + 3 + row_h / 2,
            radius: 5,
            shape: if reported { Shape::Diamond } else { Shape::Dot },
            look,
        };
    }
    let opacity = match m.kind {
        Kind::Span => 35,
        Kind::Ongoing => 40,
        _ => 85,
    };
    Item::Rect {
        rect: Rect {
            x: rail_x - 4,
            y: top + 3,
            w: 8,
            h: height - 6,
        },
        look,
        opacity,
        outline: opacity < 50 || look.hollow || look.dashed,
        tooltip: None,
    }
}

/// Marks a scene as one whose time axis runs down the canvas.
fn downward(mut scene: Scene) -> Scene {
    scene.vertical = true;
    scene
}
