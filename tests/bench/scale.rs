//! Does tagging stay linear in time and bounded in memory on adversarial text?
//!
//! `cargo bench --bench scale [-- --max-mb 100 --runs 2 --only digits]` tags inputs of 1, 10 and 100 MB (up to
//! `--max-mb`) made of patterns chosen to break a tagger: one word repeated, month names
//! repeated, digits without a break, lines of a few characters, one endless sentence full of
//! temporal expressions, a history without line breaks, punctuation soup, non-ASCII text. Each run is a fresh child process
//! (see `growth.rs`, shared with `scale_extract`); for each tenfold step the time should grow
//! about tenfold, not a hundredfold.
//!
//! Without `--bench` (as in `cargo test --all-targets`) it runs 10 KB and 100 KB inputs.

#[allow(dead_code)]
mod child;
mod growth;
// Shared by the benchmarks; each uses only part of it.
#[allow(dead_code)]
mod timing;

use std::hint::black_box;

use chrono::NaiveDate;
use timeliner::tagger::{TagOptions, tag};

/// Repeated units; each pattern is its unit cycled to the wanted size.
const PATTERNS: [(&str, &str); 10] = [
    (
        "news prose",
        "Talks broke down in Hanoi in February 2019. Trump is set to visit South Korea next \
         month for the APEC summit, officials said on Monday, two years after the last \
         meeting; shares rose 3% to $12.50 in the third quarter of fiscal 1999.\n",
    ),
    // A history (its years read as the story's) that names the reference day again and again
    // and never breaks a line: each such mention is tested for being the article's own
    // timestamp, a test that once read to the ends of the line and so grew quadratic.
    (
        "history, no line break",
        "In 1914 the war began; on 26 December 2001 it was remembered. On 3 August 1914 \
         Germany declared war, and two days later Britain followed. 2001-12-26 ",
    ),
    ("the the", "the "),
    ("May May", "May "),
    ("digits, no break", "0123456789"),
    (
        "numbers",
        "1999 12 31 2,024 3.5 10:30 9/22/2025 2025-09-22 1990s '99 1st 555-1990 $1,999 ",
    ),
    (
        "one endless sentence",
        "last week and next month and two years ago and early March and the summer of 1998 \
         and every Monday and since 2019 and ",
    ),
    ("short lines", "May\n1\n1999\n\nago\n"),
    (
        "punctuation soup",
        "1-2/3.4:5,6;(7)'8\"9\u{2013}10\u{2014}.../--::,, ",
    ),
    (
        "non-ASCII",
        "2019\u{a0}\u{5e74} \u{ff12}\u{ff10}\u{ff11}\u{ff19} \u{2014} \u{201c}May\u{201d} \
         \u{2019}99 e\u{301}t\u{e9} \u{1f600} \u{feff}",
    ),
];

fn main() {
    growth::main(&growth::Stage {
        title: "tagging (reference date 2001-12-26)",
        patterns: PATTERNS.map(|(name, _)| name).to_vec(),
        make: |name, size| {
            let unit = PATTERNS.iter().find(|(n, _)| *n == name).map(|(_, u)| *u);
            growth::cycle(unit.expect("a known pattern"), size)
        },
        prepare: |_| options(),
        run: |text, options| black_box(tag(text, options)).len(),
        found: "timexes",
        sizes: &[1_000_000, 10_000_000, 100_000_000],
        default_max_mb: 100.0,
        smoke_sizes: &[10_000, 100_000],
        // A quadratic step grows about 100x, while a linear one that allocates a result per
        // match reaches 15-20x once its output no longer fits in cache.
        linear_limit: 30.0,
        memory_bound: None,
    });
}

// `..Default::default()` keeps this compiling as the tagger grows options.
#[allow(clippy::needless_update)]
fn options() -> TagOptions {
    TagOptions {
        reference_date: NaiveDate::from_ymd_opt(2001, 12, 26),
        ..TagOptions::default()
    }
}
