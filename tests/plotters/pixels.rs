//! The plotters drawing against the resvg PNG (`render --format png`) of every bundled
//! timeline: the same scene, drawn by two rasterisers, must give nearly the same pixels.
//!
//! Tolerance: the mean difference over all channels at most MEAN_TOLERANCE (of 255), and at
//! most FAR_TOLERANCE of the pixels further apart than FAR (of 255) in some channel. They are
//! not zero because the two draw the same shapes differently: plotters places glyphs on whole
//! pixels and rasterises them with ab_glyph, resvg shapes text (kerning) and places it at
//! fractions of a pixel; plotters strokes whole pixels (the marks' 1.5 px become 2), has no
//! text halo (it is approximated), and draws lines without anti-aliasing; and the PNG is drawn
//! at twice the size and averaged down here. Text edges are where nearly all differences are;
//! a misplaced mark, a wrong colour or a missing label moves the figures far past the limits.

#![allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_precision_loss,
    reason = "pixel counts and channel sums of canvases far below every limit"
)]

use std::path::Path;

use plotters::prelude::*;
use resvg::tiny_skia;
use timeliner::layout::{Scene, Style, layout};
use timeliner::render::plotters::draw_scene;
use timeliner::render::render_png;
use timeliner::timeline::Timeline;

const MEAN_TOLERANCE: f64 = 3.0;
const FAR: u8 = 96;
const FAR_TOLERANCE: f64 = 0.01;

fn bundled() -> Vec<(String, Timeline)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<_> = ["data", "data/gallery"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root.join(dir)).unwrap())
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let name = path.display().to_string();
            let text = std::fs::read_to_string(&path).unwrap();
            (
                name.clone(),
                timeliner::timeline::parse(&name, &text).unwrap(),
            )
        })
        .collect()
}

fn plotters_rgb(scene: &Scene) -> Vec<u8> {
    let (w, h) = (scene.width as u32, scene.height as u32);
    let mut rgb = vec![0; (w * h * 3) as usize];
    {
        let area = BitMapBackend::with_buffer(&mut rgb, (w, h)).into_drawing_area();
        draw_scene(scene, &area).unwrap();
        area.present().unwrap();
    }
    rgb
}

/// The PNG's pixels at the scene's size: the PNG of a small chart is drawn at twice the size,
/// so each 2×2 block is averaged.
fn png_rgb(png: &[u8], scene: &Scene) -> Vec<u8> {
    let pixmap = tiny_skia::Pixmap::decode_png(png).unwrap();
    let (w, h) = (scene.width as usize, scene.height as usize);
    let zoom = pixmap.width() as usize / w;
    assert_eq!(pixmap.height() as usize, h * zoom);
    let pixels = pixmap.pixels();
    let mut rgb = Vec::with_capacity(w * h * 3);
    for y in 0..h {
        for x in 0..w {
            let mut sum = [0u32; 3];
            for dy in 0..zoom {
                for dx in 0..zoom {
                    let p = pixels[(y * zoom + dy) * w * zoom + x * zoom + dx].demultiply();
                    sum[0] += u32::from(p.red());
                    sum[1] += u32::from(p.green());
                    sum[2] += u32::from(p.blue());
                }
            }
            let n = (zoom * zoom) as u32;
            rgb.extend(sum.map(|s| ((s + n / 2) / n) as u8));
        }
    }
    rgb
}

/// Mean channel difference and the share of pixels with a channel further apart than `FAR`.
fn difference(a: &[u8], b: &[u8]) -> (f64, f64) {
    assert_eq!(a.len(), b.len());
    let total: u64 = a
        .iter()
        .zip(b)
        .map(|(x, y)| u64::from(x.abs_diff(*y)))
        .sum();
    let far = a
        .chunks_exact(3)
        .zip(b.chunks_exact(3))
        .filter(|(p, q)| p.iter().zip(*q).any(|(x, y)| x.abs_diff(*y) > FAR))
        .count();
    (
        total as f64 / a.len() as f64,
        far as f64 / (a.len() / 3) as f64,
    )
}

#[test]
fn plotters_draws_the_pixels_of_the_png() {
    let mut failures = Vec::new();
    for (name, timeline) in bundled() {
        let scene = layout(&timeline, &Style::default());
        let ours = plotters_rgb(&scene);
        let theirs = png_rgb(&render_png(&timeline).unwrap(), &scene);
        let (mean, far) = difference(&ours, &theirs);
        println!("{name}: mean {mean:.2}, far {:.2} %", far * 100.0);
        if mean > MEAN_TOLERANCE || far > FAR_TOLERANCE {
            failures.push(format!("{name}: mean {mean:.2}, far {:.2} %", far * 100.0));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn a_blank_drawing_is_far_from_the_png() {
    // The measure can fail: a chart with its marks and labels left out is past the limits.
    let (name, timeline) = bundled().swap_remove(0);
    let mut scene = layout(&timeline, &Style::default());
    scene.items.clear();
    let (mean, far) = difference(
        &plotters_rgb(&scene),
        &png_rgb(&render_png(&timeline).unwrap(), &scene),
    );
    println!("{name}, blank: mean {mean:.2}, far {:.2} %", far * 100.0);
    assert!(
        mean > MEAN_TOLERANCE || far > FAR_TOLERANCE,
        "{name}: {mean} {far}"
    );
}
