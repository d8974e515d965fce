//! Horizontal orientation: time runs left to right. Top to bottom: the strip naming eras and
//! the "as of" date, one band per lane (planned and drawn in `lane`), the axis, then the legend,
//! key and credits.

use chrono::NaiveDate;

use super::lane::{LABEL_GAP, LanePlan};
use super::place::Side;
use super::scale::{self, Day, Scale, day_of};
use super::{
    Anchor, Item, Lane, Layout, Paint, Rect, Scene, Text, clean, era_band, font, make_text, px,
    text_box,
};
use crate::timeline::EventEnd;

/// Rows of era names in the strip above the lanes. An era whose name finds no room in them
/// goes unnamed there (its band's tooltip names it, as for an era too narrow to print), so that
/// thousands of overlapping eras cost a few rows each, not one more row each; the "as of"
/// label always gets a row.
const MAX_HEADER_ROWS: usize = 8;

impl<'a> Layout<'a> {
    pub(super) fn run(mut self) -> Scene {
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

    /// Era names and the "as of" label in rows above the lanes.
    fn header(&self, scale: &Scale, top: i32) -> (Vec<Item>, usize) {
        let style = self.style;
        let mut rows = Side::default();
        let mut items = Vec::new();
        let size = style.small_size;
        let mut place = |left: i32, right: i32, text: String, paint: Paint, bold: bool| {
            let always = paint == Paint::AsOf;
            let w = font::text_width(&text, size, bold);
            let wi = super::ceil_px(w);
            let (mut left, anchor) = (left, Anchor::Start);
            if left + wi > right {
                left = right - wi;
            }
            let mut k = 0;
            while !rows.fits(k, left - LABEL_GAP, left + wi + LABEL_GAP, left, true) {
                k += 1;
                if k == MAX_HEADER_ROWS && !always {
                    return;
                }
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
            let wi = super::ceil_px(w);
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
            let rect = Rect {
                x: x0,
                y: top,
                w: (x1 - x0).max(1),
                h: bottom - top,
            };
            let tooltip = format!(
                "{}: {} – {}",
                clean(&era.title),
                scale::date_label(&era.start),
                match era.end {
                    EventEnd::Date(d) => scale::date_label(&d),
                    EventEnd::Ongoing => "ongoing".to_string(),
                }
            );
            self.items.push(era_band(i, rect, false, tooltip));
        }
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
        let baseline = y + 8 + super::ceil_px(font::ASCENT_EM * scale::TICK_SIZE);
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
            let label = |x, anchor| {
                let (size, paint) = (scale::TICK_SIZE, Paint::Muted);
                make_text(x, baseline, size, false, anchor, paint, tick.label.clone())
            };
            // Ticks are spaced for their labels; at the chart's edges a label slides inwards
            // (it may carry the year, so dropping it would lose information), anchored at the
            // edge so that a wider fallback font grows inwards, not off the canvas.
            let mut t = label(tick.x, Anchor::Middle);
            if t.bbox.x < left_limit {
                t = label(left_limit, Anchor::Start);
            } else if t.bbox.x + t.bbox.w > right_limit {
                t = label(right_limit, Anchor::End);
            }
            if t.bbox.x > last_right + 4 {
                last_right = t.bbox.x + t.bbox.w;
                self.items.push(Item::Text(t));
            }
        }
        baseline + 14
    }
}
