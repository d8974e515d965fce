use super::*;
use crate::timex::Modifier;

fn spans(text: &str) -> Vec<&str> {
    recognize(text).into_iter().map(|e| &text[e.span]).collect()
}

#[test]
fn embedded_rule_data_compiles() {
    let recognizer = recognizer();
    assert!(recognizer.rules().len() > 40);
    assert!(
        recognizer.rules().iter().all(|r| !r.examples.is_empty()),
        "every rule has examples"
    );
}

#[test]
fn rule_data_errors_name_file_and_line() {
    let cases = [
        (
            "[month]\n1: january\n",
            "<month>\n=> dat\n",
            "data/rules/en.rules:2: unknown producer `dat`",
        ),
        (
            "[months]\n",
            "<month>\n=> date\n",
            "data/rules/words.txt:1: unknown class `months`",
        ),
        (
            "",
            "<month>\n",
            "data/rules/en.rules:1: pattern without `=> producer`",
        ),
        (
            "",
            "noon\n=> time NOON\n",
            "data/rules/en.rules:2: `NOON` is not a part of day (MO AF EV NI)",
        ),
        (
            "",
            "final quarter\n=> quarter 5\n",
            "data/rules/en.rules:2: `quarter 5`: a year has 4",
        ),
        (
            "",
            "every week\n=> set often\n",
            "data/rules/en.rules:2: `set often`: a number of units or `counted`",
        ),
        (
            "",
            "daily\n=> value SET P1Z\n",
            "data/rules/en.rules:2: `P1Z` is not a TIMEX3 value (such as P1D) or a clock time \
             (such as T12:00)",
        ),
        (
            "",
            "half past\n=> clock 30 AF 2\n",
            "data/rules/en.rules:2: `clock` takes minutes and a part of day",
        ),
        (
            "",
            "half past\n=> clock 30 PM\n",
            "data/rules/en.rules:2: `PM` is not a part of day (MO AF EV NI)",
        ),
        (
            "",
            "\nnoon\n=> value TIME T25:00\n",
            "data/rules/en.rules:3: `T25:00` is not a TIMEX3 value (such as P1D) or a clock time \
             (such as T12:00)",
        ),
    ];
    for (words, rules, message) in cases {
        let error = Recognizer::compile(words, &[("en.rules", rules)])
            .err()
            .map(|e| e.to_string());
        assert_eq!(error.as_deref(), Some(message), "{rules:?}");
    }
    // Each rule file is read on its own: an example at the top of the second file belongs to
    // no rule, and its line is counted in that file.
    let files = [
        ("en-a.rules", "noon\n=> value TIME T12:00\n"),
        ("en-b.rules", "\n  \"noon\" = TIME T12:00\n"),
    ];
    let error = Recognizer::compile("", &files).err().map(|e| e.to_string());
    assert_eq!(
        error.as_deref(),
        Some("data/rules/en-b.rules:2: example before any rule")
    );
}

#[test]
fn recognition_is_unresolved() {
    // "August, one year back from the reference date", whatever that date is.
    let found = recognize("August last year");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].producer, Producer::Date);
    assert_eq!(
        (
            found[0].slots.month,
            found[0].slots.shift,
            found[0].slots.year
        ),
        (Some(8), Some(-1), None)
    );
    let found = recognize("in August");
    assert_eq!(found[0].producer, Producer::Month);
    assert_eq!(found[0].slots.month, Some(8));
    let found = recognize("two days later");
    assert_eq!(found[0].producer, Producer::RefOffset);
    assert_eq!(found[0].slots.number, Some(Amount::Exact(2)));
    assert_eq!(found[0].slots.direction, Some(1));
    let found = recognize("the end of 1990");
    assert_eq!(found[0].modifier, Some(Modifier::End));
    assert_eq!(found[0].slots.year, Some(1990));
}

#[test]
fn false_friends_are_not_dates() {
    let negatives = [
        "May I come in?",
        "the March on Washington",
        "2,024 people attended",
        "a Boeing 737 landed",
        "under Section 1990 of the code",
        "call 555-1234 or (202) 555-0199",
        "the Yankees won 3-2",
        "it cost $1,990 or $2000",
        "a 1990% rise",
        "may be",
        "they march to the border",
        "Jan Smith said",
        "the second attempt",
        "a sun hat",
        "shortly after the shooting",
        "a prayer of thanksgiving",
        "he said that Sun's profit rose",
        "losses resulted in Sun reporting a loss",
        "she was about to light a second fuse",
        "A second group of directors",
        "he got a Q on his card",
        "Q: 3 answers, Q 30",
        "shares rose 10.30 points",
        "shares closed at 43.28 GMT",
        "a 2.5 BST",
        "More than 2000 people died",
        "About 1500 troops arrived",
        "Some 1800 were hurt",
        "almost 1200 workers in 14 countries",
        "easter eggs",
        "a prayer of thanksgiving and praise",
        "an august body",
        "they march on",
        "you may go",
        "a sat nav",
        "over 2000 people",
        "3/4 of the voters",
        "open 24/7",
        "the score was 3-4",
        "a 9-5 job",
        "on the 21st floor",
        "he got it on the first try",
        "page 3/17 of the report",
        "Mr Winter said the fire was out",
        "Sergeant Summer said so",
        "Mr. Winter said the fire was out",
        "we met Dr. Summer and Gen. Winter there",
        "a song by Donna Summer played",
        "fans of Johnny Winter, Donna Summer and others",
    ];
    // A rule may claim a phrase to give nothing ("Easter eggs"): the normaliser drops it.
    for text in negatives {
        let found: Vec<_> = recognize(text)
            .into_iter()
            .filter(|e| e.producer != Producer::Nothing)
            .collect();
        assert_eq!(found, Vec::new(), "{text:?}");
    }
    // A false friend hides nothing else of its sentence.
    assert_eq!(spans("they march today"), ["today"]);
}

#[test]
fn a_season_in_a_name_is_no_date_but_one_after_a_time_word_is() {
    assert_eq!(spans("Last Winter was cold"), ["Last Winter"]);
    assert_eq!(spans("In Spring 2001 it rained"), ["Spring 2001"]);
    assert_eq!(spans("It was the Summer of 1969"), ["the Summer of 1969"]);
    assert_eq!(spans("Spring arrived early"), ["Spring"]);
    assert_eq!(spans("they left in Winter"), ["Winter"]);
    assert_eq!(spans("Mr Winter left last winter"), ["last winter"]);
}

#[test]
fn a_day_word_that_names_a_programme_or_ends_a_name_is_no_date() {
    // Capitalised inside a sentence, before the noun it names, quoted whole or not at all.
    assert_eq!(
        spans("she told the network's Today show"),
        Vec::<&str>::new()
    );
    assert_eq!(
        spans("he spoke on the \"Today\" programme"),
        Vec::<&str>::new()
    );
    assert_eq!(spans("an advert ran in Vell Today on Monday"), ["Monday"]);
    // Opening what was said, or a sentence, it is the day.
    assert_eq!(spans("he said \"Today we rest\" and left"), ["Today"]);
    assert_eq!(spans("Today the mill shut"), ["Today"]);
    assert_eq!(spans("\"Today,\" she said, \"we rest.\""), ["Today"]);
    assert_eq!(spans("the mill shut today for good"), ["today"]);
    // A name before it with no owner or article; capitals; a headline's capitalised run.
    assert_eq!(spans("Acme Today announced a merger"), ["Today"]);
    assert_eq!(
        spans("he spoke on the Vell \"Today\" show"),
        Vec::<&str>::new()
    );
    assert_eq!(
        spans("OFFICIALS SAID YESTERDAY THE MILL SHUT"),
        ["YESTERDAY"]
    );
    assert_eq!(spans("Shares Fell Today As Rates Rose"), ["Today"]);
}

#[test]
fn a_rate_after_an_amount_is_a_set() {
    let producers = |text: &str| -> Vec<(String, Producer)> {
        recognize(text)
            .into_iter()
            .map(|e| (text[e.span].to_string(), e.producer))
            .collect()
    };
    for text in [
        "it saves $500 million a year",
        "prices rose 5% a year",
        "100,000 barrels a day",
        "fifty thousand CDs a year",
    ] {
        assert_eq!(producers(text)[0].1, Producer::Set(Period::One), "{text:?}");
    }
    for text in [
        "he stayed for a year",
        "in 2011 a year of turmoil began",
        "2009 was a year of change",
        "said 2011 would be a year of cuts",
    ] {
        let found = producers(text);
        let last = found.last().unwrap();
        assert_eq!(last.0, "a year", "{text:?}");
        assert_eq!(
            last.1,
            Producer::Duration(DurationKind::Counted),
            "{text:?}"
        );
    }
    assert_eq!(producers("down from nine a year ago")[0].0, "a year ago");
}

#[test]
fn spans_are_byte_exact_around_unicode() {
    let text = "\u{201c}Sept.\u{a0}22,\u{a0}2025\u{201d} \u{2014} mid\u{2013}2020";
    assert_eq!(spans(text), ["Sept.\u{a0}22,\u{a0}2025", "mid\u{2013}2020"]);
}

/// The filter of `heads_may_continue` on the next word of a whole entry only skips words
/// that match nothing: with it turned off, every phrase of the rules and of the development
/// list gives the same expressions, alone and in a sentence.
#[test]
fn the_whole_entry_filter_drops_no_match() {
    let filtered = recognizer();
    let mut unfiltered = Recognizer::compile(WORDS, &RULES).expect("embedded rule data");
    for heads in &mut unfiltered.key_heads {
        heads.seconds = Signature::MAX;
    }
    let phrases = include_str!("../../tests/dates/phrases.txt")
        .lines()
        .filter_map(|line| line.strip_prefix('"')?.split_once('"'))
        .map(|(phrase, _)| phrase.to_owned());
    let examples = filtered
        .rules()
        .iter()
        .flat_map(|rule| rule.examples.iter().map(|e| e.phrase.clone()));
    let mut tried = 0;
    for phrase in phrases.chain(examples) {
        for text in [
            phrase.clone(),
            format!("In a {phrase} the company said a new one."),
            format!("{phrase}, a year later"),
        ] {
            let tokens = crate::text::tokens(&text);
            let (mut with, mut without) = (Vec::new(), Vec::new());
            filtered.scan(&text, &tokens, &mut with);
            unfiltered.scan(&text, &tokens, &mut without);
            assert_eq!(with, without, "{text}");
            tried += 1;
        }
    }
    assert!(tried > 1000, "{tried} texts");
}

/// Before a word the lexicon does not know, `best_at` reads `by_key_alone`: the groups of the
/// full list that may end at the word, in their order, each group's ends inside the shorter list.
#[test]
fn the_lists_read_before_an_unknown_word_are_the_groups_that_may_end_there() {
    let recognizer = recognizer();
    let mut kept_any = false;
    for (all, alone) in recognizer.by_key.iter().zip(&recognizer.by_key_alone) {
        let mut expected = Vec::new();
        let mut j = 0;
        while let Some(head) = all.get(j) {
            let end = head.first_end as usize;
            if head.seconds_to_first_end & SIG_END != 0 {
                expected.extend(all[j..end].iter().map(|c| c.variant));
            }
            j = end;
        }
        let variants: Vec<u32> = alone.iter().map(|c| c.variant).collect();
        assert_eq!(variants, expected);
        kept_any |= !alone.is_empty() && alone.len() < all.len();
        for (j, c) in alone.iter().enumerate() {
            let (first_end, second_end) = (c.first_end as usize, c.second_end as usize);
            assert!(j < second_end && second_end <= first_end && first_end <= alone.len());
            assert!(alone[j..first_end].iter().all(|d| d.first == c.first));
            assert!(alone.get(first_end).is_none_or(|d| d.first != c.first));
        }
    }
    assert!(kept_any, "some list keeps some of its groups and not all");
}
