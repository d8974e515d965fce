//! libFuzzer target: the tagger on any bytes (read lossily) against a reference date taken
//! from the first two bytes; any broken rule of `invariants.rs` is a crash. When the first
//! byte is odd, the next four choose how the rest is wrapped as an article (byte-order mark,
//! front matter, dateline, CRLF; see `shapes.rs`) and the tagger finds its own date.

#![no_main]

// The tag target checks timexes only.
#[allow(dead_code)]
#[path = "../invariants.rs"]
mod invariants;
// Each target uses one of the two generators.
#[allow(dead_code)]
#[path = "../shapes.rs"]
mod shapes;

use chrono::{Days, NaiveDate};
use libfuzzer_sys::fuzz_target;
use timeliner::tagger::{TagOptions, tag};

fuzz_target!(|data: &[u8]| {
    if data.len() >= 5 && data[0] & 1 == 1 {
        let choice = data[1..5].iter().fold(0u64, |n, &b| n << 8 | u64::from(b));
        let article = shapes::article(choice << 1 | choice >> 31, &data[5..]);
        check(&String::from_utf8_lossy(&article), None);
        return;
    }
    let (date, text) = data.split_at(data.len().min(2));
    let days = date.iter().fold(0u64, |n, &b| n << 8 | u64::from(b));
    let reference_date = NaiveDate::from_ymd_opt(1950, 1, 1)
        .and_then(|start| start.checked_add_days(Days::new(days)));
    check(&String::from_utf8_lossy(text), reference_date);
});

/// Tags `text` twice and checks the timexes.
fn check(text: &str, reference_date: Option<NaiveDate>) {
    let options = options_for(reference_date);
    let timexes = tag(text, &options);
    if let Err(v) = invariants::check_timexes(text, &timexes) {
        panic!("{}: {}", v.rule, v.detail);
    }
    assert_eq!(
        tag(text, &options),
        timexes,
        "tagging the same text twice differs"
    );
}

// `..Default::default()` keeps this compiling as the tagger grows options.
#[allow(clippy::needless_update)]
fn options_for(reference_date: Option<NaiveDate>) -> TagOptions {
    TagOptions {
        reference_date,
        ..TagOptions::default()
    }
}
