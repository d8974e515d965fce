use super::*;
use crate::recognize::recognize;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn weekday_by_tense() {
    // Tuesday 2013-02-12.
    let tue = ymd(2013, 2, 12);
    let cases = [
        (Weekday::Tue, Tense::Past, ymd(2013, 2, 12)),
        (Weekday::Fri, Tense::Past, ymd(2013, 2, 8)),
        (Weekday::Fri, Tense::Unknown, ymd(2013, 2, 8)),
        (Weekday::Fri, Tense::Future, ymd(2013, 2, 15)),
        (Weekday::Mon, Tense::Future, ymd(2013, 2, 18)),
        (Weekday::Wed, Tense::Past, ymd(2013, 2, 6)),
    ];
    for (day, tense, expected) in cases {
        assert_eq!(
            nearest_weekday(tue, day, tense),
            expected,
            "{day:?} {tense:?}"
        );
    }
}

#[test]
fn month_by_tense() {
    let feb = ymd(2013, 2, 12);
    let cases = [
        ((3, 0), Tense::Past, 2012),
        ((3, 0), Tense::Unknown, 2013),
        ((6, 0), Tense::Unknown, 2012),
        ((9, 0), Tense::Unknown, 2012),
        ((3, 0), Tense::Future, 2013),
        ((1, 0), Tense::Past, 2013),
        ((1, 0), Tense::Future, 2014),
        ((2, 20), Tense::Past, 2013),
        ((5, 20), Tense::Past, 2012),
        ((2, 10), Tense::Past, 2013),
        ((2, 10), Tense::Future, 2013),
        ((12, 10), Tense::Future, 2013),
    ];
    for (month_day, tense, expected) in cases {
        assert_eq!(
            year_by_tense(feb, month_day, tense),
            expected,
            "{month_day:?} {tense:?}"
        );
    }
}

fn value_of(text: &str, context: &Context) -> String {
    let found = recognize(text);
    assert_eq!(found.len(), 1, "{text:?}");
    normalize(&found[0], context).unwrap().value.to_string()
}

/// News of 2013-02-12 in the past tense, after `previous` was mentioned.
fn news_after(previous: Point) -> Context {
    Context {
        reference: Some(ymd(2013, 2, 12)),
        previous: Some(previous),
        tense: Tense::Past,
        narrative: false,
    }
}

#[test]
fn narrative_anchors_to_the_previous_date() {
    let context = news_after(Point::Day(ymd(1998, 3, 5)));
    assert_eq!(value_of("two days later", &context), "1998-03-07");
    assert_eq!(value_of("the following year", &context), "1999");
    assert_eq!(value_of("a year earlier", &context), "1997");
    let quarterly = news_after(Point::Quarter(1989, 3));
    assert_eq!(value_of("a year ago", &quarterly), "1988-Q3");
    assert_eq!(value_of("a year earlier", &quarterly), "1988-Q3");
}

#[test]
fn a_coarse_previous_date_leaves_the_finer_parts_open() {
    let context = news_after(Point::Year(2011));
    assert_eq!(value_of("that week", &context), "2011-WXX");
    assert_eq!(value_of("that day", &context), "2011-XX-XX");
    assert_eq!(value_of("two days later", &context), "2011-XX-XX");
    assert_eq!(value_of("the following year", &context), "2012");
    let monthly = news_after(Point::Month(2011, 3));
    assert_eq!(value_of("the next day", &monthly), "2011-03-XX");
    assert_eq!(value_of("that month", &monthly), "2011-03");
}

#[test]
fn a_narrative_takes_month_and_day_names_from_the_story() {
    let news = news_after(Point::Year(2011));
    let story = Context {
        narrative: true,
        ..news
    };
    assert_eq!(value_of("in December", &news), "2012-12");
    assert_eq!(value_of("in December", &story), "2011-12");
    assert_eq!(value_of("on March 3", &story), "2011-03-03");
    // 1998-03-05 was a Thursday: the story's next Monday.
    let day = Context {
        previous: Some(Point::Day(ymd(1998, 3, 5))),
        ..story
    };
    assert_eq!(value_of("on Monday", &day), "1998-03-09");
    // A year counted from the story's: "next year" is the one after it.
    assert_eq!(value_of("the last day of the year", &day), "1998-12-31");
    assert_eq!(value_of("the first day of next year", &day), "1999-01-01");
    assert_eq!(value_of("the final week of last year", &day), "1997-W52");
    // A decade is too vague to take a year from; a year gives no week.
    let decade = Context {
        previous: Some(Point::Decade(199)),
        ..story
    };
    assert_eq!(value_of("in December", &decade), "2012-12");
    assert_eq!(value_of("on Monday", &story), "2013-02-11");
}

#[test]
fn a_story_without_a_reference_date_still_counts_from_its_dates() {
    let born = Context {
        reference: None,
        narrative: true,
        ..news_after(Point::Day(ymd(1950, 3, 3)))
    };
    assert_eq!(value_of("two years later", &born), "1952");
    assert_eq!(value_of("a few years later", &born), "195X");
    assert_eq!(value_of("that summer", &born), "1950-SU");
    assert_eq!(value_of("the following Monday", &born), "1950-03-06");
    let year = Context {
        previous: Some(Point::Year(1960)),
        ..born
    };
    assert_eq!(value_of("the following summer", &year), "1961-SU");
    assert_eq!(value_of("the previous winter", &year), "1959-WI");
}

#[test]
fn without_a_reference_date_relative_values_stay_open() {
    let context = Context::default();
    let cases = [
        ("last year", "XXXX"),
        ("Friday", "XXXX-WXX-5"),
        ("Sept. 30", "XXXX-09-30"),
        ("yesterday", "XXXX-XX-XX"),
        ("3 p.m.", "XXXX-XX-XXT15:00"),
        ("March 5, 1946", "1946-03-05"),
        ("three years", "P3Y"),
    ];
    for (text, expected) in cases {
        assert_eq!(value_of(text, &context), expected, "{text:?}");
    }
}
