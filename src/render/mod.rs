//! render: writes a laid-out chart as SVG bytes. Makes no layout decisions.

use crate::timeline::Timeline;

/// Renders a timeline as a complete SVG document.
///
/// First version: the title only; the chart work replaces it.
#[must_use]
pub fn render_svg(timeline: &Timeline) -> String {
    let title = timeline.title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"100\" viewBox=\"0 0 800 100\">\n<title>{title}</title>\n<text x=\"20\" y=\"40\">{title}</text>\n</svg>\n"
    )
}
