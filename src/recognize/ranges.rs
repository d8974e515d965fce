//! Ranges: "12 March - 3 April 1917", "June 4-7, 1942", "1861-65", "from 21 to 23 October".
//!
//! As TimeML writes them, each side of a range is its own expression. This pass runs after the
//! rules: it cuts a hyphenated number pair ("4-7", "1914-18") into its two sides, reads a bare
//! day next to a dated side, and carries the year or month one side states to the side that
//! lacks it. Its word lists and examples are data (`data/rules/ranges.txt`).

use std::ops::Range;
use std::sync::OnceLock;

use super::rules::Producer;
use super::scan::{Expression, Slots};
use crate::text::{Token, TokenKind, month_number};
use carry::carry;

mod carry;

const DATA: &str = include_str!("../../data/rules/ranges.txt");

/// The word lists of `ranges.txt`.
struct Words {
    connectors: Vec<&'static str>,
    between: Vec<&'static str>,
    from: Vec<&'static str>,
    not_dates: Vec<&'static str>,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = Words {
            connectors: Vec::new(),
            between: Vec::new(),
            from: Vec::new(),
            not_dates: Vec::new(),
        };
        let mut list: Option<&mut Vec<&'static str>> = None;
        for line in DATA.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') || line.starts_with('"') {
                continue;
            }
            list = match line {
                "[connectors]" => Some(&mut words.connectors),
                "[between]" => Some(&mut words.between),
                "[from]" => Some(&mut words.from),
                "[not_dates]" => Some(&mut words.not_dates),
                _ => {
                    if let Some(list) = list.as_mut() {
                        list.extend(line.split_whitespace());
                    }
                    list
                }
            };
        }
        words
    })
}

/// The examples of `ranges.txt`: each phrase with the values expected in it.
#[cfg(test)]
pub(crate) fn examples() -> impl Iterator<Item = (&'static str, Vec<&'static str>)> {
    DATA.lines().filter_map(|line| {
        let rest = line.trim().strip_prefix('"')?;
        let (phrase, values) = rest.split_once("\" = ")?;
        let values = match values.trim() {
            "nothing" => Vec::new(),
            values => values.split('|').map(str::trim).collect(),
        };
        Some((phrase, values))
    })
}

/// Whether `list` holds `word`, ignoring case (without allocating: this runs on many tokens).
fn listed(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether the expressions at `left` and `right` (byte spans of `text`) are the two sides of
/// a range: a connector between them ("to", "-"; "and" only after "between").
///
/// # Example
///
/// ```
/// use timeliner::recognize::joins;
///
/// let text = "between June and August 1944, from 1939 to 1945 and 1950";
/// assert!(joins(text, &(8..12), &(17..28)));
/// assert!(joins(text, &(35..39), &(43..47)));
/// assert!(!joins(text, &(43..47), &(52..56)));
/// ```
#[must_use]
pub fn joins(text: &str, left: &Range<usize>, right: &Range<usize>) -> bool {
    left.end <= right.start
        && right.start - left.end <= GAP
        && joins_gap(before(text, left.start), &text[left.end..right.start])
}

/// Bytes an aside between the two sides of a range may take ("from 1968, when the army seized
/// power, until 1989"): a dozen words or so.
const ASIDE_BYTES: usize = 120;

/// Whether the expressions at `left` and `right` (byte spans of `text`) are the two sides of
/// a range around an aside between commas: "from 1968, when the army seized power, until
/// 1989". Only after "from", and only with a connector after the aside ("until", "to"). Gives
/// the aside's text.
///
/// # Example
///
/// ```
/// use timeliner::recognize::joins_past_aside;
///
/// let text = "ruled from 1968, when the army seized power, until 1989";
/// assert_eq!(joins_past_aside(text, &(11..15), &(51..55)), Some("when the army seized power"));
/// let text = "ruled in 1968, when the army seized power, until 1989";
/// assert_eq!(joins_past_aside(text, &(9..13), &(49..53)), None);
/// ```
#[must_use]
pub fn joins_past_aside<'a>(
    text: &'a str,
    left: &Range<usize>,
    right: &Range<usize>,
) -> Option<&'a str> {
    if left.end > right.start || right.start - left.end > ASIDE_BYTES {
        return None;
    }
    let words = words();
    let from = before(text, left.start).split_whitespace().next_back();
    if !from.is_some_and(|w| listed(&words.from, w) && !listed(&words.between, w)) {
        return None;
    }
    let gap = text.get(left.end..right.start)?.trim();
    let (aside, connector) = gap.strip_prefix(',')?.rsplit_once(',')?;
    let aside = aside.trim();
    let plain = !aside.is_empty() && !aside.contains(['.', ';', '?', '!', '(', ')', ',']);
    (plain && listed(&words.connectors, connector.trim())).then_some(aside)
}

/// Whether `gap` joins two expressions, `before` being the text before the first.
fn joins_gap(before: &str, gap: &str) -> bool {
    let gap = gap.trim();
    let words = words();
    if listed(&words.connectors, gap) {
        return true;
    }
    gap.eq_ignore_ascii_case("and")
        && before
            .split_whitespace()
            .next_back()
            .is_some_and(|w| listed(&words.between, w))
}

/// A number pair joined by a hyphen in one token: "4-7", "1914-1918".
fn number_pair(word: &str) -> Option<((u32, usize), u32)> {
    let (a, b) = word.split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|c| c.is_ascii_digit());
    if !digits(a) || !digits(b) {
        return None;
    }
    Some(((a.parse().ok()?, a.len()), b.parse().ok()?))
}

/// The end year of "1914-1918" or "1861-65", if the pair reads as years.
fn year_pair(a: u32, a_len: usize, b: u32, b_len: usize) -> Option<u32> {
    if a_len != 4 || !(1000..2200).contains(&a) {
        return None;
    }
    let end = match b_len {
        4 => b,
        2 => a / 100 * 100 + b,
        _ => return None,
    };
    (a < end && end - a <= 100).then_some(end)
}

fn is_day(n: u32) -> bool {
    (1..=31).contains(&n)
}

/// Whether `e` is a date the range pass may complete: a month, a day of a month or a year.
fn is_calendar(e: &Expression) -> bool {
    matches!(e.producer, Producer::Date | Producer::Month)
        && e.modifier.is_none()
        && e.slots.season.is_none()
        && e.slots.ordinal.is_none()
        && (e.slots.month.is_some() || e.slots.year.is_some())
}

/// An expression for one side of a range, read by this pass.
fn side(
    span: Range<usize>,
    tokens: Range<usize>,
    year: Option<i32>,
    month: Option<u32>,
    day: u32,
) -> Expression {
    let mut slots = Slots::default();
    slots.year = year;
    slots.month = month;
    slots.day = Some(day);
    Expression {
        span,
        rule: u32::MAX,
        producer: if year.is_some() {
            Producer::Date
        } else {
            Producer::Month
        },
        slots,
        modifier: None,
        tokens,
    }
}

/// Whether `word` says after noon ("p.m.") or before ("a.m."), if it says either.
fn meridiem(word: &str) -> Option<bool> {
    let listed = |options: [&str; 3]| options.iter().any(|o| word.eq_ignore_ascii_case(o));
    if listed(["p.m.", "pm", "p.m"]) {
        Some(true)
    } else if listed(["a.m.", "am", "a.m"]) {
        Some(false)
    } else {
        None
    }
}

/// "10:00", "9:30": the hour and minutes of a clock time of 24 hours written with a colon.
/// The expression `n`, found by the rules at token `at`, is a day name alone (with its full
/// stop at most): "Fri." of "Mon-Fri.".
fn day_name_alone(n: &Expression, at: usize) -> bool {
    n.tokens.start == at
        && n.tokens.end <= at + 2
        && n.slots.weekday.is_some()
        && n.slots.day.is_none()
        && n.slots.month.is_none()
        && n.slots.shift.is_none()
}

fn clock_of(word: &str) -> Option<(u32, u32)> {
    let (h, m) = word.split_once(':')?;
    let (hour, minute) = (h.parse().ok()?, m.parse().ok()?);
    // "24:00" ends a day; "24:30" is no time.
    let valid = hour < 24 && minute < 60 || (hour, minute) == (24, 0);
    (h.len() <= 2 && m.len() == 2 && valid).then_some((hour, minute))
}

/// A clock time on the reference day, one side of a range of hours.
fn clock_side(span: Range<usize>, tokens: Range<usize>, hour: u32) -> Expression {
    let mut slots = Slots::default();
    slots.clock = Some((hour, 0));
    Expression {
        span,
        rule: u32::MAX,
        producer: Producer::Time(None, None),
        slots,
        modifier: None,
        tokens,
    }
}

/// A year alone, one side of a range, read from token `i`.
fn year_side(span: Range<usize>, i: usize, year: u32) -> Expression {
    let mut e = side(span, i..i + 1, None, None, 1);
    e.slots.day = None;
    set_year(&mut e, i32::try_from(year).unwrap_or(i32::MAX));
    e
}

/// Sets the year of `e`, which then reads as an absolute date.
fn set_year(e: &mut Expression, year: i32) {
    e.slots.year = Some(year);
    e.producer = Producer::Date;
}

/// Cuts the hyphenated pairs, reads bare days and carries years and months across the ranges
/// among `found` (the expressions of `tokens`, in text order); one walk, linear in both.
pub(crate) fn complete(text: &str, tokens: &[Token], found: &mut Vec<Expression>) {
    let words = words();
    let word = |i: usize| &text[tokens[i].span.clone()];
    let mut out: Vec<Expression> = Vec::with_capacity(found.len() + 4);
    let mut next = 0;
    let mut i = 0;
    // The expressions are in text order and do not overlap: walk tokens and expressions together.
    while i < tokens.len() {
        while next < found.len() && found[next].tokens.start <= i {
            let e = found[next].clone();
            next += 1;
            // "1876-1910" read by the rules as one year is cut below.
            if e.tokens.len() == 1
                && e.span == tokens[e.tokens.start].span
                && is_calendar(&e)
                && e.slots.month.is_none()
                && number_pair(&text[e.span.clone()]).is_some()
            {
                continue;
            }
            i = i.max(e.tokens.end);
            carry(text, &mut out, e);
        }
        if i >= tokens.len() {
            break;
        }
        // A side this pass reads is a number, or a word within two tokens of an expression:
        // step over the rest at once. Far from both expressions (more than three tokens before
        // the next), only a number with a hyphen ("1914-1918", "3-4") is a side.
        let limit = found.get(next).map_or(tokens.len(), |n| n.tokens.start);
        let after_last = out.last().map_or(0, |l| l.tokens.end + 2);
        if i >= after_last && i + 2 < limit {
            let skip = tokens[i..limit - 2]
                .iter()
                .zip(i..)
                .position(|(t, k)| {
                    t.kind == TokenKind::Number
                        && (k + 3 >= limit || text.as_bytes()[t.span.clone()].contains(&b'-'))
                })
                .unwrap_or(limit - 2 - i);
            if skip > 0 {
                i += skip;
                continue;
            }
        }
        let token = &tokens[i];
        let connector = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|_| listed(&words.connectors, word(k)))
        };
        let month_alone =
            |e: &Expression| is_calendar(e) && e.slots.month.is_some() && e.slots.day.is_none();
        // In lower case, "march" and "may" may be verbs: "from October 1944 to march on".
        if token.kind == TokenKind::Word
            && found.get(next).is_none_or(|n| n.tokens.start > i)
            && ((i >= 2
                && out
                    .last()
                    .is_some_and(|l| l.tokens.end == i - 1 && month_alone(l))
                && connector(i - 1))
                || (found
                    .get(next)
                    .is_some_and(|r| r.tokens.start == i + 2 && month_alone(r))
                    && connector(i + 1)))
            && (text.as_bytes()[token.span.start].is_ascii_uppercase()
                || !["march", "may"].contains(&word(i)))
            && let Some(month) = month_number(word(i))
        {
            // "from October to March", "May-August 1950": a month the rules leave alone (a
            // latent "March" or "May") next to a month across a connector.
            let mut e = side(token.span.clone(), i..i + 1, None, Some(month), 1);
            e.slots.day = None;
            carry(text, &mut out, e);
            i += 1;
            continue;
        }
        if token.kind == TokenKind::Punct
            && token.joined
            && i >= 1
            && matches!(word(i), "-" | "\u{2013}")
            && tokens.get(i + 1).is_some_and(|t| t.joined)
            && out.last().is_none_or(|l| l.tokens.end < i)
            && found
                .get(next)
                .is_none_or(|n| n.tokens.start > i + 1 || day_name_alone(n, i + 1))
            && let (Some(a), Some(b)) = (weekday_number(word(i - 1)), weekday_number(word(i + 1)))
        {
            // "mon-fri": two day names the rules leave alone (abbreviations), or whose second
            // the rules read alone with its full stop ("Mon-Fri.").
            let mut left = side(tokens[i - 1].span.clone(), i - 1..i, None, None, 1);
            (left.producer, left.slots.day, left.slots.weekday) =
                (Producer::Weekday, None, Some(a));
            let mut right = left.clone();
            (right.span, right.tokens, right.slots.weekday) =
                (tokens[i + 1].span.clone(), i + 1..i + 2, Some(b));
            if let Some(n) = found.get(next).filter(|n| n.tokens.start == i + 1) {
                (right.span, right.tokens) = (n.span.clone(), n.tokens.clone());
                next += 1;
            }
            i = right.tokens.end;
            out.push(left);
            carry(text, &mut out, right);
            continue;
        }
        let before_is = |list: &[&str]| i > 0 && listed(list, word(i - 1).trim_end_matches('.'));
        if token.kind == TokenKind::Number
            && let Some((a, b)) = word(i).split_once('-')
            && let (Some(from), Some(to)) = (clock_of(a), clock_of(b))
            && from < to
        {
            // "10:00-12:00": two clock times in one token.
            let start = token.span.start;
            let mut left = clock_side(start..start + a.len(), i..i + 1, from.0);
            left.slots.clock = Some(from);
            let mut right = clock_side(start + a.len() + 1..token.span.end, i..i + 1, to.0);
            right.slots.clock = Some(to);
            out.push(left);
            out.push(right);
            i += 1;
            continue;
        }
        if token.kind == TokenKind::Number
            && let Some(((a, a_len), b)) = number_pair(word(i))
            && !before_is(&words.not_dates)
            // "3-4pm" as typed: the half of the day may be joined.
            && !tokens.get(i + 1).is_some_and(|t| {
                t.joined && t.kind != TokenKind::Punct && meridiem(&text[t.span.clone()]).is_none()
            })
        {
            let start = token.span.start;
            let b_span = start + a_len + 1..token.span.end;
            let b_len = b_span.len();
            // "June 4-7", never "March 2009 3-4 people": the year comes after the days.
            let prev_month = out.last().filter(|p| {
                p.tokens.end == i
                    && is_calendar(p)
                    && p.slots.month.is_some()
                    && p.slots.day.is_none()
                    && p.slots.year.is_none()
            });
            let next_month = found.get(next).filter(|n| {
                n.tokens.start == i + 1
                    && is_calendar(n)
                    && n.slots.month.is_some()
                    && n.slots.day.is_none()
            });
            if let Some(end) = year_pair(a, a_len, b, b_len) {
                // "1914-1918", "1861-65": two years.
                // "the years 1955-1957": the words that name the years are the first side's.
                let (from, first) = if i >= 2
                    && word(i - 2).eq_ignore_ascii_case("the")
                    && word(i - 1).eq_ignore_ascii_case("years")
                {
                    // The rules read "the years" as a vague duration: it is this year's.
                    if out.last().is_some_and(|l| l.tokens == (i - 2..i)) {
                        out.pop();
                    }
                    (tokens[i - 2].span.start, i - 2)
                } else {
                    (start, i)
                };
                let mut left = year_side(from..start + a_len, i, a);
                left.tokens.start = first;
                out.push(left);
                out.push(year_side(b_span, i, end));
                i += 1;
                continue;
            }
            if let Some(pm) = tokens
                .get(i + 1)
                .and_then(|t| meridiem(&text[t.span.clone()]))
                && (1..=12).contains(&a)
                && (1..=12).contains(&b)
                && a < b
            {
                // "3-4 p.m.": two hours of the half of the day said after the second.
                let hour = |h: u32| h % 12 + if pm { 12 } else { 0 };
                let left = clock_side(start..start + a_len, i..i + 1, hour(a));
                let right = clock_side(b_span.start..tokens[i + 1].span.end, i..i + 2, hour(b));
                out.push(left);
                out.push(right);
                i += 2;
                continue;
            }
            if a > b
                && a - b <= 100
                && a_len <= 4
                && let Some(era) = tokens.get(i + 1)
                && !era.joined
                && super::recognizer().before_christ(text, era)
            {
                // "499-493 BC": two years before the common era (499 BC is -498).
                let bc = |n: u32| 1 - i32::try_from(n).unwrap_or(i32::MAX);
                let mut left = side(start..start + a_len, i..i + 1, Some(bc(a)), None, 1);
                left.slots.day = None;
                let mut right = side(b_span.start..era.span.end, i..i + 2, Some(bc(b)), None, 1);
                right.slots.day = None;
                out.push(left);
                out.push(right);
                i += 2;
                continue;
            }
            if is_day(a) && is_day(b) && a < b {
                if prev_month.is_some() {
                    // "June 4-7, 1942": June 4, and 7 of June (1942 if the year follows).
                    let mut left = out.pop().expect("checked above");
                    left.span.end = start + a_len;
                    left.tokens.end = i + 1;
                    left.slots.day = Some(a);
                    let mut right = side(b_span, i..i + 1, left.slots.year, left.slots.month, b);
                    next += absorb_year(text, tokens, found.get(next), &mut right, &mut left);
                    out.push(left);
                    out.push(right);
                    i += 1;
                    continue;
                }
                // "May 1-3", "dec. 24-26": a month the rules leave alone (a latent "May", an
                // abbreviation in lower case) before the pair.
                let month_at = i.checked_sub(
                    1 + usize::from(
                        i > 1 && tokens[i - 1].kind == TokenKind::Punct && word(i - 1) == ".",
                    ),
                );
                // Lower-case "may" and "march" are verbs: "scores may 1-3 points".
                if let Some(p) = month_at.filter(|&p| {
                    tokens[p].kind == TokenKind::Word
                        && out.last().is_none_or(|l| l.tokens.end <= p)
                        && (text.as_bytes()[tokens[p].span.start].is_ascii_uppercase()
                            || !["march", "may"].contains(&word(p)))
                }) && let Some(month) = month_number(word(p))
                {
                    let mut left = side(
                        tokens[p].span.start..start + a_len,
                        p..i + 1,
                        None,
                        Some(month),
                        a,
                    );
                    let mut right = side(b_span, i..i + 1, None, Some(month), b);
                    next += absorb_year(text, tokens, found.get(next), &mut right, &mut left);
                    out.push(left);
                    out.push(right);
                    i += 1;
                    continue;
                }
                if let Some(n) = next_month {
                    // "3-4 May 1945": 3 May 1945, and 4 May 1945.
                    let mut right = n.clone();
                    next += 1;
                    let left = side(
                        start..start + a_len,
                        i..i + 1,
                        right.slots.year,
                        right.slots.month,
                        a,
                    );
                    right.span.start = b_span.start;
                    right.tokens.start = i;
                    right.slots.day = Some(b);
                    out.push(left);
                    i = right.tokens.end;
                    out.push(right);
                    continue;
                }
                if let Some(month) = tokens.get(i + 1).and_then(|t| {
                    let w = &text[t.span.clone()];
                    let free = found.get(next).is_none_or(|n| n.tokens.start > i + 1);
                    (free && w.starts_with(|c: char| c.is_ascii_uppercase()))
                        .then(|| month_number(w))
                        .flatten()
                }) {
                    // "the night of 6-7 May": a month the rules leave alone (a latent "May")
                    // without a day of its own.
                    let month_end = tokens[i + 1].span.end;
                    let mut left = side(start..start + a_len, i..i + 1, None, Some(month), a);
                    let mut right = side(b_span.start..month_end, i..i + 2, None, Some(month), b);
                    next += absorb_year(text, tokens, found.get(next), &mut right, &mut left);
                    i = right.tokens.end;
                    out.push(left);
                    out.push(right);
                    continue;
                }
            }
        }
        if token.kind == TokenKind::Number
            && token.span.len() <= 2
            && let Ok(a) = word(i).parse::<u32>()
            && (1..=12).contains(&a)
            && let Some(r) = found.get(next)
            && r.tokens.start == i + 2
            && matches!(r.producer, Producer::Time(..))
            // "between 2 and 4 o'clock": an hour alone.
            && let Some((hour, _)) = r.slots.clock.or(match r.slots.number {
                Some(super::scan::Amount::Exact(n)) => Some((n, 0)),
                _ => None,
            })
            && (connector(i + 1) && (tokens[i + 1].kind == TokenKind::Punct || before_is(&words.from))
                || word(i + 1).eq_ignore_ascii_case("and") && before_is(&words.between))
        {
            // "from 3 to 5 pm", "between 2 and 4 p.m.": a bare hour before a clock time takes
            // its half of the day.
            let a = if hour >= 12 && a + 12 <= hour {
                a + 12
            } else {
                a
            };
            if a < hour {
                out.push(clock_side(token.span.clone(), i..i + 1, a));
                i += 1;
                continue;
            }
        }
        // "23rd to 26th Oct": an ordinal's suffix makes the number a day.
        let suffix = usize::from(
            token.kind == TokenKind::Number
                && tokens.get(i + 1).is_some_and(|t| {
                    t.joined
                        && ["st", "nd", "rd", "th"]
                            .iter()
                            .any(|o| text[t.span.clone()].eq_ignore_ascii_case(o))
                }),
        );
        if token.kind == TokenKind::Number
            && let Ok(a) = word(i).parse::<u32>()
            && is_day(a)
            && let Some(r) = found.get(next)
            && is_calendar(r)
            && r.slots.month.is_some()
            && r.slots.day.is_some_and(|d| d > a)
            && r.tokens.start == i + suffix + 2
            && listed(&words.connectors, word(i + suffix + 1))
            && (tokens[i + suffix + 1].kind == TokenKind::Punct
                || suffix == 1
                || before_is(&words.from))
            && word(i + suffix + 2).parse::<u32>().ok() == r.slots.day
        {
            // "from 21 to 23 October", "6 – 7 February 1920": the bare day takes the month.
            out.push(side(
                token.span.start..tokens[i + suffix].span.end,
                i..i + suffix + 1,
                r.slots.year,
                r.slots.month,
                a,
            ));
            i += suffix + 1;
            continue;
        }
        if token.kind == TokenKind::Number
            && token.span.len() <= 4
            && let Ok(a) = word(i).parse::<i32>()
            && let Some(r) = found.get(next)
            && r.tokens.start == i + 2
            && is_calendar(r)
            && r.slots.month.is_none()
            && let Some(end) = r.slots.year.filter(|&y| y <= 0)
            && connector(i + 1)
            && !before_is(&words.not_dates)
            && (1..=100).contains(&(a - (1 - end)))
        {
            // "from 499 to 493 BC", "492–490 BC": the first year, the larger, takes the era
            // of the second (an astronomical year: 499 BC is -498).
            let mut left = side(token.span.clone(), i..i + 1, Some(1 - a), None, 1);
            left.slots.day = None;
            out.push(left);
            i += 1;
            continue;
        }
        if token.kind == TokenKind::Number
            && let Ok(b) = word(i).parse::<u32>()
            && i >= 2
            // "July 13 to 15" with a word only where the clause ends: in "rose on July 13 to
            // 15 percent" the number counts.
            && (tokens[i - 1].kind == TokenKind::Punct
                || tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct))
            && words.connectors.contains(&word(i - 1))
            && let Some(left) = out.last_mut()
            && left.tokens.end == i - 1
            && is_calendar(left)
            && left.slots.month.is_some()
            && left.slots.day.is_some_and(|d| d < b && is_day(b))
        {
            // "April 6 – 7, 1915": the bare day after a dash takes the month.
            let mut l = left.clone();
            let mut right = side(token.span.clone(), i..i + 1, l.slots.year, l.slots.month, b);
            next += absorb_year(text, tokens, found.get(next), &mut right, &mut l);
            *left = l;
            out.push(right);
        } else if token.kind == TokenKind::Number
            && token.span.len() == 2
            // Spaced, "1990 – 95 people" is a parenthesis.
            && token.joined
            && tokens[i - 1].joined
            && let Ok(b) = word(i).parse::<u32>()
            && i >= 2
            && tokens[i - 1].kind == TokenKind::Punct
            && words.connectors.contains(&word(i - 1))
            && !tokens.get(i + 1).is_some_and(|t| t.joined && t.kind == TokenKind::Number)
            && let Some(left) = out.last()
            && left.tokens.end == i - 1
            && is_calendar(left)
            && left.slots.month.is_none()
            && let Some(end) = left
                .slots
                .year
                .and_then(|y| u32::try_from(y).ok())
                .and_then(|y| year_pair(y, 4, b, 2))
        {
            // "1861–65": the end year in two digits.
            out.push(year_side(token.span.clone(), i, end));
        }
        i += 1;
    }
    out.extend(found.drain(next..));
    *found = out;
}

/// After a day read from a pair, ", 1942" (a year alone, right after it) belongs to it, and
/// dates the pair's first day too. Returns how many expressions were taken (0 or 1).
fn absorb_year(
    text: &str,
    tokens: &[Token],
    year: Option<&Expression>,
    right: &mut Expression,
    left: &mut Expression,
) -> usize {
    let Some(y) = year.filter(|y| {
        let gap = text[right.span.end..y.span.start].trim();
        is_calendar(y)
            && y.slots.month.is_none()
            && (gap.is_empty() || gap == ",")
            && y.tokens.start <= right.tokens.end + 1
            && y.tokens.end <= tokens.len()
    }) else {
        return 0;
    };
    let year = y
        .slots
        .year
        .expect("a calendar expression without a month has a year");
    right.span.end = y.span.end;
    right.tokens.end = y.tokens.end;
    set_year(right, year);
    if left.slots.year.is_none() {
        set_year(left, year);
    }
    1
}

/// The ISO number of a day name or its abbreviation ("Monday", "thu", "Tues").
fn weekday_number(word: &str) -> Option<u32> {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let len = word.len();
    let n = DAYS.iter().position(|d| {
        // The name, its first three letters, or "tues", "thur", "thurs".
        d.get(..len).is_some_and(|p| p.eq_ignore_ascii_case(word))
            && (len == 3
                || len == d.len()
                || d.starts_with("tu") && len == 4
                || d.starts_with("th") && (4..=5).contains(&len))
    })?;
    u32::try_from(n + 1).ok()
}

/// The longest gap a connector fills (" through ").
const GAP: usize = 10;

/// The few bytes before `at`, enough for the word before an expression.
fn before(text: &str, at: usize) -> &str {
    let mut from = at.saturating_sub(12);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    &text[from..at]
}

#[cfg(test)]
mod tests;
