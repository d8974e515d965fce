//! libFuzzer target: the tagger on any bytes (read lossily) against a reference date taken
//! from the first two bytes; any broken rule of `invariants.rs` is a crash.

#![no_main]

// The tag target checks timexes only.
#[allow(dead_code)]
#[path = "../invariants.rs"]
mod invariants;

use chrono::{Days, NaiveDate};
use libfuzzer_sys::fuzz_target;
use timeliner::tagger::{TagOptions, tag};

fuzz_target!(|data: &[u8]| {
    let (date, text) = data.split_at(data.len().min(2));
    let days = date.iter().fold(0u64, |n, &b| n << 8 | u64::from(b));
    let reference_date = NaiveDate::from_ymd_opt(1950, 1, 1)
        .and_then(|start| start.checked_add_days(Days::new(days)));
    let text = String::from_utf8_lossy(text);
    let options = options_for(reference_date);
    let timexes = tag(&text, &options);
    if let Err(v) = invariants::check_timexes(&text, &timexes) {
        panic!("{}: {}", v.rule, v.detail);
    }
    assert_eq!(
        tag(&text, &options),
        timexes,
        "tagging the same text twice differs"
    );
});

// `..Default::default()` keeps this compiling as the tagger grows options.
#[allow(clippy::needless_update)]
fn options_for(reference_date: Option<NaiveDate>) -> TagOptions {
    TagOptions {
        reference_date,
        ..TagOptions::default()
    }
}
