//! Does `extract` stay linear in time and bounded in memory as its input grows?
//!
//! `cargo bench --bench scale_extract [-- --max-mb 100 --runs 2 --only dates]` extracts events
//! from inputs of 0.1, 1 and 10 MB (100 MB with `--max-mb 100`) of text shaped to break an
//! extractor: short dated sentences, one endless sentence of dated clauses, one endless clause
//! of dates, many distinct dates, one date repeated with many titles, prose with no dates,
//! news prose, a chronology of lines without full stops, a transcript without punctuation, a
//! sentence that opens with a long run of dashes, a long run of full stops. The text is tagged
//! before the clock starts; the time is `text::sentences` and `events::extract` (what
//! `timeliner extract` adds to tagging). Each run is a fresh child
//! process (see `growth.rs`, shared with `scale`); for each tenfold step the time should grow
//! about tenfold (at most about 12x), not a hundredfold.
//!
//! Without `--bench` (as in `cargo test --all-targets`) it runs 10 KB and 100 KB inputs.

#[allow(dead_code)]
mod child;
mod growth;
// Shared by the benchmarks; each uses only part of it.
#[allow(dead_code)]
mod timing;

use std::fmt::Write;
use std::hint::black_box;

use chrono::NaiveDate;
use timeliner::events::extract;
use timeliner::tagger::{TagOptions, tag};
use timeliner::text::sentences;
use timeliner::timex::Timex;

// The allocator of the `timeliner` command, so that the memory is what it takes.
#[path = "../../src/allocator.rs"]
mod allocator;
#[global_allocator]
static ALLOCATOR: allocator::Allocator = allocator::Allocator;

const PATTERNS: &[&str] = &[
    "dense dated sentences",
    "one endless sentence",
    "one endless clause",
    "many distinct dates",
    "same date repeated",
    "no dates",
    "news prose",
    "chronology, no full stop",
    "days of one year, one sentence",
    "one verb dated again and again",
    "transcript, no punctuation",
    "dashes before a sentence",
    "run of full stops",
];

fn main() {
    growth::main(&growth::Stage {
        title: "extraction (events::extract after tag and sentences, reference date 2001-12-26)",
        patterns: PATTERNS.to_vec(),
        make,
        prepare: |text| tag(text, &options()),
        run: |text, timexes: &Vec<Timex>| {
            let spans = sentences(text);
            black_box(extract(text, timexes, &spans, Some(reference()), "bench")).len()
        },
        found: "events",
        sizes: &[100_000, 1_000_000, 10_000_000, 100_000_000],
        default_max_mb: 10.0,
        smoke_sizes: &[10_000, 100_000],
        linear_limit: 15.0,
        // Issue 14: at most 50 MB plus three times the article, here beyond the text and its
        // expressions.
        memory_bound: Some((50.0, 3.0)),
    });
}

/// The input of about `size` bytes for `pattern`.
fn make(pattern: &str, size: usize) -> String {
    match pattern {
        "dense dated sentences" => growth::cycle("In 2019 talks. ", size),
        // One sentence, one short clause per date: no full stop anywhere.
        "one endless sentence" => growth::cycle(
            "in 2019 talks broke down, last week the army attacked, next month a summit, ",
            size,
        ),
        // One sentence and one clause for all its dates: no comma, no clause opener.
        "one endless clause" => growth::cycle("in 2019 talks and in 2020 votes and ", size),
        "no dates" => growth::cycle(
            "Talks broke down in Hanoi over the plan. Officials said the summit would resume \
             after the visit, and the army attacked the city.\n",
            size,
        ),
        "news prose" => growth::cycle(
            "Talks broke down in Hanoi in February 2019. Trump is set to visit South Korea next \
             month for the APEC summit, officials said on Monday, two years after the last \
             meeting; the visit was reported by the agency.\n",
            size,
        ),
        // A different day for each sentence (12 x 28 x 2000 of them), and an undated mention
        // of the same kind of event after each.
        "many distinct dates" => generate(size, |n, out| {
            let (month, day, year) = (MONTHS[n % 12], 1 + n / 12 % 28, 1000 + n / 336 % 2000);
            let _ = write!(
                out,
                "On {month} {day}, {year} the army of {} attacked the city. The attack was \
                 reported. ",
                name(n)
            );
        }),
        // One date, a different title each time (a name made of letters).
        "same date repeated" => generate(size, |n, out| {
            let _ = write!(
                out,
                "On March 5, 2019 {} visited the capital with {}. ",
                name(n),
                name(n + 1)
            );
        }),
        // A line per date and no full stop: one sentence of thousands of dated events.
        "chronology, no full stop" => generate(size, |n, out| {
            let (month, day, year) = (MONTHS[n % 12], 1 + n % 28, 1990 + n % 30);
            let _ = writeln!(out, "{month} {day}, {year}: rebels seized the airport");
        }),
        // Every day inside the year that opens the sentence, joined by semicolons: each day
        // may tell the year's happening more precisely, so each is compared with the others.
        "days of one year, one sentence" => {
            let mut text = String::from("In 1950 ");
            text.push_str(&generate(size, |n, out| {
                let (month, day) = (MONTHS[n % 12], 1 + n / 12 % 28);
                let _ = write!(
                    out,
                    "on {day} {month} 1950 the army took the town of {}; ",
                    name(n)
                );
            }));
            text
        }
        // One clause whose one verb each date dates: each new draft was compared with every
        // draft of the clause before it, and each date searched all the words back to the verb
        // for a happening named between (2.5 MB took 48 s).
        "one verb dated again and again" => {
            let mut text = String::from("No talks were held ");
            text.push_str(&generate(size, |n, out| {
                let (month, day, year) = (MONTHS[n % 12], 1 + n / 12 % 28, 1900 + n / 336);
                let _ = write!(out, "on {day} {month} {year}, ");
            }));
            text.push_str("and none since.");
            text
        }
        // A verb of saying every few words, no comma or quote to end what it attributes.
        "transcript, no punctuation" => {
            growth::cycle("He said that she said that they said on Monday that ", size)
        }
        // Every capitalised word asks whether a word came before it in its sentence.
        "dashes before a sentence" => {
            let mut text = "- ".repeat(size / 4);
            text.push_str(&"Alpha ".repeat(size / 12));
            text.push_str("visited on May 3, 2000.");
            text
        }
        // Each mark asks whether it ends a sentence.
        "run of full stops" => format!("On May 3, 2000, x{}y attacked.", ".".repeat(size)),
        _ => panic!("unknown pattern {pattern:?}"),
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Sentences written by `sentence` for 0, 1, 2, ... until `size` bytes.
fn generate(size: usize, sentence: impl Fn(usize, &mut String)) -> String {
    let mut text = String::with_capacity(size + 200);
    let mut n = 0;
    while text.len() < size {
        sentence(n, &mut text);
        n += 1;
    }
    text
}

/// A capitalised name for each number: "Bab", "Bac", ...
fn name(n: usize) -> String {
    let mut out = String::from("B");
    let mut n = n;
    for _ in 0..5 {
        out.push(char::from(b"abcdefghijklmnopqrstuvwxyz"[n % 26]));
        n /= 26;
    }
    out
}

fn reference() -> NaiveDate {
    NaiveDate::from_ymd_opt(2001, 12, 26).expect("a valid date")
}

// `..Default::default()` keeps this compiling as the tagger grows options.
#[allow(clippy::needless_update)]
fn options() -> TagOptions {
    TagOptions {
        reference_date: Some(reference()),
        ..TagOptions::default()
    }
}
