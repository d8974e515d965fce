//! One happening told again with another verb of the same kind of deed: "Police seized a car
//! bomb Sunday", then "Police found explosives Sunday in a shed"; "The union was expelled from
//! wage talks on March 9", then "We were thrown out of those talks in March". The verbs are
//! a group of `data/rules/retold.txt`; the subject or the object is the same, and the dates
//! agree.

use std::ops::Range;
use std::sync::OnceLock;

use super::chunk::ends_in_plural_s;
use super::detect::{
    EventPos, each_lemma_candidate, is_function_word, pos_at, word_before_adverbs,
};
use super::title::Clauses;
use super::words::{AUXILIARIES, CLAUSE_OPENERS, Token};
use crate::text::{DataLine, data_lines};

const RETOLD: &str = include_str!("../../data/rules/retold.txt");

/// How many tokens before an event noun the verb it is the object of may stand ("seized a
/// truck bomb being built", "found more than 900 pounds (400 kgs) of fertilizer").
const VERB_REACH: usize = 14;

/// How many tokens after a verb its object's head may stand ("found more than 900 pounds").
const OBJECT_REACH: usize = 5;

/// A deed of a group of verbs, with its subject and object (lower case, the object by its
/// kind of happening when it is one: "talks" and "talk" agree).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Deed {
    pub group: usize,
    pub subject: Option<String>,
    pub object: Option<String>,
}

impl Deed {
    /// `self` and `other` are the same deed by the same actor or on the same thing.
    pub fn agrees(&self, other: &Self) -> bool {
        let same = |a: &Option<String>, b: &Option<String>| a.is_some() && a == b;
        self.group == other.group
            && (same(&self.subject, &other.subject) || self.same_object(other))
    }

    /// The same object, which alone tells the same happening at dates one within the other.
    pub fn same_object(&self, other: &Self) -> bool {
        self.group == other.group && self.object.is_some() && self.object == other.object
    }
}

/// The verbs of each group: a form as written, with the particle it needs, by group.
type Groups = super::FastMap<&'static str, Vec<(Option<&'static str>, usize)>>;

/// What `data/rules/retold.txt` lists.
struct Retold {
    groups: Groups,
    /// Words before a due date: "by".
    due_by: Vec<&'static str>,
    /// Nouns after a date that name it again as due: "deadline".
    due_nouns: Vec<&'static str>,
    /// Verbs whose event noun object is the happening: "staged a coup".
    light_verbs: Vec<&'static str>,
}

fn retold() -> &'static Retold {
    static RETOLD_DATA: OnceLock<Retold> = OnceLock::new();
    RETOLD_DATA.get_or_init(|| parse(RETOLD).unwrap_or_else(|e| panic!("retold.txt: {e}")))
}

fn groups() -> &'static Groups {
    &retold().groups
}

/// The expression at token range `timex` follows a word of a due date: "go home by Jan. 14".
pub(super) fn due_by(tokens: &[Token], timex: &Range<usize>) -> bool {
    timex
        .start
        .checked_sub(1)
        .is_some_and(|i| retold().due_by.contains(&tokens[i].lower.as_str()))
}

/// The expression at token range `timex` names a due date again: "the Jan. 14 deadline".
pub(super) fn names_due_date(tokens: &[Token], timex: &Range<usize>) -> bool {
    tokens
        .get(timex.end)
        .is_some_and(|t| retold().due_nouns.contains(&t.lower.as_str()))
}

fn parse(source: &'static str) -> Result<Retold, String> {
    let mut retold = Retold {
        groups: Groups::default(),
        due_by: Vec::new(),
        due_nouns: Vec::new(),
        light_verbs: Vec::new(),
    };
    let groups = &mut retold.groups;
    let mut count = 0;
    let mut section = None;
    for (number, line) in data_lines(source) {
        match line {
            DataLine::Section("examples") => break,
            DataLine::Section(name @ ("same_deed" | "due_by" | "due_nouns" | "light_verbs")) => {
                section = Some(name);
            }
            DataLine::Section(name) => return Err(format!("line {number}: unknown [{name}]")),
            DataLine::Entries(_) if section.is_none() => {
                return Err(format!("line {number}: words before [same_deed]"));
            }
            DataLine::Entries(line) if section != Some("same_deed") => {
                let list = match section {
                    Some("due_by") => &mut retold.due_by,
                    Some("light_verbs") => &mut retold.light_verbs,
                    _ => &mut retold.due_nouns,
                };
                list.extend(line.split(',').map(str::trim).filter(|e| !e.is_empty()));
            }
            DataLine::Entries(line) => {
                for entry in line.split(',').map(str::trim).filter(|e| !e.is_empty()) {
                    let mut words = entry.split(' ');
                    let (verb, particle) = (words.next().unwrap_or_default(), words.next());
                    if words.next().is_some()
                        || !entry.bytes().all(|b| b.is_ascii_lowercase() || b == b' ')
                    {
                        return Err(format!(
                            "line {number}: {entry:?} must be a lower-case verb and at most one particle"
                        ));
                    }
                    groups.entry(verb).or_default().push((particle, count));
                }
                count += 1;
            }
        }
    }
    Ok(retold)
}

/// The deed the event word `tokens[event]` tells: the event verb itself, or the
/// verb an event noun is the object of, when that verb is of a group.
pub(super) fn deed(
    tokens: &[Token],
    events: &[(usize, EventPos)],
    event: usize,
    clauses: &Clauses,
) -> Option<Deed> {
    let is_verb = |i: usize| pos_at(events, i) == Some(EventPos::Verb);
    // A hyphenated participle describes the noun after it ("of fertilizer-based
    // explosives"): like a noun, it is the object of the verb before it.
    let verb = if is_verb(event) && !tokens[event].lower.contains('-') {
        event
    } else {
        // Across brackets and numbers ("900 pounds (400 kgs) of"), not across a clause
        // opener or a comma between words.
        let digit = |i: usize| {
            tokens
                .get(i)
                .is_some_and(|t| t.lower.starts_with(|c: char| c.is_ascii_digit()))
        };
        let boundary = |i: usize| {
            let t = &tokens[i];
            t.is(CLAUSE_OPENERS)
                || matches!(t.lower.as_str(), ";" | ":" | "and")
                || t.lower == "," && !(i > 0 && digit(i - 1) && digit(i + 1))
        };
        (event.saturating_sub(VERB_REACH)..event)
            .rev()
            .take_while(|&i| !boundary(i))
            .find(|&i| is_verb(i))?
    };
    let (group, particle) = group_of(tokens, verb)?;
    let clause = clauses.of(verb);
    let content = |t: &Token| t.is_word() && !is_function_word(t) && !t.has_digit();
    // "Police have seized": the word before the auxiliaries.
    let mut i = verb;
    let subject = loop {
        let Some(j) = word_before_adverbs(tokens, i).filter(|&j| j >= clause.start) else {
            break None;
        };
        if !tokens[j].is(AUXILIARIES) {
            break Some(j);
        }
        i = j;
    };
    let subject = subject
        .filter(|&j| content(&tokens[j]))
        .map(|j| tokens[j].lower.to_string());
    let object = if event == verb {
        let after = verb + 1 + usize::from(particle);
        tokens
            .get(after..clause.end.max(after))
            .unwrap_or_default()
            .iter()
            .take(OBJECT_REACH)
            .find(|t| content(t))
            .map(|t| super::kind_of(&t.lower))
    } else {
        Some(super::kind_of(&tokens[event].lower))
    };
    Some(Deed {
        group,
        subject,
        object,
    })
}

/// The kind of the one event noun that names the happening of the event word
/// `tokens[event]` in `clause`: the word itself ("after a coup last year"), the noun a light
/// verb takes ("staged a coup"), or the noun the verb's subject is ("whose arrest six weeks
/// ago began a quarrel"). A plural names several happenings: none.
pub(super) fn named_by_noun(
    tokens: &[Token],
    events: &[(usize, EventPos)],
    event: usize,
    clause: &Range<usize>,
) -> Option<String> {
    let pos = |i: usize| pos_at(events, i);
    let singular_noun = |i: &usize| {
        let word = tokens[*i].lower.as_str();
        // A capitalised word is a name ("Rally's"), not a happening.
        pos(*i) == Some(EventPos::Noun) && !tokens[*i].capitalized && !ends_in_plural_s(word)
    };
    let noun = if pos(event) == Some(EventPos::Noun) {
        Some(event).filter(singular_noun)
    } else {
        // The verb's forms are read only when an event word follows it.
        let light = || {
            let mut light = false;
            each_lemma_candidate(&tokens[event].lower, |lemma| {
                light |= retold().light_verbs.contains(&lemma);
            });
            light
        };
        let object = (event + 1..clause.end.min(event + 1 + OBJECT_REACH))
            .find(|&i| pos(i).is_some())
            .filter(|_| light());
        let subject = || (clause.start..event).rev().find(|&i| pos(i).is_some());
        object.or_else(subject).filter(singular_noun)
    };
    noun.map(|i| super::kind_of(&tokens[i].lower))
}

/// The group of the verb `tokens[verb]`, and whether its particle follows it.
fn group_of(tokens: &[Token], verb: usize) -> Option<(usize, bool)> {
    let groups = groups();
    let next = tokens.get(verb + 1).map(|t| t.lower.as_str());
    let mut found = None;
    each_lemma_candidate(&tokens[verb].lower, |lemma| {
        if found.is_some() {
            return;
        }
        found = groups.get(lemma).and_then(|forms| {
            forms.iter().find_map(|&(particle, group)| match particle {
                None => Some((group, false)),
                Some(p) => (next == Some(p)).then_some((group, true)),
            })
        });
    });
    found
}

#[cfg(test)]
mod tests {
    use super::super::happening_tests::events;
    use super::*;
    use crate::tagger::DocType;
    use crate::text::section_entries;

    #[test]
    fn every_example_holds() {
        let mut count = 0;
        let mut failures = Vec::new();
        for (_, line) in section_entries(RETOLD, "examples") {
            count += 1;
            let (want, text) = line.split_once(": ").expect("`kind: text`");
            let want = match want {
                "one" => 1,
                "two" => 2,
                "three" => 3,
                _ => panic!("retold.txt: unknown example kind {want:?}"),
            };
            let got = events(text, DocType::News);
            if got.len() != want {
                let titles: Vec<_> = got
                    .iter()
                    .map(|e| format!("{} {}", e.date, e.title))
                    .collect();
                failures.push(format!("{line}\n    got {titles:?}"));
            }
        }
        assert!(count >= 5, "only {count} examples");
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn every_group_is_read() {
        let retold = parse(RETOLD).unwrap();
        assert_eq!(retold.due_nouns, ["deadline", "cutoff"]);
        let groups = retold.groups;
        assert!(groups["seize"].iter().all(|&(p, _)| p.is_none()));
        assert_eq!(groups["push"], [(Some("out"), 1)]);
        assert!(parse("[same_deed]\nSeize, find\n").is_err());
        assert!(parse("seize, find\n").is_err());
        assert!(parse("[same_deed]\npush out now\n").is_err());
    }
}
