//! A Rust program that puts a timeline into a plotters figure of its own: a framed bitmap
//! with a caption, the chart drawn in it by `timeliner::render::plotters::draw_scene`, saved
//! as PNG.
//!
//! cargo run --release --features plotters --example plotters -- [TIMELINE.yaml] [OUT.png]

use std::error::Error;

use plotters::prelude::*;
use resvg::tiny_skia;
use timeliner::layout::{Style, layout};
use timeliner::render::plotters::{FONT_FAMILY, draw_scene};

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let input = args
        .next()
        .unwrap_or_else(|| "data/kim-trump-talks.yaml".into());
    let output = args
        .next()
        .unwrap_or_else(|| "target/plotters-example.png".into());
    let text = std::fs::read_to_string(&input)?;
    let timeline = timeliner::timeline::parse(&input, &text).map_err(|diagnostics| {
        format!(
            "{input}: {} problems, see `timeliner check`",
            diagnostics.len()
        )
    })?;
    let scene = layout(&timeline, &Style::default());

    let margin = 24;
    let caption = 40;
    let width = u32::try_from(scene.width + 2 * margin)?;
    let height = u32::try_from(scene.height + 2 * margin + caption)?;
    let mut rgb = vec![0; usize::try_from(width * height * 3)?];
    {
        let figure = BitMapBackend::with_buffer(&mut rgb, (width, height)).into_drawing_area();
        figure.fill(&RGBColor(236, 239, 243))?;
        let (top, chart) = figure.split_vertically(caption + margin);
        let chart = chart.margin(0, margin, margin, margin);
        // The chart first: it registers the bundled font the caption uses too.
        draw_scene(&scene, &chart)?;
        top.draw_text(
            &format!("Figure 1. {}, drawn with plotters", timeline.title),
            &(FONT_FAMILY, 20).into_font().color(&BLACK),
            (margin, margin),
        )?;
        figure.present()?;
    }
    let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or("empty figure")?;
    for (pixel, rgb) in pixmap.pixels_mut().iter_mut().zip(rgb.chunks_exact(3)) {
        *pixel = tiny_skia::PremultipliedColorU8::from_rgba(rgb[0], rgb[1], rgb[2], 255)
            .ok_or("colour")?;
    }
    pixmap.save_png(&output)?;
    println!("{output}: {width}×{height}");
    Ok(())
}
