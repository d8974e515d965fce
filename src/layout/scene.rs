//! The scene: what layout hands to the writers. Boxes, lines, markers and texts at whole-pixel
//! positions, with their paints and looks; the SVG and PNG writers read nothing else.

use super::Theme;

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
    /// Time runs down the canvas (else left to right).
    pub vertical: bool,
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
