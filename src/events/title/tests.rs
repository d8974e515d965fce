use super::*;

fn titles_of(text: &str, remove_words: &[&str]) -> Vec<(String, String)> {
    let toks = tokens(text, 0..text.len());
    let remove: Vec<bool> = toks
        .iter()
        .map(|t| remove_words.contains(&&text[t.span.clone()]))
        .collect();
    let clauses = Clauses::new(&toks);
    let mut titles = Titles::new(text, &toks, &remove);
    let verbs: Vec<usize> = (0..toks.len())
        .filter(|&i| titles.class(i) == Class::Verb)
        .collect();
    verbs
        .into_iter()
        .map(|i| {
            let word = text[toks[i].span.clone()].to_string();
            (word, titles.title(&clauses.of(i), i))
        })
        .collect()
}

#[test]
fn a_number_comma_is_inside_the_clause() {
    let text = "Hale led 45,000 men, then 3 : 2.";
    let toks = tokens(text, 0..text.len());
    let clauses = Clauses::new(&toks);
    assert_eq!(clauses.of(1), 0..6);
}

#[test]
fn a_title_costs_the_same_in_a_long_sentence() {
    // Many verbs in one clause: each title looks a bounded stretch around its verb.
    let text = "Officials said troops attacked towns and ".repeat(2000);
    let found = titles_of(&text, &[]);
    assert!(found.len() >= 4000);
    assert!(found.iter().all(|(_, t)| t.chars().count() <= MAX_CHARS));
}

/// Found in review: a subject of one name before a title too long for its object looked
/// for an "of" after the name, past the subject's end, and panicked.
#[test]
fn a_subject_of_one_name_is_cut_nowhere() {
    let text = "Gtrkeg ddyjntriiked uinpk ikst jshqfda gsqcddrbjf fdugkoh rqyxvyr \
                cjryigrq gwmt ecmmbbschtz imaetwxxozj on Tuesday.";
    let found = titles_of(text, &["Tuesday"]);
    assert!(found.iter().all(|(_, t)| t.chars().count() <= MAX_CHARS));
}

#[test]
fn an_object_relative_stands_for_the_phrase_an_ing_phrase_describes() {
    let title_of = |text: &str, verb: &str, dates: &[&str]| {
        titles_of(text, dates)
            .into_iter()
            .find(|(word, _)| word == verb)
            .map(|(_, title)| title)
    };
    let accord = "A quarrel concerns a broad trade accord calling for lower tariffs, which the two envoys signed in June.";
    assert_eq!(
        title_of(accord, "signed", &["in", "June"]).as_deref(),
        Some("The two envoys signed a broad trade accord")
    );
    // A phrase that names its thing needs no look past it.
    let plan = "They backed a plan banning imports, which the council adopted in May.";
    assert_eq!(
        title_of(plan, "adopted", &["in", "May"]).as_deref(),
        Some("The council adopted a plan banning imports")
    );
}

/// Found by a stress test: a text that stops at a comma after an apposition looked one token
/// past its end for an infinitive.
#[test]
fn a_subject_phrase_of_skipped_words_has_a_title() {
    // A year glued to the next word, then a noun phrase after commas: the subject's phrase
    // came out empty, and its first word was read all the same.
    let text = "withdrawal in 2015Its chairman, unit, set to open,";
    let reference = chrono::NaiveDate::from_ymd_opt(2001, 12, 26).unwrap();
    let options = crate::tagger::TagOptions {
        reference_date: Some(reference),
        ..crate::tagger::TagOptions::default()
    };
    let timexes = crate::tagger::tag(text, &options);
    let spans = crate::text::sentences(text);
    let events = crate::events::extract_news(text, &timexes, &spans, reference, "s");
    assert!(events.iter().all(|e| !e.title.is_empty()));
}

#[test]
fn a_subject_whose_owner_is_told_by_that_subject_has_a_title() {
    // "its" is told by the subject after the opening phrase's comma, which is "its bid"
    // again: the look-ups ran inside one another until the stack ran out.
    for text in [
        "In a statement on Monday, Acme Corp. said its bid, due to expire on Friday, would be \
         extended.",
        "In Tarn, its bid, due to expire on Friday, was extended.",
    ] {
        let found = titles_of(text, &["Monday", "Friday"]);
        assert!(
            found
                .iter()
                .any(|(_, t)| t.ends_with("bid was due to expire")),
            "{found:?}"
        );
    }
}

#[test]
fn a_verb_before_a_due_phrase_is_no_aside() {
    // "due" takes no tense: the clause before its comma is the saying's, not an aside
    // describing the noun before the first comma.
    let text = "Tarn Corp., which bid 90 million euros (US$99 million), or $5 a share for Olm, \
                said it would extend its offer, due to lapse on Friday, to May 6.";
    let found = titles_of(text, &["Friday"]);
    let extend = found.iter().find(|(w, _)| w == "extend").expect("extend");
    assert_eq!(extend.1, "Tarn Corp. would extend its offer", "{found:?}");
}

#[test]
fn a_text_that_stops_at_a_comma_has_titles() {
    for text in [
        "On Monday the council praised Tom Hale, the mayor,",
        "On Monday the council asked Tom Hale, the mayor, to",
        "Tom Hale,",
        ",",
    ] {
        let found = titles_of(text, &["Monday"]);
        assert!(
            found.iter().all(|(_, t)| t.chars().count() <= MAX_CHARS),
            "{text}"
        );
    }
    let found = titles_of(
        "On Monday the council praised Tom Hale, the mayor,",
        &["Monday"],
    );
    assert_eq!(found[0].1, "The council praised Tom Hale");
}
