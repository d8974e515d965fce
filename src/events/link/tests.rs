use super::super::{detect, words::tokens};
use super::*;

/// For each of `events`: an event verb stands before it in the same clause, found apart
/// from the costs, as the linker did before it found both in one walk.
fn verbs_before(tokens: &[Token], events: &[(usize, EventPos)]) -> Vec<bool> {
    let mut out = Vec::with_capacity(events.len());
    let mut next = events.iter().peekable();
    let mut verb_seen = false;
    for (i, t) in tokens.iter().enumerate() {
        while let Some(&&(e, pos)) = next.peek() {
            if e != i {
                break;
            }
            out.push(verb_seen);
            next.next();
            if pos == EventPos::Verb {
                verb_seen = true;
            }
        }
        if (t.kind == TokenKind::Punct && is_boundary(&t.lower)) || t.is(CLAUSE_OPENERS) {
            verb_seen = false;
        }
    }
    out
}

/// The closest event on each side by walking every event and every token between, as the
/// linker did before it kept running sums: its choice must be the same.
fn closest_by_walking(
    tokens: &[Token],
    events: &[(usize, EventPos)],
    timex: &Range<usize>,
) -> [Option<(f64, usize)>; 2] {
    let before = tokens[..timex.start].iter().rev().find(|t| t.is_word());
    let after_preposition =
        before.is_some_and(|t| t.is(PREPOSITIONS)) && !opens_clause(tokens, timex);
    let opens_sentence = tokens[..timex.start]
        .iter()
        .all(|t| !t.is_word() || t.is(PREPOSITIONS))
        || opens_clause(tokens, timex);
    let verb_before = verbs_before(tokens, events);
    let mut best: [Option<(f64, usize)>; 2] = [None, None];
    for (k, &(i, pos)) in events.iter().enumerate() {
        let split = (i..timex.start).any(|s| opens_own_clause(tokens, s));
        let (lo, hi, left) = if i < timex.start {
            if split {
                continue;
            }
            (i + 1, timex.start, true)
        } else if i >= timex.end {
            (timex.end, i, false)
        } else {
            continue;
        };
        let mut cost: f64 = tokens[lo..hi].iter().map(|t| crossing(t).0).sum();
        if left && after_preposition {
            cost -= AFTER_PREPOSITION_BONUS;
        }
        if !left && opens_sentence {
            cost -= 0.5;
        }
        if !left && pos == EventPos::Noun {
            cost += RIGHT_NOUN_COST;
        }
        if left && pos == EventPos::Noun {
            if is_possessed(tokens, i) {
                cost -= POSSESSED_NOUN_BONUS;
            } else if verb_before[k] {
                cost += NOUN_AFTER_VERB_COST;
            }
        }
        let side = &mut best[usize::from(!left)];
        if side.is_none_or(|(c, _)| cost < c) {
            *side = Some((cost, k));
        }
    }
    best
}

#[test]
fn running_sums_choose_as_walking_does() {
    let text = "In 2019, talks broke down in Hanoi, and the army attacked the city while \
                Putin's visit, which officials said was planned, will end (APEC) after \
                his capture; the vote and the summit resumed as reporters told a \
                conference that the deal was signed.";
    let toks = tokens(text, 0..text.len());
    let in_timex = vec![false; toks.len()];
    let events: Vec<(usize, EventPos)> = (0..toks.len())
        .filter_map(|i| detect::event_pos(&toks, i, &in_timex).map(|p| (i, p)))
        .collect();
    assert!(events.len() > 10, "{events:?}");
    let linker = Linker::new(&toks, &events);
    let mut compared = 0;
    for start in 0..toks.len() {
        for end in start + 1..(start + 4).min(toks.len()) {
            let timex = start..end;
            if premodified_noun(&toks, &events, &timex).is_some()
                || dates_a_thing(&toks, &events, &timex)
            {
                continue;
            }
            let walked = closest_by_walking(&toks, &events, &timex);
            let left_end = events.partition_point(|&(i, _)| i < timex.start);
            let right_start = events.partition_point(|&(i, _)| i < timex.end);
            let summed = [
                linker.left_of(&timex, left_end),
                linker.right_from(&timex, right_start),
            ];
            assert_eq!(summed, walked, "expression at tokens {timex:?}");
            compared += 1;
        }
    }
    assert!(compared > 50, "only {compared}");
}

#[test]
fn a_date_between_a_comma_and_its_clause_dates_that_clause() {
    let text = "Defeated again and again by the Danes, and troubled by feuds that weakened \
                their power to resist the Danes, after 900 AD Harald II and his heirs \
                instead chose a policy of bribery.";
    let toks = tokens(text, 0..text.len());
    let at = toks.iter().position(|t| t.lower == "900").expect("a year");
    let mut in_timex = vec![false; toks.len()];
    in_timex[at] = true;
    in_timex[at + 1] = true;
    let events: Vec<(usize, EventPos)> = (0..toks.len())
        .filter_map(|i| detect::event_pos(&toks, i, &in_timex).map(|p| (i, p)))
        .collect();
    let linker = Linker::new(&toks, &events);
    let (event, _) = linker.choose(&(at..at + 2)).expect("an event");
    assert_eq!(toks[event].lower, "chose");
}

#[test]
fn a_fronted_date_dates_the_verb_after_a_relative_clause_between_dashes() {
    let text =
        "In 1960 Major Vance - whose old unit fought at Hill Sixty - took command of the fort.";
    let toks = tokens(text, 0..text.len());
    let at = toks.iter().position(|t| t.lower == "1960").expect("a year");
    let mut in_timex = vec![false; toks.len()];
    in_timex[at] = true;
    let events: Vec<(usize, EventPos)> = (0..toks.len())
        .filter_map(|i| detect::event_pos(&toks, i, &in_timex).map(|p| (i, p)))
        .collect();
    let linker = Linker::new(&toks, &events);
    let (event, _) = linker.choose(&(at..at + 1)).expect("an event");
    assert_eq!(toks[event].lower, "took");
}

#[test]
fn a_date_heading_a_line_dates_its_head_noun_not_a_noun_in_a_phrase() {
    // The expression is the line's first two tokens, before its colon.
    let dated = |text: &str| {
        let toks = tokens(text, 0..text.len());
        let mut in_timex = vec![false; toks.len()];
        in_timex[..2].fill(true);
        let events: Vec<(usize, EventPos)> = (0..toks.len())
            .filter_map(|i| detect::event_pos(&toks, i, &in_timex).map(|p| (i, p)))
            .collect();
        let linker = Linker::new(&toks, &events);
        linker.choose(&(0..2)).map(|(e, _)| toks[e].lower.clone())
    };
    assert_eq!(
        dated("April 2: A blast at the Vell rig killed two.").as_deref(),
        Some("blast")
    );
    assert_ne!(
        dated("May 11: A barge tows a skimmer toward the Kestrel fuel spill.").as_deref(),
        Some("spill")
    );
}
