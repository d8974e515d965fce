//! PNG output: the same scene, rasterised by resvg with the bundled font, so it needs no
//! system fonts and no browser.

use std::fmt;

use resvg::{tiny_skia, usvg};

use super::{Target, write_svg};
use crate::layout::{self, Style, font};
use crate::timeline::Timeline;

/// Why a chart could not be rasterised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenderError {
    /// The rasteriser refused the SVG we wrote (a defect of this crate, reported as such).
    Svg(String),
    /// The canvas is too large to allocate.
    TooLarge {
        width: u32,
        height: u32,
    },
    Encode(String),
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Svg(e) => write!(f, "could not rasterise the chart: {e}"),
            Self::TooLarge { width, height } => write!(
                f,
                "the chart is {width}×{height} pixels, too large for a PNG; write SVG instead"
            ),
            Self::Encode(e) => write!(f, "could not encode the PNG: {e}"),
        }
    }
}

impl std::error::Error for RenderError {}

/// Canvases up to this many pixels on their longer side are drawn at twice the size, for
/// sharp text on high-density screens.
const DOUBLE_UP_TO: u32 = 4000;

/// Renders a timeline as PNG bytes, with the light theme when the timeline asks for the
/// automatic one (a picture cannot follow the reader's preference).
///
/// # Errors
/// [`RenderError`] when the canvas is too large to allocate or encoding fails.
pub fn render_png(timeline: &Timeline) -> Result<Vec<u8>, RenderError> {
    let scene = layout::layout(timeline, &Style::default());
    let svg = write_svg(&scene, Target::Raster);
    let mut options = usvg::Options {
        font_family: "Liberation Sans".to_string(),
        ..usvg::Options::default()
    };
    let fonts = options.fontdb_mut();
    fonts.load_font_data(font::REGULAR.to_vec());
    fonts.load_font_data(font::BOLD.to_vec());
    fonts.set_sans_serif_family("Liberation Sans");
    let tree = usvg::Tree::from_str(&svg, &options).map_err(|e| RenderError::Svg(e.to_string()))?;
    let size = tree.size().to_int_size();
    let (width, height) = (size.width(), size.height());
    let zoom = if width.max(height) <= DOUBLE_UP_TO {
        2
    } else {
        1
    };
    let too_large = RenderError::TooLarge { width, height };
    let mut pixmap = tiny_skia::Pixmap::new(
        width.checked_mul(zoom).ok_or(too_large.clone())?,
        height.checked_mul(zoom).ok_or(too_large.clone())?,
    )
    .ok_or(too_large)?;
    #[allow(clippy::cast_precision_loss)]
    let scale = zoom as f32;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| RenderError::Encode(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages() {
        assert_eq!(
            RenderError::TooLarge {
                width: 1200,
                height: 90_000
            }
            .to_string(),
            "the chart is 1200×90000 pixels, too large for a PNG; write SVG instead"
        );
        assert_eq!(
            RenderError::Svg("bad".into()).to_string(),
            "could not rasterise the chart: bad"
        );
        assert_eq!(
            RenderError::Encode("disk".into()).to_string(),
            "could not encode the PNG: disk"
        );
    }
}
