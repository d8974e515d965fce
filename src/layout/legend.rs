//! Below the chart: the legend of the kinds of marks drawn, the key spelling out numbered
//! callouts, and the source credits. Shared by both orientations.

use std::collections::BTreeSet;

use super::{
    Anchor, Item, Kind, Layout, Look, Mark, Paint, Rect, Shape, clean, font, make_text, scale,
};
use crate::timeline::Status;

impl<'a> Layout<'a> {
    /// A legend of the kinds of marks drawn, when there is more than one.
    pub(super) fn legend<'m>(
        &mut self,
        marks: impl IntoIterator<Item = &'m Mark<'a>>,
        y: i32,
    ) -> i32
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
        let bar = |opacity, outline| Item::Rect {
            rect: Rect {
                x: 0,
                y: -3,
                w: 16,
                h: 6,
            },
            look: solid,
            opacity,
            outline,
            tooltip: None,
        };
        let marker = |radius, shape, look| Item::Marker {
            x: 0,
            y: 0,
            radius,
            shape,
            look,
        };
        let entries: [(&str, Item); 8] = [
            ("exact day", marker(5, Shape::Dot, solid)),
            (
                "week, month, season or year: the whole period",
                bar(35, true),
            ),
            ("from … to", bar(85, false)),
            ("ongoing", bar(40, false)),
            (
                "planned",
                marker(
                    5,
                    Shape::Dot,
                    Look {
                        hollow: true,
                        dashed: true,
                        ..solid
                    },
                ),
            ),
            (
                "reported",
                marker(
                    5,
                    Shape::Diamond,
                    Look {
                        paint: Paint::Reported,
                        ..solid
                    },
                ),
            ),
            (
                "approximate date",
                marker(
                    5,
                    Shape::Dot,
                    Look {
                        dashed: true,
                        ..solid
                    },
                ),
            ),
            (
                "period too short to show at this scale",
                marker(4, Shape::Square, solid),
            ),
        ];
        let size = self.style.small_size;
        let mut x = self.style.margin;
        let mut y = y + 12;
        for (i, (label, sample)) in entries.into_iter().enumerate() {
            if !kinds.contains(&i) {
                continue;
            }
            // Room for a fallback font a sixth wider than the bundled one (DejaVu Sans, where
            // no Liberation Sans, Arimo, Arial or Helvetica is installed): a label never runs
            // into the next sample.
            let w = super::ceil_px(font::text_width(label, size, false) * 7.0 / 6.0);
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
    pub(super) fn key(&mut self, y: i32) -> i32 {
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
        // With a sixth to spare for a wider fallback font, as in the legend.
        let number_w =
            (font::text_width(&format!("{} ", self.key.len()), size, true) * 7.0 / 6.0).ceil();
        let entries = std::mem::take(&mut self.key);
        for (n, entry) in entries.iter().enumerate() {
            let n_i = i32::try_from(n).unwrap_or(0);
            let (col, row) = (n_i / rows, n_i % rows);
            let x = style.margin + col * col_w;
            let baseline = top + row * line;
            let number = (n + 1).to_string();
            let t = make_text(x, baseline, size, true, Anchor::Start, Paint::Event, number);
            self.items.push(Item::Text(t));
            let text_x = x + super::ceil_px(number_w);
            // Fitted with a sixth to spare, as the legend's labels, so that a wider fallback
            // font does not run an entry into the next column.
            let room = f64::from(col_w - (text_x - x) - 12) * 6.0 / 7.0;
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
    pub(super) fn footer(&mut self, y: i32) -> i32 {
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
