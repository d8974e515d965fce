//! The built-ins: elements a word list cannot express (years, days, clock times, numbers
//! spelled or written, ISO and slashed dates, decades, two-digit years), each read from the
//! tokens at one position into the match's slots.

mod numbers;

use chrono::NaiveDate;

use super::{Amount, Input, Slots};
use crate::recognize::Recognizer;
use crate::recognize::lexicon::Class;
use crate::recognize::rules::Builtin;
use crate::text::TokenKind;

/// What follows a number, as far as built-ins need it: a cheap necessary condition for each
/// to match there (see `Recognizer::after_number`).
#[derive(Debug, Clone, Copy)]
pub(super) struct AfterNumber {
    year: bool,
    clock: bool,
    suffix: bool,
}

impl AfterNumber {
    /// Whether `builtin` may match at the number.
    pub(super) fn allows(self, builtin: Builtin) -> bool {
        match builtin {
            Builtin::Year => self.year,
            Builtin::Clock => self.clock,
            Builtin::Decade | Builtin::Ordinal => self.suffix,
            _ => true,
        }
    }
}

impl Recognizer {
    /// A word (not a number) matches a built-in only as an entry of the word list that
    /// `word_class` names, which `heads_may_match` relies on.
    pub(super) fn builtin_at(
        &self,
        input: &Input,
        builtin: Builtin,
        i: usize,
        slots: &mut Slots,
    ) -> Option<usize> {
        match builtin {
            Builtin::Year if !input.is_number(i) => {
                let (end, year) = self.spelled_year_at(input, i)?;
                slots.year = Some(year);
                Some(end)
            }
            Builtin::Year => {
                if let Some((end, year)) = self.era_year_at(input, i) {
                    slots.year = Some(year);
                    return Some(end);
                }
                let year = year_at(input, i)?;
                if self.year_is_a_name(input, i) {
                    return None;
                }
                slots.year = Some(year);
                Some(i + 1)
            }
            Builtin::Day => {
                let (end, day) = if input.is_number(i) {
                    let word = input.word(i);
                    if word.len() > 2 {
                        return None;
                    }
                    let day: u32 = word.parse().ok()?;
                    let end = if input.suffix_is(i + 1, &["st", "nd", "rd", "th"]) {
                        i + 2
                    } else {
                        i + 1
                    };
                    (end, day)
                } else {
                    let (end, value) = self.class_at(input, Class::Ordinal, i, slots)?;
                    (end, value.parse().ok()?)
                };
                if !(1..=31).contains(&day) || input.is_punct(end, '%') {
                    return None;
                }
                slots.day = Some(day);
                Some(end)
            }
            Builtin::Number => {
                let (end, amount) = self.number_at(input, i, slots)?;
                slots.number = Some(amount);
                Some(end)
            }
            Builtin::Ordinal => {
                if input.is_number(i) {
                    let word = input.word(i);
                    if word.len() > 3 || !input.suffix_is(i + 1, &["st", "nd", "rd", "th"]) {
                        return None;
                    }
                    slots.ordinal = Some(word.parse().ok()?);
                    return Some(i + 2);
                }
                let (end, value) = self.class_at(input, Class::Ordinal, i, slots)?;
                slots.ordinal = Some(value.parse().ok()?);
                Some(end)
            }
            Builtin::Clock => self.clock_at(input, i, slots),
            Builtin::SpelledClock => self.spelled_clock_at(input, i, slots),
            Builtin::Hour => {
                // "at 9", "at seven"; "a" and "an" are no hour ("today at a meeting").
                if input.word(i).len() < 3 && !input.is_number(i) {
                    return None;
                }
                let (end, Amount::Exact(hour @ 1..=12)) = self.number_at(input, i, slots)? else {
                    return None;
                };
                if input.is_number(i) && input.word(i).len() > 2 {
                    return None;
                }
                slots.number = Some(Amount::Exact(hour));
                Some(end)
            }
            Builtin::IsoDate => {
                let word = input.word(i);
                if word.len() == 7 {
                    return year_month(word, slots).then_some(i + 1);
                }
                if word.len() != 10 {
                    return None;
                }
                slots.date = Some(NaiveDate::parse_from_str(word, "%Y-%m-%d").ok()?);
                Some(i + 1)
            }
            Builtin::SlashDate => {
                let word = input.word(i);
                let separator = ['/', '.', '-'].into_iter().find(|&c| word.contains(c))?;
                let mut parts = word.split(separator);
                let (mut m, mut d, mut y) = (parts.next()?, parts.next()?, parts.next()?);
                if m.len() == 4 && separator != '-' {
                    // "2025/09/22", "2013.02.15": year first, as in ISO dates.
                    (y, m, d) = (m, d, y);
                }
                // "3.5.1" is a version: dotted dates have a year of four digits.
                if parts.next().is_some()
                    || m.len() > 2
                    || d.len() > 2
                    || separator == '.' && y.len() != 4
                {
                    return None;
                }
                // "15/3/2013", "31.12.2012": a first number past 12 is the day.
                if m.parse::<u32>().ok()? > 12 {
                    (m, d) = (d, m);
                }
                let year: i32 = match y.len() {
                    2 => two_digit_year(y)?,
                    4 => y.parse().ok()?,
                    _ => return None,
                };
                let date = NaiveDate::from_ymd_opt(year, m.parse().ok()?, d.parse().ok()?)?;
                slots.date = Some(date);
                Some(i + 1)
            }
            Builtin::MonthDay => {
                let (m, d) = input.word(i).split_once('/')?;
                if m.len() > 2 || d.len() > 2 || d.contains('/') {
                    return None;
                }
                let (mut month, mut day) = (m.parse().ok()?, d.parse().ok()?);
                // "on 25/12": a first number past 12 is the day.
                if month > 12 {
                    (month, day) = (day, month);
                }
                // February 29 exists in some year; "3/4 of the votes" needs the cue to be a date.
                NaiveDate::from_ymd_opt(2000, month, day)?;
                (slots.month, slots.day, slots.latent) = (Some(month), Some(day), true);
                Some(i + 1)
            }
            Builtin::Decade => {
                let end = decade_at(input, i, slots)?;
                // "the 470s BC": the decade counted back from the common era.
                match self.era_at(input, end) {
                    Some((after, -1)) => {
                        slots.decade = slots.decade.map(|d| -d);
                        Some(after)
                    }
                    _ => Some(end),
                }
            }
            Builtin::Digit => {
                if input.word(i).len() != 1 || !input.is_number(i) {
                    return None;
                }
                slots.number = Some(Amount::Exact(input.word(i).parse().ok()?));
                Some(i + 1)
            }
            Builtin::ShortYear => {
                let digits = if input.is_apostrophe(i) && input.is_joined(i + 1) {
                    i + 1
                } else if i > 0 && input.is_joined(i) && input.tokens[i - 1].kind == TokenKind::Word
                {
                    i
                } else {
                    return None;
                };
                // "'80s" is a decade.
                if !input.is_number(digits)
                    || input.word(digits).len() != 2
                    || input.suffix_is(digits + 1, &["s"])
                {
                    return None;
                }
                slots.year = Some(two_digit_year(input.word(digits))?);
                Some(digits + 1)
            }
            Builtin::Half => (input.is_punct(i, '½')
                || input.is_number(i) && input.word(i) == "1/2")
                .then_some(i + 1),
        }
    }

    /// What the token after number token `i` offers the built-ins that need it, which most
    /// numbers lack ("25%", "40 million"): read once for all the built-ins tried there.
    pub(super) fn after_number(&self, input: &Input, i: usize) -> AfterNumber {
        let next = i + 1;
        let len = input.tokens[i].span.len();
        AfterNumber {
            // A year of four digits, or "264 BC" (see `era_year_at`).
            year: len == 4
                || input
                    .keys
                    .get(next)
                    .copied()
                    .flatten()
                    .is_some_and(|k| self.key_classes[k as usize] & Class::Era.bit() != 0),
            // "10:30"; "1030 GMT", "at 0945"; else "a.m." or "p.m." after (see `clock_at`).
            clock: len == 4
                || input
                    .tokens
                    .get(next)
                    .is_some_and(|t| t.kind == TokenKind::Word)
                || input.word(i).contains(':'),
            // "1990s", "1990's", "3rd": a suffix joined to the number.
            suffix: input.is_joined(next),
        }
    }

    /// "264 BC", "490 B.C.", "9 AD": a number of up to four digits followed by an entry of
    /// the `era` word list, as an astronomical year (264 BC is -263: there is no year 0).
    fn era_year_at(&self, input: &Input, i: usize) -> Option<(usize, i32)> {
        let word = input.word(i);
        if word.len() > 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let n: i32 = word.parse().ok().filter(|&n| n > 0)?;
        let (end, era) = self.era_at(input, i + 1)?;
        Some((end, if era < 0 { 1 - n } else { n }))
    }

    /// The era said at token `i` ("BC" -1, "AD" 1), and where it ends.
    fn era_at(&self, input: &Input, i: usize) -> Option<(usize, i32)> {
        if i >= input.tokens.len() {
            return None;
        }
        let (end, entry, ..) = self.entry_at(input, Class::Era, i)?;
        Some((end, self.value(entry).parse().ok()?))
    }

    /// "Boeing 737", "Section 1990", "$1990", "2000 people": a number that names or counts,
    /// not a year.
    fn year_is_a_name(&self, input: &Input, i: usize) -> bool {
        if input.is_punct(i + 1, '%') {
            return true;
        }
        let one_word = |class: Class, at: usize| {
            input.keys.get(at).copied().flatten().is_some_and(|k| {
                self.lexicon
                    .entries_of(k, class)
                    .iter()
                    .any(|&(e, _)| self.lexicon.entries[e as usize].rest.is_empty())
            })
        };
        // "In 1990 people voted": after a cue, a year even before a counted noun ("over 2000
        // people" is a count: "over" is a cue for holidays only).
        let cue_before = i.checked_sub(1).is_some_and(|p| {
            input.keys[p].is_some_and(|k| {
                self.lexicon
                    .entries_of(k, Class::LatentCue)
                    .iter()
                    .any(|&(e, _)| {
                        let entry = &self.lexicon.entries[e as usize];
                        entry.rest.is_empty() && &*entry.value != "holiday"
                    })
            })
        });
        if one_word(Class::NotAYearAfter, i + 1) && !cue_before {
            return true;
        }
        let Some(mut prev) = i.checked_sub(1) else {
            return false;
        };
        if input.is_punct(prev, '$') || input.is_punct(prev, '#') {
            return true;
        }
        if input.is_punct(prev, '.') && input.is_joined(prev) {
            let Some(p) = prev.checked_sub(1) else {
                return false;
            };
            prev = p;
        }
        // "January 1st 2014": "st" joined to a number is an ordinal's, not a street's.
        if input.is_joined(prev) && prev > 0 && input.is_number(prev - 1) {
            return false;
        }
        one_word(Class::NotAYearBefore, prev)
    }
}

/// The word list through which a word can start `builtin` (see `builtin_at`), if any.
pub(in crate::recognize) fn word_class(builtin: Builtin) -> Option<Class> {
    match builtin {
        Builtin::Year | Builtin::Number | Builtin::SpelledClock | Builtin::Hour => {
            Some(Class::Number)
        }
        Builtin::Day | Builtin::Ordinal => Some(Class::Ordinal),
        Builtin::Clock
        | Builtin::IsoDate
        | Builtin::SlashDate
        | Builtin::MonthDay
        | Builtin::Decade
        | Builtin::Half
        | Builtin::Digit
        | Builtin::ShortYear => None,
    }
}

/// "2016-07": a year and a month after a cue word, unless the second part is the next year's
/// two digits, as in the season or fiscal year "2011-12".
fn year_month(word: &str, slots: &mut Slots) -> bool {
    let Some((y, m)) = word.split_once('-') else {
        return false;
    };
    let (Ok(year), Ok(month)) = (y.parse::<i32>(), m.parse::<u8>()) else {
        return false;
    };
    if y.len() != 4
        || m.len() != 2
        || !(1..=12).contains(&month)
        || (year + 1) % 100 == i32::from(month)
    {
        return false;
    }
    // "a 1990-12 ruling" is a vote: the month needs a cue ("in 2016-07").
    (slots.year, slots.month, slots.latent) = (Some(year), Some(u32::from(month)), true);
    true
}

/// "89" in "11/02/89" and "25" in "FY25": 1950 to 2049.
fn two_digit_year(digits: &str) -> Option<i32> {
    let n: i32 = digits.parse().ok()?;
    Some(if n >= 50 { 1900 + n } else { 2000 + n })
}

pub(super) fn year_at(input: &Input, i: usize) -> Option<i32> {
    if !input.is_number(i) {
        return None;
    }
    let word = input.word(i);
    if word.len() != 4 {
        return None;
    }
    let year: i32 = word.parse().ok()?;
    (1000..=2099).contains(&year).then_some(year)
}

/// Whether token `i` is a word, one of `options` (ignoring case).
fn word_at(input: &Input, i: usize, options: &[&str]) -> bool {
    input.tokens.get(i).is_some_and(|t| {
        t.kind == TokenKind::Word
            && options
                .iter()
                .any(|o| input.word(i).eq_ignore_ascii_case(o))
    })
}

/// Whether the word before token `i` is "the", "early", "mid" or "late" ("the 80s", "the
/// mid-90s").
fn decade_cue_before(input: &Input, i: usize) -> bool {
    let before = if i > 0 && input.is_punct(i - 1, '-') {
        i - 1
    } else {
        i
    };
    before
        .checked_sub(1)
        .is_some_and(|p| word_at(input, p, &["the", "early", "mid", "late"]))
}

/// Whether the word before token `i` is "at".
fn after_at(input: &Input, i: usize) -> bool {
    i.checked_sub(1)
        .is_some_and(|p| input.word(p).eq_ignore_ascii_case("at"))
}

impl Recognizer {
    fn clock_at(&self, input: &Input, i: usize, slots: &mut Slots) -> Option<usize> {
        if !input.is_number(i) {
            return None;
        }
        let word = input.word(i);
        // A zone is written in capitals ("EST", "GMT"), which no common word is.
        let zone_at = |at: usize| {
            input.tokens.get(at).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && input.word(at).bytes().all(|b| b.is_ascii_uppercase())
                    && input.keys[at]
                        .is_some_and(|k| self.key_classes[k as usize] & Class::TimeZone.bit() != 0)
            })
        };
        // Whether the minutes alone make it a time: "10:30" does, "10.30" needs "a.m." or "p.m."
        // or a zone ("17.53 BST", as British papers write; else it may be a decimal), and "1030"
        // needs a zone ("1030 GMT", as wire services write). "14:30:00": the seconds say no more
        // than the minutes.
        let word = match word.len() {
            8 if word.as_bytes()[5] == b':' => &word[..5],
            _ => word,
        };
        let (hour, minute, has_minutes) = match word.split_once([':', '.']) {
            Some((h, m)) if m.len() == 2 && h.len() <= 2 => (
                h.parse::<u32>().ok()?,
                m.parse::<u32>().ok()?,
                word.as_bytes()[h.len()] == b':' || zone_at(i + 1),
            ),
            Some(_) => return None,
            None if word.len() <= 2 => (word.parse::<u32>().ok()?, 0, false),
            // "at 0945", "at 1530 hours": after "at", four digits that are no year, or that
            // "hours" follows, are a clock time; so are "0900 hrs" and "0900h", which no count
            // of hours starts with a zero.
            None if word.len() == 4
                && (zone_at(i + 1)
                    || after_at(input, i)
                        && (year_at(input, i).is_none()
                            || word_at(input, i + 1, &["hours", "hrs"]))
                    || word.starts_with('0') && word_at(input, i + 1, &["hours", "hrs", "h"])) =>
            {
                (
                    word[..2].parse::<u32>().ok()?,
                    word[2..].parse::<u32>().ok()?,
                    true,
                )
            }
            None => return None,
        };
        if hour > 24 || minute > 59 {
            return None;
        }
        let mut end = i + 1;
        let meridiem = |options: [&str; 3]| {
            hour <= 12
                && input.tokens.get(end).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && options
                            .iter()
                            .any(|o| input.word(end).eq_ignore_ascii_case(o))
                })
        };
        let hour = if meridiem(["a.m.", "am", "a.m"]) {
            end += 1;
            if hour == 12 { 0 } else { hour }
        } else if meridiem(["p.m.", "pm", "p.m"]) {
            end += 1;
            if hour == 12 { 12 } else { hour + 12 }
        } else if has_minutes {
            hour
        } else {
            return None;
        };
        slots.clock = Some((hour, minute));
        Some(if zone_at(end) { end + 1 } else { end })
    }
}

fn decade_at(input: &Input, i: usize, slots: &mut Slots) -> Option<usize> {
    if input.is_number(i) {
        // Three digits too: "the 470s BC".
        let word = input.word(i);
        let year: i32 = word.parse().ok()?;
        // Two digits only after "the" or an early/mid/late: "the 80s", "the mid-90s" (in "their
        // 80s" it is an age).
        let two = word.len() == 2 && decade_cue_before(input, i);
        if !(two || (3..=4).contains(&word.len())) || year > 2099 || year % 10 != 0 {
            return None;
        }
        let end = if input.suffix_is(i + 1, &["s"]) {
            i + 2
        } else if input.is_apostrophe(i + 1)
            && input.is_joined(i + 1)
            && input.suffix_is(i + 2, &["s"])
        {
            i + 3
        } else {
            return None;
        };
        slots.decade = Some(if two { 190 + year / 10 } else { year / 10 });
        return Some(end);
    }
    if input.is_apostrophe(i) && input.is_number(i + 1) && input.is_joined(i + 1) {
        let word = input.word(i + 1);
        let n: i32 = word.parse().ok()?;
        if word.len() != 2 || n % 10 != 0 || !input.suffix_is(i + 2, &["s"]) {
            return None;
        }
        slots.decade = Some(190 + n / 10);
        return Some(i + 3);
    }
    None
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::{number_may_start, number_shape, recognizer};

    #[test]
    fn circa_cut_short_with_its_dot_qualifies_a_year() {
        for (text, said) in [
            ("founded c. 1000 BC by", "c. 1000 BC"),
            ("ca. 466 BC", "ca. 466 BC"),
            ("Ca. 1850", "Ca. 1850"),
        ] {
            let found = crate::recognize::recognize(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(&text[found[0].span.clone()], said);
            assert_eq!(found[0].modifier, Some(crate::timex::Modifier::Approx));
        }
        // A day is not approximate, and a lone letter with a dot qualifies nothing.
        let found = crate::recognize::recognize("Plan c. May 5, 1990");
        assert_eq!(found[0].modifier, None);
    }

    /// The shape test and the test of what follows, before the built-ins, rule out only
    /// those that cannot match.
    #[test]
    fn number_shapes_rule_out_only_built_ins_that_cannot_match() {
        use Builtin::*;
        let recognizer = recognizer();
        let mut matches = 0;
        let numbers = [
            "5 years",
            "12 a.m.",
            "10:35",
            "7:5",
            "3rd",
            "22nd",
            "101st",
            "123",
            "2001",
            "1990s",
            "1990's",
            "1/2",
            "9/22/2025",
            "9/22/25",
            "3/17",
            "11-30-81",
            "2016-07",
            "2025-09-22",
            "2,024",
            "3.5",
            "12345678901",
            "100000000000",
            "24",
            "490 BC",
            "10.30 p.m.",
            "1030 GMT",
            "17.53 BST",
        ];
        for text in numbers {
            let tokens = crate::text::tokens(text);
            let input = recognizer.input(text, &tokens);
            let shape = number_shape(input.word(0));
            for builtin in [
                Year, Day, Number, Ordinal, Clock, IsoDate, SlashDate, MonthDay, Decade, Half,
                Digit, ShortYear,
            ] {
                let matched = recognizer
                    .builtin_at(&input, builtin, 0, &mut Slots::default())
                    .is_some();
                matches += usize::from(matched);
                assert!(
                    !matched || number_may_start(shape, builtin),
                    "{text:?} is a {builtin:?}"
                );
                assert!(
                    !matched || recognizer.after_number(&input, 0).allows(builtin),
                    "{text:?} is a {builtin:?}, which the next token rules out"
                );
            }
        }
        assert!(
            matches >= 20,
            "only {matches} matches: the examples test little"
        );
    }
}
