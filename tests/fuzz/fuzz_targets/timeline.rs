//! libFuzzer target: timeline YAML loaded as `check` loads it and, when it loads, rendered
//! (twice, for determinism) and checked as SVG, and as PNG when it sets a chart size (drawn,
//! or refused past the pixel bound); any broken rule of `invariants.rs` is a crash. When the
//! first byte is 0xff, the next four choose a generated timeline with anchors, aliases and
//! chart sizes around the limits (see `shapes.rs`) instead.

#![no_main]

// The timeline target checks SVG only.
#[allow(dead_code)]
#[path = "../invariants.rs"]
mod invariants;
// Each target uses one of the two generators.
#[allow(dead_code)]
#[path = "../shapes.rs"]
mod shapes;

use libfuzzer_sys::fuzz_target;
use timeliner::render::{MAX_PIXELS, RenderError, render_png, render_svg};
use timeliner::timeline::load;

fuzz_target!(|data: &[u8]| {
    let generated;
    let data = if data.len() >= 5 && data[0] == 0xff {
        let choice = data[1..5].iter().fold(0u64, |n, &b| n << 8 | u64::from(b));
        generated = shapes::timeline(choice << 1 | choice >> 31);
        generated.as_bytes()
    } else {
        data
    };
    let Ok(timeline) = load("fuzz.yaml", data) else {
        return;
    };
    if timeline.chart.width.is_some() || timeline.chart.height.is_some() {
        match render_png(&timeline) {
            Ok(png) => assert!(png.starts_with(b"\x89PNG"), "render_png gives no PNG"),
            Err(RenderError::TooLarge { width, height }) => assert!(
                u64::from(width) * u64::from(height) > MAX_PIXELS,
                "a PNG within the bound is refused"
            ),
            Err(e) => panic!("render_png fails: {e}"),
        }
    }
    let svg = render_svg(&timeline);
    if let Err(v) = invariants::check_svg(&svg) {
        panic!("{}: {}", v.rule, v.detail);
    }
    assert_eq!(
        render_svg(&timeline),
        svg,
        "rendering the same timeline twice differs"
    );
});
