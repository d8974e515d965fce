//! render: writes a laid-out [`Scene`] as SVG text, or rasterises it to PNG. Makes no layout
//! decisions: every position, string and style comes from the scene.
//!
//! The SVG is written directly rather than through plotters' `SVGBackend`, because the chart
//! needs what that backend cannot emit: CSS classes (so one file can follow the reader's
//! `prefers-color-scheme`), `<title>`/`<desc>` on the chart and on each event group,
//! `stroke-dasharray` for planned and approximate marks, a `font-family` naming the measured
//! font, and `<tspan>`s for a muted date before a title. The output stays deterministic: no
//! ids from counters, no timestamps, numbers printed as integers.

mod html;
#[cfg(feature = "plotters")]
pub mod plotters;
mod png;

use std::fmt::Write;

pub use html::render_html;
pub use png::{MAX_PIXELS, RenderError, render_png};

// The layout already removed control characters and folded line breaks in every text, so the
// shared XML escape is all the SVG needs.
use crate::formats::xml::escape;
use crate::layout::{self, Anchor, Item, Look, Paint, Scene, Shape, Style, Text, font};
use crate::timeline::Timeline;
use crate::timeline::model::Theme;

/// Renders a timeline as a complete SVG document with the chart options of `timeline.chart`.
///
/// # Example
/// ```
/// use timeliner::render::render_svg;
/// use timeliner::timeline::Timeline;
///
/// let timeline: Timeline = serde_yaml::from_str(
///     "title: Talks & <summits>\nevents:\n  - {id: a, date: 2019-02-27, title: Hanoi}\n",
/// ).unwrap();
/// let svg = render_svg(&timeline);
/// assert!(svg.contains("<title id=\"chart-title\">Talks &amp; &lt;summits&gt;</title>"));
/// ```
#[must_use]
pub fn render_svg(timeline: &Timeline) -> String {
    write_svg(
        &layout::layout(timeline, &Style::default()),
        Target::Browser,
    )
}

/// Who reads the SVG: a browser follows `prefers-color-scheme`; the rasteriser gets one fixed
/// palette because it does not evaluate media queries; the web page's chart also follows the
/// page's theme switch and names each event group, so the page's list can find its marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Browser,
    Raster,
    Page,
}

/// Colours of one theme, by [`Paint`].
struct Palette {
    background: &'static str,
    ink: &'static str,
    muted: &'static str,
    grid: &'static str,
    axis: &'static str,
    event: &'static str,
    reported: &'static str,
    as_of: &'static str,
    eras: [&'static str; 2],
    rule: &'static str,
}

const LIGHT: Palette = Palette {
    background: "#ffffff",
    ink: "#1b1f24",
    muted: "#57606a",
    grid: "#c9d1d9",
    axis: "#57606a",
    event: "#0b5cad",
    reported: "#b54708",
    as_of: "#c2185b",
    eras: ["#f4f1ea", "#eaf0f6"],
    rule: "#d8dee4",
};

const DARK: Palette = Palette {
    background: "#0f1419",
    ink: "#e6edf3",
    muted: "#9aa4ae",
    grid: "#3d4650",
    axis: "#9aa4ae",
    event: "#6cb6ff",
    reported: "#f0883e",
    as_of: "#ff7bab",
    eras: ["#1d232a", "#172230"],
    rule: "#30363d",
};

fn class(paint: Paint) -> &'static str {
    match paint {
        Paint::Ink => "ink",
        Paint::Muted => "muted",
        Paint::Grid => "grid",
        Paint::Axis => "axis",
        Paint::Event => "ev",
        Paint::Reported => "rep",
        Paint::AsOf => "asof",
        Paint::Era(0) => "era0",
        Paint::Era(_) => "era1",
        Paint::LaneRule => "rule",
    }
}

/// The colour of a paint in a palette.
fn colour(p: &Palette, paint: Paint) -> &'static str {
    match paint {
        Paint::Ink => p.ink,
        Paint::Muted => p.muted,
        Paint::Grid => p.grid,
        Paint::Axis => p.axis,
        Paint::Event => p.event,
        Paint::Reported => p.reported,
        Paint::AsOf => p.as_of,
        Paint::Era(0) => p.eras[0],
        Paint::Era(_) => p.eras[1],
        Paint::LaneRule => p.rule,
    }
}

/// The one palette of a theme where the reader's preference cannot be followed.
fn fixed_palette(theme: Theme) -> &'static Palette {
    match theme {
        Theme::Dark => &DARK,
        Theme::Light | Theme::Auto => &LIGHT,
    }
}

/// The palette as CSS rules, each selector after `scope` (empty, or a selector and a space).
fn palette_css(p: &Palette, scope: &str) -> String {
    let paints = [
        Paint::Ink,
        Paint::Muted,
        Paint::Grid,
        Paint::Axis,
        Paint::Event,
        Paint::Reported,
        Paint::AsOf,
        Paint::Era(0),
        Paint::Era(1),
        Paint::LaneRule,
    ];
    let mut css = format!(
        "{scope}.bg{{fill:{0}}}{scope}text{{stroke:{0}}}",
        p.background
    );
    for paint in paints {
        let (c, colour) = (class(paint), colour(p, paint));
        let _ = write!(
            css,
            "{scope}.t-{c}{{fill:{colour}}}{scope}.l-{c}{{stroke:{colour}}}{scope}.m-{c}{{fill:{colour};stroke:{colour}}}"
        );
    }
    let _ = write!(
        css,
        "{scope}.hollow{{fill:{}}}{scope}.bare{{stroke:none}}",
        p.background
    );
    css
}

fn style_sheet(theme: Theme, target: Target) -> String {
    // Text gets a halo in the background colour so that a leader line passing behind a
    // label never strikes through it.
    let common = "text{stroke-width:3px;stroke-linejoin:round;paint-order:stroke}\
                  .dash{stroke-dasharray:3 2}.mark{stroke-width:1.5px}";
    let themed = match (theme, target) {
        // The page decides the theme: the timeline's choice, the reader's preference or the
        // reader's switch (`data-theme` on the root), and its other content shares the names.
        (_, Target::Page) => format!(
            "{}@media (prefers-color-scheme: dark){{{}}}{}",
            palette_css(&LIGHT, "svg "),
            palette_css(&DARK, ":root:not([data-theme=light]) svg "),
            palette_css(&DARK, ":root[data-theme=dark] svg ")
        ),
        (Theme::Dark | Theme::Light, _) | (Theme::Auto, Target::Raster) => {
            palette_css(fixed_palette(theme), "")
        }
        (Theme::Auto, Target::Browser) => format!(
            "{}@media (prefers-color-scheme: dark){{{}}}",
            palette_css(&LIGHT, ""),
            palette_css(&DARK, "")
        ),
    };
    format!("{common}{themed}")
}

/// User text as SVG text: escaped, and without the bidirectional embeddings, overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069) that would let a title show in an order other
/// than the one written (the letters' own direction still applies).
pub(crate) fn svg_text(text: &str) -> String {
    escape(&without_bidi_controls(text)).into_owned()
}

fn without_bidi_controls(text: &str) -> std::borrow::Cow<'_, str> {
    let is_control = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if text.contains(is_control) {
        text.chars().filter(|&c| !is_control(c)).collect()
    } else {
        text.into()
    }
}

/// Writes a scene as an SVG document.
#[must_use]
pub fn write_svg(scene: &Scene, target: Target) -> String {
    let mut out = String::with_capacity(256 + scene.items.len() * 160);
    let (w, h) = (scene.width, scene.height);
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"{}\">",
        font::FAMILY
    );
    let _ = writeln!(
        out,
        "<title id=\"chart-title\">{}</title>",
        svg_text(&scene.title)
    );
    let _ = writeln!(
        out,
        "<desc id=\"chart-desc\">{}</desc>",
        svg_text(&scene.desc)
    );
    let _ = writeln!(out, "<style>{}</style>", style_sheet(scene.theme, target));
    let _ = writeln!(out, "<rect class=\"bg\" width=\"{w}\" height=\"{h}\"/>");
    for item in &scene.items {
        write_item(&mut out, item, target);
    }
    out.push_str("</svg>\n");
    out
}

fn mark_class(look: Look) -> String {
    let mut c = format!("mark m-{}", class(look.paint));
    if look.hollow {
        c.push_str(" hollow");
    }
    if look.dashed {
        c.push_str(" dash");
    }
    c
}

fn write_item(out: &mut String, item: &Item, target: Target) {
    match item {
        Item::Rect {
            rect,
            look,
            opacity,
            outline,
            tooltip,
        } => {
            // A class, not a `stroke` attribute: the theme's CSS would outrank an attribute.
            let bare = if *outline { "" } else { " bare" };
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" class=\"{}{bare}\"",
                rect.x,
                rect.y,
                rect.w,
                rect.h,
                mark_class(*look)
            );
            if *opacity < 100 && !look.hollow {
                let _ = write!(out, " fill-opacity=\"{}\"", f64::from(*opacity) / 100.0);
            }
            match tooltip {
                Some(t) => {
                    let _ = writeln!(out, "><title>{}</title></rect>", svg_text(t));
                }
                None => out.push_str("/>\n"),
            }
        }
        Item::Line {
            from,
            to,
            paint,
            dashed,
        } => {
            let dash = if *dashed { " dash" } else { "" };
            let _ = writeln!(
                out,
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" class=\"l-{}{dash}\"/>",
                from.0,
                from.1,
                to.0,
                to.1,
                class(*paint)
            );
        }
        Item::Marker {
            x,
            y,
            radius,
            shape,
            look,
        } => {
            let r = i32::from(*radius);
            let soft = if look.dashed && !look.hollow {
                " fill-opacity=\"0.45\""
            } else {
                ""
            };
            match shape {
                Shape::Dot => {
                    let _ = writeln!(
                        out,
                        "<circle cx=\"{x}\" cy=\"{y}\" r=\"{r}\" class=\"{}\"{soft}/>",
                        mark_class(*look)
                    );
                }
                Shape::Square => {
                    let _ = writeln!(
                        out,
                        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" class=\"{}\"{soft}/>",
                        x - r,
                        y - r,
                        2 * r,
                        2 * r,
                        mark_class(*look)
                    );
                }
                Shape::Diamond => {
                    let _ = writeln!(
                        out,
                        "<path d=\"M{x} {}L{} {y}L{x} {}L{} {y}Z\" class=\"{}\"{soft}/>",
                        y - r - 1,
                        x + r + 1,
                        y + r + 1,
                        x - r - 1,
                        mark_class(*look)
                    );
                }
            }
        }
        Item::Text(text) => write_text(out, text),
        Item::Event {
            id,
            title,
            desc,
            items,
        } => {
            out.push_str("<g class=\"event\"");
            if target == Target::Page {
                let _ = write!(out, " data-id=\"{}\"", escape(id));
            }
            let _ = writeln!(
                out,
                "><title>{}</title><desc>{}</desc>",
                svg_text(title),
                svg_text(desc)
            );
            for item in items {
                write_item(out, item, target);
            }
            out.push_str("</g>\n");
        }
    }
}

fn write_text(out: &mut String, text: &Text) {
    let _ = write!(
        out,
        "<text x=\"{}\" y=\"{}\" font-size=\"{}\" class=\"t-{}\"",
        text.x,
        text.y,
        text.size,
        class(text.paint)
    );
    if text.bold {
        out.push_str(" font-weight=\"bold\"");
    }
    match text.anchor {
        Anchor::Start => {}
        Anchor::Middle => out.push_str(" text-anchor=\"middle\""),
        Anchor::End => out.push_str(" text-anchor=\"end\""),
    }
    out.push('>');
    if !text.lead.is_empty() {
        let _ = write!(
            out,
            "<tspan class=\"t-muted\">{}</tspan>&#160;",
            svg_text(&text.lead)
        );
    }
    out.push_str(&svg_text(&text.text));
    out.push_str("</text>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_loses_bidi_overrides() {
        assert_eq!(
            svg_text("a\u{202E}<gpj.exe\u{202C} \u{2067}b\u{2069} \u{200F}"),
            "a&lt;gpj.exe b \u{200F}"
        );
    }

    #[test]
    fn auto_theme_follows_the_reader_only_in_browsers() {
        let browser = style_sheet(Theme::Auto, Target::Browser);
        assert!(browser.contains("@media (prefers-color-scheme: dark)"));
        assert!(!style_sheet(Theme::Auto, Target::Raster).contains("@media"));
        assert!(style_sheet(Theme::Dark, Target::Browser).contains(DARK.background));
    }
}
