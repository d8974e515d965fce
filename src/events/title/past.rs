//! The simple past of an item's "-ing" form ("conquering" → "conquered", "taking" → "took"),
//! or of its participle after "having": regular verbs by the spelling rules of "-ed",
//! irregular ones from the list of `data/rules/past.txt`.

use std::sync::OnceLock;

use crate::text::{DataLine, data_lines};

const PAST: &str = include_str!("../../../data/rules/past.txt");

/// One irregular verb: its "-ing" form, its past and its past participle.
type Irregular = (&'static str, &'static str, &'static str);

/// The lists of `past.txt`: the irregular verbs, sorted by their "-ing" form, and the words
/// of a clause not told in the past, sorted.
struct Lists {
    irregular: Vec<Irregular>,
    not_past: Vec<&'static str>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut list = Vec::new();
        let mut not_past = Vec::new();
        let mut section = "";
        for (number, line) in data_lines(PAST) {
            match line {
                DataLine::Section(name) => section = name,
                DataLine::Entries(line) if section == "not_past" => {
                    not_past.extend(line.split(',').map(str::trim).filter(|w| !w.is_empty()));
                }
                DataLine::Entries(_) if section != "irregular" => {}
                DataLine::Entries(line) => {
                    let mut forms = line.split(',').map(str::trim);
                    match (forms.next(), forms.next(), forms.next(), forms.next()) {
                        (Some(ing), Some(past), Some(participle), None) => {
                            list.push((ing, past, participle));
                        }
                        _ => panic!("past.txt:{number}: not `-ing form, past, participle`"),
                    }
                }
            }
        }
        list.sort_unstable();
        not_past.sort_unstable();
        Lists {
            irregular: list,
            not_past,
        }
    })
}

fn irregular() -> &'static [Irregular] {
    &lists().irregular
}

/// `word` makes its clause's tense other than the past: "will", "is".
pub(super) fn is_not_past(word: &str) -> bool {
    lists().not_past.binary_search(&word).is_ok()
}

/// The simple past of the "-ing" form `ing`, none for a word that is none.
pub(super) fn of_ing(ing: &str) -> Option<String> {
    // "being", "having": no verb of their own.
    if matches!(ing, "being" | "having") {
        return None;
    }
    let list = irregular();
    if let Ok(k) = list.binary_search_by(|&(form, ..)| form.cmp(ing)) {
        return Some(list[k].1.to_string());
    }
    let stem = ing.strip_suffix("ing")?;
    // "king", "bring": no stem with a vowel.
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    if !stem.chars().any(vowel) {
        return None;
    }
    // "carrying" → "carried"; "playing" → "played".
    if let Some(y) = stem.strip_suffix('y')
        && !y.ends_with(vowel)
    {
        return Some(format!("{y}ied"));
    }
    // "agreeing" → "agreed"; "stopping" → "stopped", "hoping" → "hoped".
    if stem.ends_with('e') {
        return Some(format!("{stem}d"));
    }
    Some(format!("{stem}ed"))
}

/// `word` is a past participle [`of_participle`] has a simple past for, told without making it.
pub(super) fn has_past(word: &str) -> bool {
    word.ends_with("ed") || irregular().iter().any(|&(.., p)| p == word)
}

/// The simple past of the past participle `participle` ("taken" → "took"): the irregular
/// verb's, or the regular form itself.
pub(super) fn of_participle(participle: &str) -> Option<String> {
    let listed = irregular().iter().find(|&&(.., p)| p == participle);
    match listed {
        Some(&(_, past, _)) => Some(past.to_string()),
        None => participle.ends_with("ed").then(|| participle.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `past.txt` says of `words`: an "-ing" form, or "having" and a participle.
    fn past(words: &str) -> Option<String> {
        match words.strip_prefix("having ") {
            Some(participle) => of_participle(participle),
            None => of_ing(words),
        }
    }

    #[test]
    fn every_past_example_holds() {
        let mut failures = Vec::new();
        let mut count = 0;
        for (number, line) in data_lines(PAST) {
            let DataLine::Entries(line) = line else {
                continue;
            };
            let Some((words, want)) = line
                .strip_prefix("past: ")
                .and_then(|rest| rest.split_once(" ="))
            else {
                continue;
            };
            count += 1;
            let want = Some(want.trim()).filter(|w| !w.is_empty());
            let got = past(words.trim());
            if got.as_deref() != want {
                failures.push(format!(
                    "past.txt:{number}: {words}: want {want:?}, got {got:?}"
                ));
            }
        }
        assert!(count >= 10, "only {count} examples");
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn every_listed_verb_has_its_three_forms() {
        for &(ing, past, participle) in irregular() {
            assert!(ing.ends_with("ing"), "{ing}");
            assert!(!past.is_empty() && !participle.is_empty(), "{ing}");
        }
    }
}
