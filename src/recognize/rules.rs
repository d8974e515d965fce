//! The rule files (`data/rules/en-*.rules`) compiled into patterns: each optional element is
//! expanded into a variant with and one without it, so matching is a plain walk. Variants
//! with the same first elements share them in a prefix tree, so a shared prefix is matched
//! once however many variants continue it.

use std::slice;

use super::RuleError;
use super::lexicon::{Class, Lexicon};
use crate::timex::{DayPart, TimeOfDay, TimexType, Value};

/// Classes computed from the characters of a token rather than looked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    Year,
    Day,
    Number,
    Ordinal,
    Clock,
    IsoDate,
    SlashDate,
    /// Month and day in US order without a year, "3/17", after a cue word ("on 3/17").
    MonthDay,
    Decade,
    /// "1/2" or "½", as in "2 1/2 years".
    Half,
    /// A number of one digit, as in "Q3" and "2H".
    Digit,
    /// A year in two digits after an apostrophe or joined to a word: "Q3 '25", "FY25".
    ShortYear,
    /// A clock time in words after "at": "at ten forty-five", "at seven thirty".
    SpelledClock,
    /// An hour of the clock, 1 to 12, in digits or a word ("at 9", "at seven"), not "a".
    Hour,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Element {
    /// Any of these words (key ids).
    Words(Vec<u32>),
    Class(Class),
    /// An entry of the class with this value only (`<unit=WE>`).
    ClassValue(Class, Box<str>),
    Builtin(Builtin),
    /// One punctuation character.
    Punct(char),
    /// `'s` with a straight or curly apostrophe.
    Possessive,
    /// Must follow the expression but is not part of its span (`>ended`).
    Context(Box<Element>),
}

/// What the normaliser makes of a match (see the header of `en-dates.rules`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Producer {
    Date,
    Month,
    Weekday,
    Shift(Option<i32>),
    RefShift(Option<i32>),
    Offset(i32),
    RefOffset,
    Day(Option<i32>, Option<DayPart>),
    /// A quarter of a year, the fourth if fixed (`quarter 4`: "the final quarter").
    Quarter(Option<u32>),
    /// A half of a year, the second if fixed (`half 2`: "the latter half").
    Half(Option<u32>),
    Reported(i32),
    Decade,
    Century,
    /// A holiday, moved by some days ("the day after Christmas" is `holiday 1`).
    Holiday(Option<i32>),
    /// A day counted from the day the text names, in a direction ("three days before Easter"
    /// is `from -1`, "a week from Friday" `from 1`), or, with `unit`, the week or weekend of
    /// that day ("the week of March 4" is `from 0 unit`, "the week after Easter" `from 1 unit`).
    From(i32, bool),
    /// The nth day name, week or weekend of a month ("the first Tuesday in November"), the
    /// last if fixed at -1 ("the last Monday of May"); with `year`, the nth day, week or month
    /// of a year ("the last day of the year" is `nth -1 year`).
    Nth(Option<i32>, bool),
    YearEnd,
    Duration(DurationKind),
    Set(Period),
    /// A fixed value; a clock time alone (`T12:00`, "noon") is on the reference day.
    Value(TimexType, Value),
    Time(Option<u32>, Option<DayPart>),
    /// The captured hour moved by some minutes: "half past three" is `clock 30` after
    /// "half past", "a quarter to six" `clock -15`; "half past three pm" `clock 30 AF`.
    Clock(i32, Option<DayPart>),
    Ref,
    Nothing,
}

/// How many units the period of a set spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// One: "every week", and "three times a day", whose number counts times, not days.
    One,
    /// The captured number: "every two years".
    Counted,
    /// A fixed number: "every other week" (`set 2`).
    Fixed(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationKind {
    Counted,
    Vague,
    AndAHalf,
    /// Half of one unit ("half an hour"), in the next smaller unit.
    HalfUnit,
}

/// A rule as written: its pattern text (its name), what it produces, and its examples.
#[derive(Debug, Clone)]
pub struct Rule {
    pub name: String,
    /// The rule file (such as `en-dates.rules`) and the line of the pattern in it.
    pub file: &'static str,
    pub line: usize,
    pub producer: Producer,
    pub examples: Vec<Example>,
}

/// `"phrase" = TYPE VALUE [MOD]`.
#[derive(Debug, Clone)]
pub struct Example {
    pub phrase: String,
    /// `None` for `= nothing`: the phrase must give no expression.
    pub kind: Option<TimexType>,
    pub value: String,
    pub modifier: Option<String>,
    pub line: usize,
}

/// One expansion of a rule's optional elements.
#[derive(Debug, Clone)]
pub struct Variant {
    pub rule: u32,
    pub elements: Vec<Element>,
    /// Variants with the same first element have the same number here.
    pub first: u32,
    /// What the token after the first element must be, as signature bits (class bits, word
    /// bits and `SIG_*`): a quick filter before a full match.
    pub second: super::Signature,
    /// The prefix-tree node of the second element, shared by the variants with the same first
    /// two elements; `None` for a one-element variant.
    pub tail: Option<u32>,
}

/// A node of the prefix tree of the variants' elements after their first.
#[derive(Debug, Clone)]
pub struct Node {
    pub element: Element,
    /// Nodes of the elements that follow this one in some variant.
    pub children: Vec<u32>,
    /// Variants whose last element this is.
    pub ends: Vec<u32>,
}

pub struct Compiled {
    pub rules: Vec<Rule>,
    pub variants: Vec<Variant>,
    pub nodes: Vec<Node>,
}

/// The rules of `sources` (each a file name and its text), in order: on a tie, the rule read
/// first wins.
pub fn parse(
    sources: &[(&'static str, &str)],
    lexicon: &mut Lexicon,
) -> Result<Compiled, RuleError> {
    let mut rules: Vec<Rule> = Vec::new();
    let mut variants = Vec::new();
    for &(file, source) in sources {
        parse_file(file, source, lexicon, &mut rules, &mut variants)?;
    }
    let mut firsts: Vec<Element> = Vec::new();
    for variant in &mut variants {
        let head = &variant.elements[0];
        let id = firsts.iter().position(|e| e == head).unwrap_or_else(|| {
            firsts.push(head.clone());
            firsts.len() - 1
        });
        variant.first = u32::try_from(id).unwrap_or(u32::MAX);
    }
    let nodes = prefix_tree(&mut variants, firsts.len());
    Ok(Compiled {
        rules,
        variants,
        nodes,
    })
}

/// The rules of one file, appended to `rules` and `variants`.
fn parse_file(
    file: &'static str,
    source: &str,
    lexicon: &mut Lexicon,
    rules: &mut Vec<Rule>,
    variants: &mut Vec<Variant>,
) -> Result<(), RuleError> {
    let first_rule = rules.len();
    let mut pending: Option<(String, usize, Vec<Vec<Element>>)> = None;
    for (n, raw) in source.lines().enumerate() {
        let line_no = n + 1;
        let error = |message: String| RuleError {
            file,
            line: line_no,
            message,
        };
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(spec) = line.strip_prefix("=>") {
            let (name, at, expanded) = pending
                .take()
                .ok_or_else(|| error("`=>` without a pattern before it".into()))?;
            let rule = u32::try_from(rules.len()).unwrap_or(u32::MAX);
            variants.extend(expanded.into_iter().map(|elements| Variant {
                rule,
                elements,
                first: 0,
                second: super::Signature::MAX,
                tail: None,
            }));
            rules.push(Rule {
                name,
                file,
                line: at,
                producer: producer(spec.trim()).map_err(error)?,
                examples: Vec::new(),
            });
        } else if line.starts_with('"') {
            let rule = rules[first_rule..]
                .last_mut()
                .ok_or_else(|| error("example before any rule".into()))?;
            rule.examples.push(example(line, line_no).map_err(error)?);
        } else {
            if pending.is_some() {
                return Err(error("pattern without `=> producer`".into()));
            }
            let expanded = pattern(line, lexicon).map_err(error)?;
            pending = Some((line.to_string(), line_no, expanded));
        }
    }
    if let Some((_, at, _)) = pending {
        return Err(RuleError {
            file,
            line: at,
            message: "pattern without `=> producer`".into(),
        });
    }
    Ok(())
}

/// Builds the prefix tree of the variants' elements after their first (one tree per first
/// element) and sets each variant's `tail`.
fn prefix_tree(variants: &mut [Variant], firsts: usize) -> Vec<Node> {
    let mut nodes: Vec<Node> = Vec::new();
    let mut roots: Vec<Vec<u32>> = vec![Vec::new(); firsts];
    for (id, variant) in variants.iter_mut().enumerate() {
        let id = u32::try_from(id).unwrap_or(u32::MAX);
        let mut node: Option<u32> = None;
        for element in &variant.elements[1..] {
            let siblings = match node {
                Some(n) => &nodes[n as usize].children,
                None => &roots[variant.first as usize],
            };
            let found = siblings
                .iter()
                .copied()
                .find(|&c| nodes[c as usize].element == *element);
            let child = found.unwrap_or_else(|| {
                let child = u32::try_from(nodes.len()).unwrap_or(u32::MAX);
                nodes.push(Node {
                    element: element.clone(),
                    children: Vec::new(),
                    ends: Vec::new(),
                });
                match node {
                    Some(n) => nodes[n as usize].children.push(child),
                    None => roots[variant.first as usize].push(child),
                }
                child
            });
            if node.is_none() {
                variant.tail = Some(child);
            }
            node = Some(child);
        }
        if let Some(n) = node {
            nodes[n as usize].ends.push(id);
        }
    }
    nodes
}

/// Parses a pattern and expands its optional elements into plain sequences.
fn pattern(text: &str, lexicon: &mut Lexicon) -> Result<Vec<Vec<Element>>, String> {
    let mut expanded: Vec<Vec<Element>> = vec![Vec::new()];
    for item in text.split_whitespace() {
        let (item, optional) = match item.strip_suffix('?') {
            Some(rest) if !rest.is_empty() => (rest, true),
            _ => (item, false),
        };
        let (first, others) = elements(item, lexicon)?;
        let without = if optional {
            expanded.clone()
        } else {
            Vec::new()
        };
        let with_others: Vec<Vec<Element>> = others
            .iter()
            .flat_map(|e| {
                expanded
                    .iter()
                    .map(|v| [v.as_slice(), slice::from_ref(e)].concat())
            })
            .collect();
        for v in &mut expanded {
            v.push(first.clone());
        }
        expanded.extend(with_others);
        expanded.extend(without);
    }
    expanded.retain(|v| !v.is_empty());
    if expanded.is_empty() {
        return Err("empty pattern".into());
    }
    Ok(expanded)
}

/// The elements an item stands for: one, or one per mark of punctuation alternatives
/// (`>,|.`), which the pattern expands like an optional element.
fn elements(item: &str, lexicon: &mut Lexicon) -> Result<(Element, Vec<Element>), String> {
    let (context, bare) = match item.strip_prefix('>') {
        Some(bare) if !bare.is_empty() => (true, bare),
        _ => (false, item),
    };
    let marks: Option<Vec<char>> = bare
        .split('|')
        .map(|part| {
            let mut chars = part.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if !c.is_alphanumeric() => Some(c),
                _ => None,
            }
        })
        .collect();
    let punct = |c| match context {
        true => Element::Context(Box::new(Element::Punct(c))),
        false => Element::Punct(c),
    };
    Ok(match marks.as_deref() {
        Some([first, others @ ..]) if !others.is_empty() => {
            (punct(*first), others.iter().copied().map(punct).collect())
        }
        _ => (element(item, lexicon)?, Vec::new()),
    })
}

fn element(item: &str, lexicon: &mut Lexicon) -> Result<Element, String> {
    if let Some(inner) = item.strip_prefix('>').filter(|i| !i.is_empty()) {
        return Ok(Element::Context(Box::new(element(inner, lexicon)?)));
    }
    if let Some(name) = item.strip_prefix('<').and_then(|i| i.strip_suffix('>')) {
        if let Some((class, value)) = name.split_once('=') {
            return match element(&format!("<{class}>"), lexicon)? {
                Element::Class(class) => Ok(Element::ClassValue(class, value.into())),
                _ => Err(format!("`<{class}>` is not a word list")),
            };
        }
        let builtin = match name {
            "year" => Builtin::Year,
            "day" => Builtin::Day,
            "number" => Builtin::Number,
            "ordinal" => Builtin::Ordinal,
            "clock" => Builtin::Clock,
            "isodate" => Builtin::IsoDate,
            "slashdate" => Builtin::SlashDate,
            "monthday" => Builtin::MonthDay,
            "decade" => Builtin::Decade,
            "half" => Builtin::Half,
            "digit" => Builtin::Digit,
            "short_year" => Builtin::ShortYear,
            "spelled_clock" => Builtin::SpelledClock,
            "hour" => Builtin::Hour,
            _ => {
                let class = match name {
                    "month" => Class::Month,
                    "weekday" => Class::Weekday,
                    "unit" => Class::Unit,
                    "season" => Class::Season,
                    "daypart" => Class::Daypart,
                    "shift" => Class::Shift,
                    "ref_shift" => Class::RefShift,
                    "day_shift" => Class::DayShift,
                    "ref" => Class::Ref,
                    "holiday" => Class::Holiday,
                    "decade_name" => Class::DecadeName,
                    "direction" => Class::Direction,
                    "modifier" => Class::Modifier,
                    "era" => Class::Era,
                    _ => return Err(format!("unknown class `<{name}>`")),
                };
                return Ok(Element::Class(class));
            }
        };
        return Ok(Element::Builtin(builtin));
    }
    if item == "'s" {
        return Ok(Element::Possessive);
    }
    let mut chars = item.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && !c.is_alphanumeric()
    {
        return Ok(Element::Punct(c));
    }
    let words = item
        .split('|')
        .map(|w| {
            // Dotted initials are one word: "p.m.".
            if w.is_empty()
                || !w
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '\'' || c == '.')
            {
                Err(format!("`{w}` is not a lower-case word"))
            } else {
                Ok(lexicon.intern(w))
            }
        })
        .collect::<Result<_, _>>()?;
    Ok(Element::Words(words))
}

fn day_part(code: &str) -> Result<DayPart, String> {
    DayPart::from_code(code).ok_or_else(|| format!("`{code}` is not a part of day (MO AF EV NI)"))
}

fn producer(spec: &str) -> Result<Producer, String> {
    let mut parts = spec.split_whitespace();
    let name = parts.next().unwrap_or("");
    let args: Vec<&str> = parts.collect();
    let int = |i: usize| -> Result<Option<i32>, String> {
        args.get(i)
            .map(|a| {
                a.parse::<i32>()
                    .map_err(|_| format!("`{a}` is not a number"))
            })
            .transpose()
    };
    // Which quarter or half a producer fixes, if any: 1 to `per_year`.
    let part = |per_year: i32| -> Result<Option<u32>, String> {
        match int(0)? {
            Some(n @ 1..) if n <= per_year => Ok(u32::try_from(n).ok()),
            Some(n) => Err(format!("`{name} {n}`: a year has {per_year}")),
            None => Ok(None),
        }
    };
    let no_args = |p: Producer| {
        if args.is_empty() {
            Ok(p)
        } else {
            Err(format!("`{name}` takes no arguments"))
        }
    };
    match name {
        "date" => no_args(Producer::Date),
        "month" => no_args(Producer::Month),
        "weekday" => no_args(Producer::Weekday),
        "shift" => Ok(Producer::Shift(int(0)?)),
        "refshift" => Ok(Producer::RefShift(int(0)?)),
        "offset" => Ok(Producer::Offset(
            int(0)?.ok_or("`offset` needs a direction, -1 or 1")?,
        )),
        "refoffset" => no_args(Producer::RefOffset),
        "day" => Ok(Producer::Day(
            int(0)?,
            args.get(1).map(|a| day_part(a)).transpose()?,
        )),
        "quarter" => Ok(Producer::Quarter(part(4)?)),
        "half" => Ok(Producer::Half(part(2)?)),
        "reported" => Ok(Producer::Reported(int(0)?.unwrap_or(0))),
        "decade" => no_args(Producer::Decade),
        "century" => no_args(Producer::Century),
        "holiday" => Ok(Producer::Holiday(int(0)?)),
        "nth" => {
            let of_year = args.last() == Some(&"year");
            let count = if of_year { args.len() - 1 } else { args.len() };
            match count {
                0 => Ok(Producer::Nth(None, of_year)),
                1 => Ok(Producer::Nth(int(0)?, of_year)),
                _ => Err("`nth` takes a count and perhaps `year`".into()),
            }
        }
        "from" => match (int(0)?, args.get(1)) {
            (Some(direction @ -1..=1), None) => Ok(Producer::From(direction, false)),
            (Some(direction @ -1..=1), Some(&"unit")) => Ok(Producer::From(direction, true)),
            _ => Err("`from` takes a direction, -1, 0 or 1, and perhaps `unit`".into()),
        },
        "year_end" => no_args(Producer::YearEnd),
        "duration" => Ok(Producer::Duration(match args.first() {
            None => DurationKind::Counted,
            Some(&"X") => DurationKind::Vague,
            Some(&"half") => DurationKind::AndAHalf,
            Some(&"half_unit") => DurationKind::HalfUnit,
            Some(other) => return Err(format!("unknown duration kind `{other}`")),
        })),
        "set" => Ok(Producer::Set(match args.as_slice() {
            [] => Period::One,
            ["counted"] => Period::Counted,
            [n] => Period::Fixed(
                n.parse()
                    .map_err(|_| format!("`set {n}`: a number of units or `counted`"))?,
            ),
            _ => return Err("`set` takes a number of units or `counted`".into()),
        })),
        "value" => match args.as_slice() {
            [kind, value] => Ok(Producer::Value(timex_type(kind)?, literal(value)?)),
            _ => Err("`value` takes a type and a value".into()),
        },
        // An hour (`time 12`), a part of day (`time NI`), or neither.
        "time" => match args.as_slice() {
            [] => Ok(Producer::Time(None, None)),
            [arg] => Ok(match arg.parse() {
                Ok(hour) => Producer::Time(Some(hour), None),
                Err(_) => Producer::Time(None, Some(day_part(arg)?)),
            }),
            _ => Err("`time` takes an hour or a part of day".into()),
        },
        "clock" => {
            let minutes = |m: &str| {
                m.parse()
                    .map_err(|_| format!("`clock` takes minutes, not `{m}`"))
            };
            match args.as_slice() {
                [m] => Ok(Producer::Clock(minutes(m)?, None)),
                [m, part] => Ok(Producer::Clock(minutes(m)?, Some(day_part(part)?))),
                _ => Err("`clock` takes minutes and a part of day".into()),
            }
        }
        "ref" => no_args(Producer::Ref),
        "nothing" => no_args(Producer::Nothing),
        _ => Err(format!("unknown producer `{name}`")),
    }
}

/// A TIMEX3 value of the rule data, or a clock time alone (`T12:00`): the time of an
/// unknown day, which the normaliser puts on the reference day.
fn literal(text: &str) -> Result<Value, String> {
    let value = match text.strip_prefix('T') {
        Some(clock) => Value::parse(&format!("XXXX-XX-XXT{clock}"))
            .ok()
            .filter(|value| {
                matches!(
                    value,
                    Value::Partial(partial) if matches!(partial.time, Some(TimeOfDay::Clock(..)))
                )
            }),
        None => Value::parse(text).ok(),
    };
    value.ok_or_else(|| {
        format!("`{text}` is not a TIMEX3 value (such as P1D) or a clock time (such as T12:00)")
    })
}

fn timex_type(word: &str) -> Result<TimexType, String> {
    Ok(match word {
        "DATE" => TimexType::Date,
        "TIME" => TimexType::Time,
        "DURATION" => TimexType::Duration,
        "SET" => TimexType::Set,
        _ => return Err(format!("unknown TIMEX3 type `{word}`")),
    })
}

fn example(line: &str, line_no: usize) -> Result<Example, String> {
    let rest = &line[1..];
    let close = rest.find('"').ok_or("unclosed quote in example")?;
    let phrase = rest[..close].to_string();
    let expected = rest[close + 1..]
        .trim()
        .strip_prefix('=')
        .ok_or("expected `= TYPE VALUE` after the phrase")?;
    let mut parts = expected.split_whitespace();
    let kind = match parts.next().unwrap_or("") {
        "nothing" => {
            return Ok(Example {
                phrase,
                kind: None,
                value: String::new(),
                modifier: None,
                line: line_no,
            });
        }
        word => Some(timex_type(word)?),
    };
    let value = parts.next().ok_or("missing value")?.to_string();
    let modifier = parts.next().map(str::to_string);
    Ok(Example {
        phrase,
        kind,
        value,
        modifier,
        line: line_no,
    })
}
