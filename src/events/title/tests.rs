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
    let text = "Lee led 45,000 men, then 3 : 2.";
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
