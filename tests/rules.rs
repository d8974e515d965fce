//! Every example of every rule in `data/rules/en-*.rules`, tagged at the rules' fixed reference
//! date (Tuesday 2013-02-12): the phrase must give exactly one expression, from that rule
//! (recognition), with the expected span, type, value and mod (normalisation). All failures
//! are printed together as a table.

use chrono::NaiveDate;
use timeliner::recognize::{recognize, recognizer};
use timeliner::tagger::{TagOptions, tag};

#[test]
fn every_rule_example_tags_as_written() {
    let options = TagOptions {
        reference_date: NaiveDate::from_ymd_opt(2013, 2, 12),
        ..TagOptions::default()
    };
    let mut failures = Vec::new();
    let mut count = 0;
    for (rule_index, rule) in recognizer().rules().iter().enumerate() {
        for example in &rule.examples {
            count += 1;
            let (text, expected_span) = match (example.phrase.find('['), example.phrase.find(']')) {
                (Some(open), Some(close)) => {
                    let text = example.phrase.replace(['[', ']'], "");
                    (text, open..close - 1)
                }
                _ => (example.phrase.clone(), 0..example.phrase.len()),
            };
            let found = recognize(&text);
            let in_span: Vec<_> = if example.kind.is_none() {
                // A negative rule: it must match somewhere, and the tagger output nothing.
                found
                    .iter()
                    .filter(|e| e.rule as usize == rule_index)
                    .collect()
            } else {
                found.iter().filter(|e| e.span == expected_span).collect()
            };
            let recognized = match in_span.as_slice() {
                [one] if one.rule as usize == rule_index => "ok".to_string(),
                [one] => format!("by rule `{}`", recognizer().rules()[one.rule as usize].name),
                _ => format!(
                    "spans {:?}",
                    found
                        .iter()
                        .map(|e| &text[e.span.clone()])
                        .collect::<Vec<_>>()
                ),
            };
            let tagged = tag(&text, &options);
            let got = tagged
                .iter()
                .find(|t| example.kind.is_none() || t.span() == expected_span)
                .map(|t| {
                    let m = t.modifier.map(|m| format!(" {m}")).unwrap_or_default();
                    format!("{} {}{m}", t.kind.as_str(), t.value)
                })
                .unwrap_or_else(|| "nothing".into());
            let m = example
                .modifier
                .as_deref()
                .map(|m| format!(" {m}"))
                .unwrap_or_default();
            let expected = match example.kind {
                Some(kind) => format!("{} {}{m}", kind.as_str(), example.value),
                None => "nothing".into(),
            };
            if recognized != "ok" || got != expected {
                failures.push(format!(
                    "{}:{:<4} {:<34} recognised: {recognized:<28} got: {got:<24} expected: {expected}",
                    rule.file,
                    example.line,
                    format!("{:?}", example.phrase)
                ));
            }
        }
    }
    assert!(count > 100, "only {count} examples");
    assert!(
        failures.is_empty(),
        "{} of {count} examples fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The tagger finds the tense only for expressions that `needs_tense` names, since finding it
/// is costly: every other expression must come out the same whatever the tense.
#[test]
fn only_expressions_said_to_need_the_tense_depend_on_it() {
    use timeliner::normalize::{Context, Tense, needs_tense, normalize};
    use timeliner::timex::Point;

    let reference = NaiveDate::from_ymd_opt(2013, 2, 12);
    let mut checked = 0;
    for rule in recognizer().rules() {
        for example in &rule.examples {
            let text = example.phrase.replace(['[', ']'], "");
            for expression in recognize(&text).iter().filter(|e| !needs_tense(e)) {
                for previous in [None, reference.map(Point::Day)] {
                    let value = |tense| {
                        let context = Context {
                            reference,
                            previous,
                            tense,
                            narrative: false,
                        };
                        normalize(expression, &context).map(|t| t.value)
                    };
                    let unknown = value(Tense::Unknown);
                    for tense in [Tense::Past, Tense::Present, Tense::Future] {
                        assert_eq!(
                            value(tense),
                            unknown,
                            "{:?} said in {tense:?}",
                            example.phrase
                        );
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} expressions checked");
}

/// Every example of the holiday list (`data/rules/holidays.txt`): the phrase gives one
/// expression, with the value written.
#[test]
fn every_holiday_example_tags_as_written() {
    let options = TagOptions {
        reference_date: NaiveDate::from_ymd_opt(2013, 2, 12),
        ..TagOptions::default()
    };
    let mut failures = Vec::new();
    let mut count = 0;
    let list = include_str!("../data/rules/holidays.txt");
    for (n, line) in list.lines().enumerate() {
        let Some((phrase, value)) = line
            .strip_prefix('"')
            .and_then(|rest| rest.split_once("\" = "))
        else {
            continue;
        };
        count += 1;
        let got: Vec<String> = tag(phrase, &options)
            .iter()
            .map(|t| t.value.to_string())
            .collect();
        if got != [value.trim()] {
            failures.push(format!(
                "holidays.txt:{:<4} {phrase:?} got: {got:?} expected: {value}",
                n + 1
            ));
        }
    }
    assert!(count >= 20, "only {count} examples");
    assert!(
        failures.is_empty(),
        "{} of {count} examples fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
