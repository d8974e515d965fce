//! The development list of dates as people write them (`tests/dates/phrases.txt`): prints the
//! share of phrases found, the share with the right values (exactly, and contained one in the
//! other as "2013-02-13" in "2013-02-13T09:00"), and the share of negatives left clean; fails
//! if a figure falls below the floor the tagger has reached, so that a change cannot lose
//! ground unnoticed. `cargo test --release --test dates_dev -- --nocapture` shows the table.

use chrono::NaiveDate;
use timeliner::tagger::{TagOptions, tag};

const PHRASES: &str = include_str!("dates/phrases.txt");

/// Found, values right exactly, values right contained, negatives clean (percentages).
const FLOOR: [f64; 4] = [94.0, 87.0, 87.0, 95.0];

fn contained(a: &str, b: &str) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

#[test]
fn development_list_scores() {
    let options = TagOptions {
        reference_date: NaiveDate::from_ymd_opt(2013, 2, 12),
        ..TagOptions::default()
    };
    let (mut positives, mut found, mut exact, mut loose) = (0, 0, 0, 0);
    let (mut negatives, mut clean) = (0, 0);
    let mut misses = Vec::new();
    for (n, line) in PHRASES.lines().enumerate() {
        let Some(rest) = line.trim().strip_prefix('"') else {
            continue;
        };
        let (phrase, expected) = rest.split_once("\" = ").expect("`\"phrase\" = values`");
        let got: Vec<String> = tag(phrase, &options)
            .iter()
            .map(|t| t.value.to_string())
            .collect();
        let expected: Vec<&str> = match expected.trim() {
            "nothing" => Vec::new(),
            values => values.split('|').map(str::trim).collect(),
        };
        let right = got == expected;
        if expected.is_empty() {
            negatives += 1;
            clean += usize::from(got.is_empty());
        } else {
            positives += 1;
            found += usize::from(!got.is_empty());
            exact += usize::from(right);
            loose += usize::from(
                got.len() == expected.len()
                    && got.iter().zip(&expected).all(|(g, e)| contained(g, e)),
            );
        }
        if !right {
            misses.push(format!(
                "phrases.txt:{:<4} {phrase:<44} got: {:<40} expected: {}",
                n + 1,
                got.join(" | "),
                expected.join(" | ")
            ));
        }
    }
    let share = |k: usize, of: usize| {
        100.0 * f64::from(u32::try_from(k).unwrap()) / f64::from(u32::try_from(of).unwrap())
    };
    let figures = [
        share(found, positives),
        share(exact, positives),
        share(loose, positives),
        share(clean, negatives),
    ];
    println!("{}", misses.join("\n"));
    println!(
        "{positives} phrases: found {:.1}%, value right {:.1}% (contained {:.1}%); {negatives} negatives: clean {:.1}%",
        figures[0], figures[1], figures[2], figures[3]
    );
    for (figure, floor) in figures.iter().zip(FLOOR) {
        assert!(*figure >= floor, "{figures:?} fell below {FLOOR:?}");
    }
}
