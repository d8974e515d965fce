//! One lane of the horizontal chart: where each mark goes (bars and brackets on span rows,
//! markers on stacked levels), which label row each title takes, which events give way to
//! numbered callouts; then the lane drawn from that plan.

use super::place::Side;
use super::scale::Scale;
use super::{
    Anchor, Item, Kind, Lane, Layout, Look, Mark, Paint, Rect, Shape, Text, font, make_text, px,
    text_box,
};
use crate::timeline::Status;

/// Periods narrower than this many pixels are drawn as a square instead of a band.
const COMPACT_BELOW: i32 = 12;

/// Pixel geometry shared by the functions below.
const POINT_ROW: i32 = 16;
const SPAN_ROW: i32 = 9;
const MAX_SPAN_ROWS: usize = 6;
const MARKER_RADIUS: i32 = 5;
/// Vertical distance between stacked markers (a diameter, the strokes and a gap: stacked
/// markers never touch), and how many levels a lane's point row has.
const POINT_LEVEL: i32 = 13;
const MAX_POINT_LEVELS: usize = 3;
pub(super) const LABEL_GAP: i32 = 3;
const LEAD_GAP: i32 = 4;
const CALLOUT_CLUSTER: i32 = 14;

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

pub(super) struct LanePlan<'a> {
    pub(super) lane: Lane<'a>,
    xs: Vec<(i32, i32)>,
    span_rows: Vec<usize>,
    /// Level on the point row, so that close markers sit one above another, not in one blob.
    point_levels: Vec<usize>,
    placed: Vec<Placed>,
    callouts: Vec<Callout>,
    above_rows: usize,
    below_rows: usize,
}

impl<'a> Layout<'a> {
    /// Decides every label of a lane: marks' pixels, span rows, label rows, callouts.
    pub(super) fn plan_lane(&mut self, mut lane: Lane<'a>, scale: &Scale) -> LanePlan<'a> {
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

        // Bars and brackets on span rows (two pixels between bars on one row); markers closer
        // than their width on stacked levels (hundreds of events on one day cannot all get one).
        let span_rows = fit_rows(&lane.marks, &xs, false, MAX_SPAN_ROWS, |(x0, x1)| {
            (x0 - 1, x1)
        });
        let point_levels = fit_rows(&lane.marks, &xs, true, MAX_POINT_LEVELS, |(x, _)| {
            (x - MARKER_RADIUS, x + MARKER_RADIUS)
        });

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
                    let wi = super::ceil_px(w);
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
            let wi = super::ceil_px(font::text_width(&text, badge_size, true));
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
    pub(super) fn draw_lane(&self, plan: &LanePlan, top: i32, out: &mut Vec<Item>) -> i32 {
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
        let ascent = super::ceil_px(font::ASCENT_EM * style.label_size);
        let baseline_in_row =
            (row_h - ascent - super::ceil_px(font::DESCENT_EM * style.label_size)) / 2 + ascent;

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
}

/// Rows for the marks on the point row (`points`) or off it, in order, by first fit over the
/// pixel extent `extent` gives each; the other marks get row 0.
fn fit_rows(
    marks: &[Mark],
    xs: &[(i32, i32)],
    points: bool,
    max: usize,
    extent: impl Fn((i32, i32)) -> (i32, i32),
) -> Vec<usize> {
    let mut ends = Vec::new();
    marks
        .iter()
        .zip(xs)
        .map(|(m, &x)| {
            if m.on_point_row() != points {
                return 0;
            }
            let (start, end) = extent(x);
            first_fit(&mut ends, max, start, end)
        })
        .collect()
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
