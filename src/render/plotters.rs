//! plotters: draws a laid-out [`Scene`] onto any plotters `DrawingArea`, so that a Rust
//! program can put a timeline into its own figure or bitmap. Behind the `plotters` feature.
//!
//! Like the PNG writer it uses the fixed palette of the chart's theme (a bitmap cannot follow
//! the reader's preference) and the bundled Liberation Sans through plotters' `ab_glyph` text,
//! never the system's fonts, so the same scene gives the same pixels on every machine. It
//! makes no layout decisions: every position and string comes from the scene. What plotters
//! cannot draw is approximated: strokes are whole pixels wide (1.5 px marks become 2 px) and
//! the halo behind labels is the label drawn eight times in the background colour around its
//! place. Labels are drawn glyph by glyph with ab_glyph, at fractional positions and kerned,
//! because plotters' own text drops each glyph's side bearing.

use std::sync::Once;

use ab_glyph::{Font, FontRef, PxScale, PxScaleFont, ScaleFont, point};
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind};
use plotters::element::{Circle, DashedPathElement, PathElement, Polygon, Rectangle};
use plotters::prelude::DrawingBackend;
use plotters::style::{Color, FontStyle, RGBColor, ShapeStyle};

use super::{Palette, colour, fixed_palette};
use crate::layout::{Anchor, Item, Look, Paint, Scene, Shape, Text, font};

/// The family name the bundled font is registered under with plotters.
pub const FONT_FAMILY: &str = "Liberation Sans";

/// An error of the drawing area's backend.
pub type DrawError<DB> = DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>;

/// The marks' outline: the SVG's 1.5 px, in whole pixels.
const MARK_STROKE: u32 = 2;
/// The SVG's `stroke-dasharray: 3 2`.
const DASH: (i32, i32) = (3, 2);

/// Registers the bundled font as [`FONT_FAMILY`], for the program's own labels beside the
/// chart (the chart's are drawn glyph by glyph, see `glyphs`).
fn register_fonts() {
    static FONTS: Once = Once::new();
    FONTS.call_once(|| {
        // The bundled faces parse (the layout measures with them), so registration cannot
        // fail; were it to, the program's text would get plotters' "font unavailable" error.
        let _ = plotters::style::register_font(FONT_FAMILY, FontStyle::Normal, font::REGULAR);
        let _ = plotters::style::register_font(FONT_FAMILY, FontStyle::Bold, font::BOLD);
    });
}

/// Draws a scene with its top left corner at the area's; one scene pixel is one pixel of the
/// area, which should be `scene.width` × `scene.height` (anything outside it is clipped).
///
/// # Errors
/// Whatever the backend reports.
///
/// # Example
/// ```
/// use plotters::prelude::*;
/// use timeliner::layout::{Style, layout};
/// use timeliner::render::plotters::draw_scene;
/// use timeliner::timeline::Timeline;
///
/// let timeline: Timeline = serde_yaml::from_str(
///     "title: Talks\nevents:\n  - {id: a, date: 2019-02-27, title: Hanoi summit}\n",
/// ).unwrap();
/// let scene = layout(&timeline, &Style::default());
/// let (w, h) = (scene.width as u32, scene.height as u32);
/// let mut pixels = vec![0; (w * h * 3) as usize];
/// {
///     let area = BitMapBackend::with_buffer(&mut pixels, (w, h)).into_drawing_area();
///     draw_scene(&scene, &area).unwrap();
///     area.present().unwrap();
/// }
/// assert!(pixels.iter().any(|&p| p != 255), "something drawn on the white background");
/// ```
pub fn draw_scene<DB: DrawingBackend>(
    scene: &Scene,
    area: &DrawingArea<DB, Shift>,
) -> Result<(), DrawError<DB>> {
    register_fonts();
    // The bundled faces parse: the layout measured every label with them.
    let face = |data| FontRef::try_from_slice(data).expect("bundled font parses");
    let pen = Pen {
        palette: fixed_palette(scene.theme),
        regular: face(font::REGULAR),
        bold: face(font::BOLD),
    };
    area.draw(&Rectangle::new(
        [(0, 0), (scene.width, scene.height)],
        pen.rgb(None).filled(),
    ))?;
    for item in &scene.items {
        pen.item(area, item)?;
    }
    Ok(())
}

struct Pen {
    palette: &'static Palette,
    regular: FontRef<'static>,
    bold: FontRef<'static>,
}

impl Pen {
    /// The colour of a paint; `None` is the background.
    fn rgb(&self, paint: Option<Paint>) -> RGBColor {
        let hex = paint.map_or(self.palette.background, |p| colour(self.palette, p));
        let byte =
            |i: usize| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0);
        RGBColor(byte(1), byte(3), byte(5))
    }

    /// Fill of a mark: the background when hollow, else the paint at `opacity`.
    fn fill(&self, look: Look, opacity: f64) -> ShapeStyle {
        if look.hollow {
            self.rgb(None).filled()
        } else {
            self.rgb(Some(look.paint)).mix(opacity).filled()
        }
    }

    fn outline<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        points: Vec<(i32, i32)>,
        paint: Paint,
        width: u32,
        dashed: bool,
    ) -> Result<(), DrawError<DB>> {
        let style = self.rgb(Some(paint)).stroke_width(width);
        if dashed {
            area.draw(&DashedPathElement::new(points, DASH.0, DASH.1, style))
        } else {
            area.draw(&PathElement::new(points, style))
        }
    }

    fn item<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        item: &Item,
    ) -> Result<(), DrawError<DB>> {
        match item {
            Item::Rect {
                rect,
                look,
                opacity,
                outline,
                ..
            } => {
                let (x0, y0, x1, y1) = (rect.x, rect.y, rect.x + rect.w, rect.y + rect.h);
                let fill = self.fill(*look, f64::from(*opacity) / 100.0);
                area.draw(&Rectangle::new([(x0, y0), (x1 - 1, y1 - 1)], fill))?;
                if *outline {
                    let edge = vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)];
                    self.outline(area, edge, look.paint, MARK_STROKE, look.dashed)?;
                }
                Ok(())
            }
            Item::Line {
                from,
                to,
                paint,
                dashed,
            } => self.outline(area, vec![*from, *to], *paint, 1, *dashed),
            Item::Marker {
                x,
                y,
                radius,
                shape,
                look,
            } => {
                let (x, y, r) = (*x, *y, i32::from(*radius));
                let soft = look.dashed && !look.hollow;
                let fill = self.fill(*look, if soft { 0.45 } else { 1.0 });
                let edge = match shape {
                    Shape::Dot => {
                        area.draw(&Circle::new((x, y), r, fill))?;
                        if !look.dashed {
                            let edge = self.rgb(Some(look.paint)).stroke_width(MARK_STROKE);
                            return area.draw(&Circle::new((x, y), r, edge));
                        }
                        circle_points(x, y, r)
                    }
                    Shape::Square => {
                        area.draw(&Rectangle::new(
                            [(x - r, y - r), (x + r - 1, y + r - 1)],
                            fill,
                        ))?;
                        vec![
                            (x - r, y - r),
                            (x + r, y - r),
                            (x + r, y + r),
                            (x - r, y + r),
                            (x - r, y - r),
                        ]
                    }
                    Shape::Diamond => {
                        let d = r + 1;
                        let corners = vec![(x, y - d), (x + d, y), (x, y + d), (x - d, y)];
                        area.draw(&Polygon::new(corners.clone(), fill))?;
                        let mut edge = corners;
                        edge.push((x, y - d));
                        edge
                    }
                };
                self.outline(area, edge, look.paint, MARK_STROKE, look.dashed)
            }
            Item::Text(text) => self.text(area, text),
            Item::Event { items, .. } => items.iter().try_for_each(|i| self.item(area, i)),
        }
    }

    fn text<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        text: &Text,
    ) -> Result<(), DrawError<DB>> {
        let face = if text.bold { &self.bold } else { &self.regular };
        // ab_glyph scales a font so that its ascent-to-descent height is the size given; the
        // SVG's font-size is the em.
        #[expect(
            clippy::cast_possible_truncation,
            reason = "a font size of at most 255 px times 1.117"
        )]
        let height = (f64::from(text.size) * (font::ASCENT_EM + font::DESCENT_EM)) as f32;
        let font = face.as_scaled(PxScale::from(height));
        // The lead and the title are one line, placed as a whole by its anchor.
        let lead = if text.lead.is_empty() {
            String::new()
        } else {
            format!("{}\u{a0}", text.lead)
        };
        let width = advance(&font, &lead) + advance(&font, &text.text);
        #[expect(
            clippy::cast_precision_loss,
            reason = "canvas coordinates, far below 2^24"
        )]
        let (x, baseline) = (text.x as f32, text.y as f32);
        let left = match text.anchor {
            Anchor::Start => x,
            Anchor::Middle => x - width / 2.0,
            Anchor::End => x - width,
        };
        let whole = format!("{lead}{}", text.text);
        let halo = self.rgb(None);
        for (dx, dy) in [
            (-1., -1.),
            (0., -1.),
            (1., -1.),
            (-1., 0.),
            (1., 0.),
            (-1., 1.),
            (0., 1.),
            (1., 1.),
        ] {
            glyphs(area, &font, &whole, (left + dx, baseline + dy), halo)?;
        }
        let after_lead = glyphs(
            area,
            &font,
            &lead,
            (left, baseline),
            self.rgb(Some(Paint::Muted)),
        )?;
        glyphs(
            area,
            &font,
            &text.text,
            (after_lead, baseline),
            self.rgb(Some(text.paint)),
        )?;
        Ok(())
    }
}

type Scaled<'a> = PxScaleFont<&'a FontRef<'static>>;

/// The advance of a line, kerned as resvg and browsers kern it.
fn advance(font: &Scaled, text: &str) -> f32 {
    let mut width = 0.0;
    let mut previous = None;
    for c in text.chars() {
        let id = font.glyph_id(c);
        if let Some(p) = previous {
            width += font.kern(p, id);
        }
        width += font.h_advance(id);
        previous = Some(id);
    }
    width
}

/// Draws a line of glyphs from `origin` (left end of the baseline), each at its fractional
/// position with its anti-aliased coverage; returns where the line ends.
fn glyphs<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    font: &Scaled,
    text: &str,
    origin: (f32, f32),
    colour: RGBColor,
) -> Result<f32, DrawError<DB>> {
    let (mut caret, baseline) = origin;
    let mut previous = None;
    for c in text.chars() {
        let id = font.glyph_id(c);
        if let Some(p) = previous {
            caret += font.kern(p, id);
        }
        let glyph = id.with_scale_and_position(font.scale(), point(caret, baseline));
        if let Some(outline) = font.outline_glyph(glyph) {
            let bounds = outline.px_bounds();
            let mut result = Ok(());
            outline.draw(|gx, gy, coverage| {
                if result.is_ok() && coverage > 0.0 {
                    let at = (px(bounds.min.x) + to_i32(gx), px(bounds.min.y) + to_i32(gy));
                    result = area.draw_pixel(at, &colour.mix(f64::from(coverage)));
                }
            });
            result?;
        }
        caret += font.h_advance(id);
        previous = Some(id);
    }
    Ok(caret)
}

/// A glyph's pixel offset: glyphs are a few dozen pixels across.
fn to_i32(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// Whole pixels of a text length: labels are far narrower than `i32::MAX`.
fn px(length: impl Into<f64>) -> i32 {
    let length: f64 = length.into();
    #[expect(
        clippy::cast_possible_truncation,
        reason = "rounded text lengths, far inside i32"
    )]
    let whole = length.round() as i32;
    whole
}

/// A circle's outline as a closed path, for a dashed edge (plotters dashes paths only).
fn circle_points(x: i32, y: i32, r: i32) -> Vec<(i32, i32)> {
    const STEPS: u16 = 24;
    (0..=STEPS)
        .map(|i| {
            let angle = f64::from(i) * std::f64::consts::TAU / f64::from(STEPS);
            let radius = f64::from(r);
            (x + px(radius * angle.cos()), y + px(radius * angle.sin()))
        })
        .collect()
}
