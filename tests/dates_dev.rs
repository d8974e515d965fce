//! The development list of dates as people write them (`tests/dates/phrases.txt`): prints, for
//! the phrases as written (mostly lower case, as typed) and with the names of months, days and
//! holidays capitalised, the share of phrases found, the share with the right values (exactly,
//! and contained one in the other as "2013-02-13" in "2013-02-13T09:00"), and the share of
//! negatives left clean; fails if a figure falls below the floor the tagger has reached, so
//! that a change cannot lose ground unnoticed. `cargo test --release --test dates_dev --
//! --nocapture` shows the misses and the table.

use chrono::NaiveDate;
use timeliner::tagger::{TagOptions, tag};

const PHRASES: &str = include_str!("dates/phrases.txt");
const WORDS: &str = include_str!("../data/rules/words.txt");
const HOLIDAYS: &str = include_str!("../data/rules/holidays.txt");

/// Found, values right exactly, values right contained, negatives clean (percentages): as
/// written, then capitalised.
const FLOOR: [[f64; 4]; 2] = [[97.5, 94.5, 95.5, 98.0], [98.5, 95.5, 96.5, 96.5]];

fn contained(a: &str, b: &str) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

/// The names to capitalise: the entries of the month, day and holiday lists.
fn names() -> Vec<Vec<String>> {
    let mut names = Vec::new();
    for (list, classes) in [
        (WORDS, &["month", "weekday"][..]),
        (HOLIDAYS, &["holiday"][..]),
    ] {
        let mut on = false;
        for line in list.lines() {
            if let Some(class) = line.strip_prefix('[') {
                on = classes.iter().any(|c| class.starts_with(c));
            } else if let Some((_, entries)) = line.split_once(": ").filter(|_| on) {
                for entry in entries.split(", ") {
                    let words = entry.trim_end_matches('?').split(' ');
                    names.push(words.map(str::to_owned).collect());
                }
            }
        }
    }
    names
}

/// The phrase with each word of a name in it capitalised ("new year's eve" → "New Year's Eve").
fn capitalised(phrase: &str, names: &[Vec<String>]) -> String {
    let mut words: Vec<String> = phrase.split(' ').map(str::to_owned).collect();
    let bare = |w: &str| {
        w.trim_end_matches([',', '.', '!', '?', ';'])
            .replace('’', "'")
            .to_lowercase()
    };
    for start in 0..words.len() {
        for name in names {
            let end = start + name.len();
            if end <= words.len() && (start..end).all(|k| bare(&words[k]) == name[k - start]) {
                for word in &mut words[start..end] {
                    let mut chars = word.chars();
                    if let Some(first) = chars.next() {
                        *word = first.to_uppercase().chain(chars).collect();
                    }
                }
            }
        }
    }
    words.join(" ")
}

/// The four figures of the list, with the phrases read through `write`, and the misses.
fn scores(write: impl Fn(&str) -> String) -> ([f64; 4], Vec<String>) {
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
        let phrase = write(phrase);
        let got: Vec<String> = tag(&phrase, &options)
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
    println!(
        "{positives} phrases: found {:.1}%, value right {:.1}% (contained {:.1}%); {negatives} negatives: clean {:.1}%",
        figures[0], figures[1], figures[2], figures[3]
    );
    (figures, misses)
}

#[test]
fn development_list_scores() {
    let names = names();
    print!("as written:  ");
    let (written, misses) = scores(str::to_owned);
    print!("capitalised: ");
    let (capital, capital_misses) = scores(|phrase| capitalised(phrase, &names));
    println!("misses as written:\n{}", misses.join("\n"));
    println!("misses capitalised:\n{}", capital_misses.join("\n"));
    for (figures, floor) in [written, capital].iter().zip(FLOOR) {
        for (figure, floor) in figures.iter().zip(floor) {
            assert!(*figure >= floor, "{figures:?} fell below {floor}");
        }
    }
}

#[test]
fn names_are_capitalised() {
    let names = names();
    assert_eq!(
        capitalised("see you new year's eve, not may", &names),
        "see you New Year's Eve, not May"
    );
    assert_eq!(capitalised("mon, feb. 18", &names), "Mon, Feb. 18");
}
