//! Tests of the tagger: the tokens it cuts, and how a narrative's story moves its dates.

use super::*;

#[test]
fn the_tokens_cut_are_those_of_the_body_unless_a_piece_was_cut_inside_a_word() {
    let options = TagOptions::default();
    let shifted = |text: &str, from: usize| {
        let mut tokens = text::tokens(&text[from..]);
        for t in &mut tokens {
            t.span = t.span.start + from..t.span.end + from;
        }
        tokens
    };
    let front = "---\ndate: 2025-09-22\n---\nKim spoke on Monday.";
    let body = text::body_start(front);
    assert!(body > 0);
    let (tagged, cut) = tag_cut(front, &options);
    assert_eq!(tagged, tag_with_warnings(front, &options));
    assert_eq!(cut, shifted(front, body));
    // Pieces of a long text cut at spaces: the tokens of the whole.
    let long = "Talks stalled in Lima in March 2018. ".repeat(4000);
    assert!(long.len() > 2 * CHUNK);
    assert_eq!(tag_cut(&long, &options).1, shifted(&long, 0));
    // A piece cut inside a run without a space: none.
    let run = format!("{} {}", "x".repeat(3 * CHUNK), "In 2019.");
    assert_eq!(tag_cut(&run, &options).1, []);
}

/// The values `tag` gives `text` read as `doc_type` on `reference`.
fn values(text: &str, reference: Option<NaiveDate>, doc_type: DocType) -> Vec<String> {
    let options = TagOptions {
        reference_date: reference,
        doc_type,
    };
    tag(text, &options)
        .iter()
        .map(|t| t.value.to_string())
        .collect()
}

fn narrative(text: &str) -> Vec<String> {
    values(
        text,
        NaiveDate::from_ymd_opt(2009, 12, 19),
        DocType::Narrative,
    )
}

#[test]
fn a_narrative_reference_date_dates_nothing_in_the_story() {
    let text = "On June 10, 1940, Italy declared war. That morning the city fell; by the end of \
                the month and at 5 a.m. the army moved. Twelve days later, on July 14, a truce. \
                In the spring the front was quiet. Historians today agree, to this day.";
    assert_eq!(
        narrative(text),
        [
            "1940-06-10",
            "1940-06-10TMO",
            "1940-06",
            "1940-06-10T05:00",
            "1940-06-22",
            "1940-07-14",
            "1940-SP",
            "PRESENT_REF",
            "PRESENT_REF",
        ]
    );
}

#[test]
fn a_leap_ahead_the_text_comes_back_from_leaves_the_story_where_it_was() {
    // An echo years later, then the story goes on: the months after it are the story's.
    assert_eq!(
        narrative(
            "The port fell on May 9, 1871. In June 1880, sailors held a similar parade. \
             On May 20 the blockade ended. The treaty followed in August 1871."
        ),
        ["1871-05-09", "1880-06", "1871-05-20", "1871-08"]
    );
    // In the leap's own sentence, a month is the leap's.
    assert_eq!(
        narrative(
            "The port fell on May 9, 1871. In June 1880 a storm struck, and in July it \
             passed. The treaty followed in August 1871."
        ),
        ["1871-05-09", "1880-06", "1880-07", "1871-08"]
    );
    // A leap the text stays at moves the story.
    assert_eq!(
        narrative("The port fell on May 9, 1871. In June 1880 a storm struck. On May 20 it ended."),
        ["1871-05-09", "1880-06", "1880-05-20"]
    );
}

#[test]
fn a_month_soon_after_a_late_month_is_the_next_year_and_a_far_one_a_flashback() {
    assert_eq!(
        narrative("In December 1864 the siege went on. Five Forks fell on April 1."),
        ["1864-12", "1865-04-01"]
    );
    assert_eq!(
        narrative("In August 1941 the offensive, begun in June, slowed."),
        ["1941-08", "1941-06"]
    );
    assert_eq!(
        narrative("By November 1940 the raids stopped. In the spring they resumed."),
        ["1940-11", "1941-SP"]
    );
}

#[test]
fn the_far_start_of_a_span_does_not_move_the_story() {
    assert_eq!(
        narrative("In 492 BC he took Thrace, Persian since 513 BC. The following year he sailed."),
        ["BC0492", "BC0513", "BC0491"]
    );
}

#[test]
fn a_decade_from_a_year_of_the_story_is_a_year() {
    assert_eq!(
        narrative("In 490 BC they landed where they had raided a decade earlier."),
        ["BC0490", "BC0500"]
    );
    assert_eq!(
        narrative("In 1815 the war ended; a century later another began."),
        ["1815", "1915"]
    );
}

#[test]
fn auto_reads_a_history_as_a_narrative_and_news_as_news() {
    let options = TagOptions {
        reference_date: NaiveDate::from_ymd_opt(2009, 12, 19),
        doc_type: DocType::Auto,
    };
    let values = |text: &str| -> Vec<String> {
        tag(text, &options)
            .iter()
            .map(|t| t.value.to_string())
            .collect()
    };
    let history = "The war began in 1914, after the crises of 1905, 1908 and 1911. By 1915 \
                   the front was fixed; 1916 brought Verdun, 1917 the mutinies and 1918 the \
                   armistice, signed in 1918 and sealed in 1919. In March the army moved.";
    assert_eq!(values(history).last().map(String::as_str), Some("1919-03"));
    let news = "The bank, founded in 1914, said on Monday that it expects 2010 profits to \
                rise. In March it will report.";
    assert_eq!(values(news).last().map(String::as_str), Some("2010-03"));
}

#[test]
fn a_planned_date_does_not_move_the_story() {
    assert_eq!(
        narrative(
            "In 1974 the North grew stronger for a large attack planned for 1976. In March \
             it struck; a planned campaign in 1976 waited. On 11 March the town fell."
        ),
        ["1974", "1976", "1974-03", "1976", "1974-03-11"]
    );
    assert_eq!(
        narrative(
            "In October 1944 an assault began that lasted until the capture of Budapest in \
             February 1945. By the start of July the Japanese had left."
        ),
        ["1944-10", "1945-02", "1944-07"]
    );
    // A plan only counts within its sentence.
    assert_eq!(
        narrative("It was planned. In 1976 the war ended. In May the troops left."),
        ["1976", "1976-05"]
    );
}

#[test]
fn a_historys_own_timestamp_is_no_time_of_its_story() {
    assert_eq!(
        narrative("The war\n 2009-12-19T17:00:00 \nOn June 10, 1940, Italy declared war."),
        ["1940-06-10"]
    );
    assert_eq!(
        narrative("On June 10, 1940, Italy declared war.\n2009-12-18\n"),
        ["1940-06-10", "2009-12-18"]
    );
}

#[test]
fn a_date_in_the_past_perfect_does_not_move_the_story() {
    assert_eq!(
        narrative(
            "In May 1944 the British attacked, and troops that had invaded Burma in late \
             1943 besieged the town. By June, the rebels had taken Velm."
        ),
        ["1944-05", "1943", "1944-06"]
    );
}

#[test]
fn the_night_of_a_day_is_that_days_night_in_a_story_and_the_day_in_news() {
    assert_eq!(
        narrative("In June 1961 the rebels took the palace on the night of June 9, and left."),
        ["1961-06", "1961-06-09TNI"]
    );
    // News tags the date alone, and the night is not the reference day's.
    let options = TagOptions {
        reference_date: NaiveDate::from_ymd_opt(1999, 5, 5),
        doc_type: DocType::News,
    };
    let text = "The doctor was shot on the night of Nov. 4 at home.";
    let tagged: Vec<_> = tag(text, &options)
        .iter()
        .map(|t| (&text[t.span()], t.value.to_string()))
        .collect();
    assert_eq!(tagged, [("Nov. 4", "1998-11-04".to_string())]);
}

#[test]
fn a_range_of_months_in_a_story_runs_forward() {
    assert_eq!(
        narrative("They took Manila in March 1945, and Burma from October to March."),
        ["1945-03", "1944-10", "1945-03"]
    );
}

#[test]
fn soon_in_a_story_is_later_in_the_story_not_the_writers_future() {
    assert_eq!(
        narrative("In June 1940 France was soon divided; for the upcoming push and the future."),
        ["1940-06", "FUTURE_REF"]
    );
}

#[test]
fn a_story_before_any_date_leaves_years_open() {
    assert_eq!(narrative("In March the war began."), ["XXXX-03"]);
}

#[test]
fn a_bare_year_in_a_story_before_the_common_era_is_a_year_bc() {
    assert_eq!(
        narrative("In 490 BC Darius sent a fleet. In 492 the first had failed; 480 ships sailed."),
        ["BC0490", "BC0492"]
    );
    assert!(narrative("In 1940 the war went on; in 492 cases.").len() == 1);
}

#[test]
fn years_before_the_common_era_set_the_story_year() {
    assert_eq!(
        narrative("In 490 BC the Persians landed. In September they fought; the following year."),
        ["BC0490", "BC0490-09", "BC0489"]
    );
}

#[test]
fn a_weekday_that_contradicts_its_date_is_kept_with_a_warning() {
    let text =
        "The treaty.\nIt was signed on Friday, March 5, 1946, and on Tuesday, March 5, 1946.";
    let tagged = tag_with_warnings(text, &TagOptions::default());
    let values: Vec<String> = tagged.timexes.iter().map(|t| t.value.to_string()).collect();
    assert_eq!(values, ["1946-03-05", "1946-03-05"]);
    let messages: Vec<String> = tagged.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        ["\"Friday, March 5, 1946\": 1946-03-05 was a Tuesday; the date is kept"]
    );
    assert_eq!(tagged.warnings[0].position(), Some((2, 18)));
}

fn news(text: &str) -> Vec<String> {
    values(text, NaiveDate::from_ymd_opt(2013, 2, 12), DocType::News)
}

#[test]
fn a_clock_time_without_a_day_takes_the_day_its_sentence_names() {
    assert_eq!(
        news("At 10.30 GMT the talks resumed in Varna on Monday."),
        ["2013-02-11T10:30", "2013-02-11"]
    );
    assert_eq!(
        news("On Sunday the guards opened the gate at about 8 p.m. to let the lorries in."),
        ["2013-02-10", "2013-02-10T20:00"]
    );
    // A second clock time in brackets waits with the first.
    assert_eq!(
        news("The dam broke at 9:40 a.m. (0640 GMT) Saturday, flooding the valley."),
        ["2013-02-09T09:40", "2013-02-09T06:40", "2013-02-09"]
    );
    // Another sentence's day, a day counted from today, or a live report's stamp: today.
    assert_eq!(
        news("The talks resumed on Friday. At 10.30 GMT the envoy left."),
        ["2013-02-08", "2013-02-12T10:30"]
    );
    assert_eq!(
        news("The regatta started three days ago and the sloop finished at 2:15am."),
        ["2013-02-09", "2013-02-12T02:15"]
    );
    assert_eq!(
        news("3.40 pm: The mayor will visit the harbour on Friday."),
        ["2013-02-12T15:40", "2013-02-15"]
    );
}

#[test]
fn a_text_past_4_gib_is_refused_in_words() {
    // No such text is made here: the check is `timex::fits`, the message a reader gets pinned.
    let bytes = u32::MAX as usize + 1;
    assert!(!crate::timex::fits(bytes) && crate::timex::fits(bytes - 1));
    let warning = Warning::TooLong { bytes };
    assert_eq!(
        warning.to_string(),
        "the text is 4294967296 bytes, past the 4 GiB the tagger reads: nothing tagged"
    );
    assert_eq!(warning.position(), None);
}
