//! libFuzzer target: timeline YAML loaded and, when it loads, rendered (twice, for
//! determinism) and checked as SVG; any broken rule of `invariants.rs` is a crash.

#![no_main]

// The timeline target checks SVG only.
#[allow(dead_code)]
#[path = "../invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;
use timeliner::render::render_svg;
use timeliner::timeline::Timeline;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(timeline) = serde_yaml::from_str::<Timeline>(&text) else {
        return;
    };
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
