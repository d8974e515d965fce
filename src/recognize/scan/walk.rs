//! The walk down the prefix tree of rule variants from a head: matching each element at its
//! token, filling the slots it names, and keeping the best match of those that end. Apart
//! from `scan.rs`, which picks the heads each token may start.

use super::super::Recognizer;
use super::super::lexicon::Class;
use super::super::rules::Element;
use super::input::Input;
use super::{Amount, Best, Slots};
use crate::text::TokenKind;
use crate::timex::{DayPart, Holiday, Ref, Season, Unit};

impl Recognizer {
    /// Matches the element of prefix-tree `node` at token `i` (after a joining hyphen),
    /// offers the variants that end there, then walks on into the children.
    pub(super) fn walk(
        &self,
        input: &Input,
        node: u32,
        i: usize,
        mut slots: Slots,
        mut span_end: Option<usize>,
        best: &mut Best,
    ) {
        let node = &self.compiled.nodes[node as usize];
        let element = match &node.element {
            Element::Context(inner) => {
                span_end.get_or_insert(i);
                inner
            }
            element => element,
        };
        let i = if matches!(element, Element::Punct('-')) {
            i
        } else {
            input.skip_hyphen(i)
        };
        if i >= input.tokens.len() {
            // The end of the text ends a clause as a full stop does: "We meet on the 21st".
            if matches!(&node.element, Element::Context(inner) if matches!(**inner, Element::Punct('.')))
            {
                for &variant in &node.ends {
                    self.offer(input, variant, span_end.unwrap_or(i), &slots, best);
                }
            }
            return;
        }
        let Some(end) = self.match_element(input, element, i, &mut slots) else {
            return;
        };
        for &variant in &node.ends {
            self.offer(input, variant, span_end.unwrap_or(end), &slots, best);
        }
        for &child in &node.children {
            // `can_start` looks past a hyphen before a context element that a walk would not.
            let element = &self.compiled.nodes[child as usize].element;
            if matches!(element, Element::Context(_)) || self.can_start(input, element, end) {
                self.walk(input, child, end, slots.clone(), span_end, best);
            }
        }
    }

    /// Keeps a match of `variant` ending at token `end` if it beats the best so far: longer,
    /// else from an earlier rule, else earlier in the candidate list.
    pub(super) fn offer(
        &self,
        input: &Input,
        variant: u32,
        end: usize,
        slots: &Slots,
        best: &mut Best,
    ) {
        if slots.latent
            && end == best.start + 1
            && !self.has_cue_before(input, best.start, slots)
            && !input.stands_alone(best.start, end)
        {
            return;
        }
        // "Donna Summer", "USA Today": a capitalised season or day word that ends a name. A
        // day word in capitals or in a headline's capitalised run ("Shares Fell Today As") is
        // the day.
        let day_in_name = || {
            let word = input.word(best.start);
            word.chars().any(char::is_lowercase)
                && !input.tokens.get(end).is_some_and(|t| {
                    t.kind == TokenKind::Word && input.word(end).starts_with(char::is_uppercase)
                })
        };
        if (slots.season.is_some() || (slots.day_shift.is_some() && day_in_name()))
            && end == best.start + 1
            && self.in_name(input, best.start)
        {
            return;
        }
        if slots.day_shift.is_some() && end == best.start + 1 && names_noun(input, best.start) {
            return;
        }
        // "a second bomb": after "a", a latent word followed by a word is an ordinal.
        if slots.latent
            && end == best.start + 2
            && input.word(best.start).eq_ignore_ascii_case("a")
            && input
                .tokens
                .get(end)
                .is_some_and(|t| t.kind == TokenKind::Word)
        {
            return;
        }
        let rule = self.compiled.variants[variant as usize].rule;
        let better = match &best.found {
            None => true,
            Some((best_end, best_rule, best_variant, _)) => {
                end > *best_end
                    || (end == *best_end
                        && (rule < *best_rule
                            || (rule == *best_rule
                                && best.rank(variant) < best.rank(*best_variant))))
            }
        };
        if better {
            best.found = Some((end, rule, variant, slots.clone()));
        }
    }

    /// Whether the word before token `i` makes the latent word there a date: any cue for a
    /// month ("in May"), a `day` cue for a day name ("on Sun." but not "in Sun").
    fn has_cue_before(&self, input: &Input, i: usize, slots: &Slots) -> bool {
        let Some(prev) = input.before(i) else {
            return false;
        };
        self.entry_at(input, Class::LatentCue, prev)
            .is_some_and(|(_, cues, ..)| match self.value(cues) {
                "day" => true,
                "holiday" => slots.holiday.is_some(),
                _ => slots.weekday.is_none() && slots.holiday.is_none(),
            })
    }

    /// Whether the capitalised word at token `i` ends a name ("Mr Winter", "Donna Summer"):
    /// after a `name_title`, with its full stop or without ("Sergeant Summer", "Mr. Winter")
    /// or, inside a sentence, after a capitalised word the tagger does not know ("Last Winter"
    /// stays a date).
    fn in_name(&self, input: &Input, i: usize) -> bool {
        let capital = |j: usize| {
            input.tokens[j].kind == TokenKind::Word
                && input.word(j).starts_with(|c: char| c.is_uppercase())
        };
        if i == 0 || !capital(i) {
            return false;
        }
        let prev = i - 1;
        // "Mr. Winter": the title's full stop is no end of its phrase.
        let title = if prev > 0 && input.is_punct(prev, '.') {
            prev - 1
        } else {
            prev
        };
        if self
            .entry_at(input, Class::NameTitle, title)
            .is_some_and(|(end, ..)| end == i || end == prev)
        {
            return true;
        }
        let inside = prev > 0
            && (input.tokens[prev - 1].kind == TokenKind::Word || input.is_punct(prev - 1, ','));
        inside && capital(prev) && input.keys[prev].is_none()
    }

    pub(super) fn match_element(
        &self,
        input: &Input,
        element: &Element,
        i: usize,
        slots: &mut Slots,
    ) -> Option<usize> {
        match element {
            Element::Words(keys) => {
                let key = input.keys[i]?;
                keys.contains(&key).then_some(i + 1)
            }
            Element::Punct(c) => input.is_punct(i, *c).then_some(i + 1),
            Element::Possessive => {
                (input.keys[i] == Some(self.lexicon.possessive)).then_some(i + 2)
            }
            Element::Class(class) => {
                let (end, value) = self.class_at(input, *class, i, slots)?;
                fill(slots, *class, value)?;
                Some(end)
            }
            Element::ClassValue(class, wanted) => {
                let (end, value) = self.class_at(input, *class, i, slots)?;
                if value != wanted.as_ref() {
                    return None;
                }
                fill(slots, *class, value)?;
                Some(end)
            }
            Element::Builtin(builtin) => self.builtin_at(input, *builtin, i, slots),
            Element::Context(inner) => self.match_element(input, inner, i, slots),
        }
    }
}

/// Whether the word at token `i`, a day word written in lower case when it is a date
/// ("today"), is capitalised inside a sentence, after an owner or an article, before a noun it
/// names: "NBC's Today show", the "Today" programme (quoted whole, or not quoted at all: after an opening mark alone it opens
/// what was said).
fn names_noun(input: &Input, i: usize) -> bool {
    let quote = |j: usize| {
        input
            .tokens
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Punct)
            && matches!(
                input.word(j),
                "\"" | "\u{201c}" | "\u{201d}" | "`" | "'" | "\u{2019}"
            )
    };
    let word = |j: usize| {
        input
            .tokens
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Word)
    };
    if !input.word(i).starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let marks_before = (1..=2).take_while(|&n| i >= n && quote(i - n)).count();
    let marks_after = (1..=2).take_while(|&n| quote(i + n)).count();
    let (Some(prev), next) = (i.checked_sub(marks_before + 1), i + marks_after + 1) else {
        return false;
    };
    // Unquoted, the name is owned or has its article ("NBC's", "the"): "Acme Today
    // announced" is a name and its day.
    let owned =
        input.word(prev) == "s" && prev > 0 && matches!(input.word(prev - 1), "'" | "\u{2019}");
    (marks_before > 0) == (marks_after > 0)
        && word(prev)
        && (marks_before > 0 || owned || input.word(prev).eq_ignore_ascii_case("the"))
        && word(next)
        && input.word(next).starts_with(|c: char| c.is_lowercase())
}

/// Stores a word list value in the slot of its class; `None` if the data has a bad value.
fn fill(slots: &mut Slots, class: Class, value: &str) -> Option<()> {
    match class {
        Class::Month => slots.month = Some(value.parse().ok()?),
        Class::Weekday => slots.weekday = Some(value.parse().ok()?),
        Class::Unit => {
            // "a fortnight" (`2W`): the count doubled, so offsets and durations stay in weeks.
            if let Some(times) = value.strip_suffix('W').and_then(|n| n.parse::<u32>().ok()) {
                if let Some(Amount::Exact(n)) = slots.number {
                    slots.number = Some(Amount::Exact(n * times));
                }
                slots.unit = Some(Unit::Week);
            } else {
                slots.unit = Some(Unit::from_code(value)?);
            }
        }
        Class::Season => slots.season = Some(Season::from_code(value)?),
        Class::Daypart => slots.daypart = Some(DayPart::from_code(value)?),
        Class::Shift => slots.shift = Some(value.parse().ok()?),
        Class::RefShift => slots.ref_shift = Some(value.parse().ok()?),
        Class::DayShift => slots.day_shift = Some(value.parse().ok()?),
        Class::Ref => {
            slots.reference = Some(Ref::from_code(value)?);
        }
        Class::Holiday => slots.holiday = Some(Holiday::from_code(value)?),
        Class::DecadeName => slots.decade = Some(value.parse().ok()?),
        Class::Direction => slots.direction = Some(value.parse().ok()?),
        Class::Number => {
            slots.number = Some(if value == "X" {
                Amount::Vague
            } else {
                Amount::Exact(value.parse().ok()?)
            });
        }
        Class::Ordinal => slots.ordinal = Some(value.parse().ok()?),
        Class::Era => slots.era = Some(value.parse().ok()?),
        Class::Modifier
        | Class::NotAYearBefore
        | Class::NotAYearAfter
        | Class::NotARateAfter
        | Class::PlanAhead
        | Class::ClockCue
        | Class::NameTitle
        | Class::TimeZone
        | Class::NotTemporal
        | Class::LatentCue => {}
    }
    Some(())
}
