//! The tagger on hostile input: no panic, spans on character boundaries, in order and not
//! overlapping, for random text, huge numbers and endless temporal sentences. Timing and
//! memory on 100 MB inputs belong to the benchmarks (tests/bench), not here.

use chrono::NaiveDate;
use timeliner::tagger::{TagOptions, tag};

fn check(text: &str) {
    let options = TagOptions {
        reference_date: NaiveDate::from_ymd_opt(2013, 2, 12),
        ..TagOptions::default()
    };
    for options in [options, TagOptions::default()] {
        let found = tag(text, &options);
        let mut last = 0;
        for timex in &found {
            assert!(timex.span().start >= last, "overlap in {text:?}");
            assert!(
                timex.span().start < timex.span().end,
                "empty span in {text:?}"
            );
            assert!(
                text.is_char_boundary(timex.span().start)
                    && text.is_char_boundary(timex.span().end)
            );
            last = timex.span().end;
        }
    }
}

#[test]
fn huge_and_odd_numbers_do_not_panic() {
    for text in [
        "4294967295 decades ago, 4294967295 centuries, 2147483647 years ago and 99999999999 days",
        "the third quarter. 2147483647 years earlier. A year ago.",
        "the 999th century, Feb. 30, 1999, 13/45/2020, 2025-13-45, 99:99 p.m., 0 a.m.",
        "the '00s, 0000s, 1000s, '-1s, nineteen ninety-ninety, two thousand thousand",
        "SEOUL, Sept. 99 (Reuters) - no",
        "date: 9999-99-99\nbody",
        "---\ndate: 2025-02-29\n---\n",
        "",
        "-",
        "the",
        "May",
    ] {
        check(text);
    }
}

#[test]
fn random_text_does_not_panic() {
    let alphabet: Vec<&str> = "the a last next year years May March Sept . , - ' 1999 12 3:30 \
        p.m. 1990s early the end of ago later earlier Monday night \u{a0} \u{201c} \u{2014} \
        \u{e9} 2,024 $ % \n \r\n two thousand nineteen ninety-six quarter third fiscal"
        .split(' ')
        .collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..300 {
        let mut text = String::new();
        for _ in 0..60 {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let word = alphabet[usize::try_from(seed >> 33).unwrap() % alphabet.len()];
            text.push_str(word);
            if seed & 1 == 0 {
                text.push(' ');
            }
        }
        check(&text);
    }
}

#[test]
fn a_long_run_of_expressions_crosses_chunks() {
    let text = "Talks resumed last Monday, two days later, in March 1999. ".repeat(5000);
    let found = tag(
        &text,
        &TagOptions {
            reference_date: NaiveDate::from_ymd_opt(2013, 2, 12),
            ..TagOptions::default()
        },
    );
    assert_eq!(found.len(), 3 * 5000);
    check(&text);
}
