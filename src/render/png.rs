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
    /// The canvas has more than [`MAX_PIXELS`] pixels.
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
                "the chart is {width}×{height} pixels ({} megapixels), more than the {} \
                 megapixels a PNG may have; lower chart.width or chart.height, show fewer \
                 events, or write SVG (--format svg)",
                (u64::from(*width) * u64::from(*height)).div_ceil(1_000_000),
                MAX_PIXELS / 1_000_000,
            ),
            Self::Encode(e) => write!(f, "could not encode the PNG: {e}"),
        }
    }
}

impl std::error::Error for RenderError {}

/// The most pixels a PNG may have: 100 megapixels are 400 MB of canvas in memory, a poster
/// at print resolution. A taller chart (a vertical one grows by a row per event) is an SVG.
pub const MAX_PIXELS: u64 = 100_000_000;

/// Canvases up to this many pixels on their longer side are drawn at twice the size, for
/// sharp text on high-density screens.
const DOUBLE_UP_TO: u32 = 4000;

/// Renders a timeline as PNG bytes, with the light theme when the timeline asks for the
/// automatic one (a picture cannot follow the reader's preference).
///
/// # Errors
/// [`RenderError`] when the canvas has more than [`MAX_PIXELS`] pixels or encoding fails.
pub fn render_png(timeline: &Timeline) -> Result<Vec<u8>, RenderError> {
    let scene = layout::layout(timeline, &Style::default());
    // Checked on the scene, before the SVG is written and parsed: both grow with the canvas.
    let width = u32::try_from(scene.width).unwrap_or(0);
    let height = u32::try_from(scene.height).unwrap_or(0);
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(RenderError::TooLarge { width, height });
    }
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
    let (zoom, scale) = if width.max(height) <= DOUBLE_UP_TO {
        (2, 2.0)
    } else {
        (1, 1.0)
    };
    let too_large = RenderError::TooLarge { width, height };
    let mut pixmap = tiny_skia::Pixmap::new(
        width.checked_mul(zoom).ok_or(too_large.clone())?,
        height.checked_mul(zoom).ok_or(too_large.clone())?,
    )
    .ok_or(too_large)?;
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
            "the chart is 1200×90000 pixels (108 megapixels), more than the 100 megapixels a PNG may have; \
             lower chart.width or chart.height, show fewer events, or write SVG (--format svg)"
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

    #[test]
    fn a_canvas_past_the_limit_is_refused_before_it_is_drawn() {
        let timeline: Timeline = serde_yaml::from_str(
            "title: T\nchart: {height: 5000000}\nevents:\n  - {id: a, date: 2019-02-27, title: A}\n",
        )
        .unwrap();
        assert_eq!(
            render_png(&timeline),
            Err(RenderError::TooLarge {
                width: 1200,
                height: 5_000_000
            })
        );
    }
}
