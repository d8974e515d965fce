//! The matcher: walks tokens, tries the rule variants each token can start, keeps the
//! longest match.

mod builtins;
mod entries;
mod input;
mod walk;

use std::cell::Cell;
use std::ops::Range;

use chrono::NaiveDate;

use super::lexicon::Class;
use super::rules::{Builtin, DurationKind, Element, Period, Producer};
use super::{Recognizer, Signature};
use crate::text::{Token, TokenKind, chunk};
use crate::timex::{DayPart, Holiday, Modifier, Ref, Season, Unit};
pub(super) use builtins::word_class;
use builtins::year_at;
use input::{Input, STRONG_WITHIN, gather};

/// The best match so far at token `start`: (end, rule, variant, slots).
struct Best<'c> {
    start: usize,
    candidates: &'c [super::Candidate],
    found: Option<(usize, u32, u32, Slots)>,
}

impl Best<'_> {
    /// Where `variant` is in the candidate list, which breaks ties between variants of one
    /// rule ending at the same token (rare, so a search is fine).
    fn rank(&self, variant: u32) -> usize {
        self.candidates
            .iter()
            .position(|c| c.variant == variant)
            .unwrap_or(usize::MAX)
    }
}

/// An amount as written: exact ("three") or vague ("several").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amount {
    Exact(u32),
    Vague,
}

/// What a match captured, one optional field per kind of word.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Slots {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub weekday: Option<u32>,
    pub unit: Option<Unit>,
    pub number: Option<Amount>,
    pub ordinal: Option<u32>,
    pub season: Option<Season>,
    pub daypart: Option<DayPart>,
    pub shift: Option<i32>,
    pub ref_shift: Option<i32>,
    pub day_shift: Option<i32>,
    /// `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`.
    pub reference: Option<Ref>,
    /// -1 for "earlier", 1 for "later".
    pub direction: Option<i32>,
    pub decade: Option<i32>,
    /// -1 before the common era ("BC"), 1 in it ("AD"), from the `era` word list.
    pub era: Option<i32>,
    /// Hour and minute of a clock time.
    pub clock: Option<(u32, u32)>,
    pub date: Option<NaiveDate>,
    pub holiday: Option<Holiday>,
    /// A plural word list entry matched ("Mondays", "years").
    pub plural: bool,
    /// A latent word matched ("May"): the match needs a cue.
    latent: bool,
}

/// A temporal expression as recognised: where, which rule, what it captured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expression {
    /// Byte offsets into the text.
    pub span: Range<usize>,
    /// Index of the rule in file order.
    pub rule: u32,
    pub producer: Producer,
    pub slots: Slots,
    /// The TIMEX3 `mod` of a leading modifier ("early" → `START`).
    pub modifier: Option<Modifier>,
    /// Token range, for the tagger's context (tense) look-up.
    pub tokens: Range<usize>,
}

/// "Earlier Friday", "later this week": the adverb dates an event within a day or a week and is
/// no part of the expression (while "earlier this year" is one).
fn adverb_before_short_span(input: &Input, i: usize, slots: &Slots) -> bool {
    let word = &input.text[input.tokens[i].span.clone()];
    (word.eq_ignore_ascii_case("earlier") || word.eq_ignore_ascii_case("later"))
        && (slots.weekday.is_some() || slots.unit == Some(Unit::Week) && slots.shift == Some(0))
}

/// "c. 1000 BC", "ca. 466 BC": circa cut short, with the dot the word list cannot hold.
/// Inlined: the scan asks it of most words of a text, and the first test rules them out.
#[inline(always)]
fn circa_with_dot(input: &Input, i: usize) -> bool {
    // The length first: most words are longer, and need not be read.
    input.tokens[i].span.len() <= 2
        && (input.word(i).eq_ignore_ascii_case("c") || input.word(i).eq_ignore_ascii_case("ca"))
        && input.is_punct(i + 1, '.')
        && input.is_joined(i + 1)
}

impl Recognizer {
    /// Scans tokens of `text` for expressions, left to right, longest match first, and adds
    /// them to `found` (which a caller scanning piece after piece reuses, so that it grows once).
    pub(crate) fn scan(&self, text: &str, tokens: &[Token], found: &mut Vec<Expression>) {
        let input = self.input(text, tokens);
        let mut i = 0;
        // Only the tokens that may start something near a strong token are visited (see
        // `Input::starts`): most of a text is stepped over without a test per token.
        while let Some(at) = input.next_start(i) {
            i = at;
            // Most words start nothing: no need to try them.
            let starts_something = match tokens[i].kind {
                TokenKind::Number => true,
                TokenKind::Word => {
                    input.keys[i].is_some_and(|k| {
                        self.may_continue(self.key_openers[k as usize], &input, i)
                        // Before an unknown word most words start nothing ("a company"); a
                        // modifier or a not-temporal phrase there would end where a skip does.
                        && (self.key_alone[k as usize] || !before_unknown_word(&input, i))
                    }) || circa_with_dot(&input, i)
                }
                // A decade or a year cut short: "'80s", "'07".
                TokenKind::Punct => input.is_apostrophe(i) && input.is_number(i + 1),
            };
            if !starts_something {
                i += 1;
                continue;
            }
            let not_temporal = self
                .entry_at(&input, Class::NotTemporal, i)
                .map(|(end, ..)| end);
            let expression = self.match_at(&input, i);
            // A not-temporal phrase is stepped over, unless an expression runs further ("as
            // soon as possible").
            if let Some(end) = not_temporal
                && expression.as_ref().is_none_or(|e| e.tokens.end <= end)
            {
                i = end;
                continue;
            }
            match expression {
                Some(mut expression) => {
                    i = expression.tokens.end;
                    if self.is_rate(&input, &expression) {
                        expression.producer = Producer::Set(Period::One);
                    }
                    found.push(expression);
                }
                None => i += 1,
            }
        }
    }

    /// The tokens with their lexicon keys: a word's own, and for the apostrophe of "'s" the
    /// key of [`POSSESSIVE`](super::lexicon::POSSESSIVE); and the tokens where the scan may
    /// find something to start (see [`Input::starts`]).
    fn input<'a>(&self, text: &'a str, tokens: &'a [Token]) -> Input<'a> {
        let mut input = Input {
            text,
            tokens,
            keys: Vec::new(),
            starts: Vec::new(),
            last_number: Cell::new(None),
        };
        // Per token, the `SCAN_*` bits, padded to whole blocks of 64 tokens.
        let mut flags = vec![0_u8; tokens.len().next_multiple_of(64)];
        let bytes = text.as_bytes();
        let mut keys = vec![None; tokens.len()];
        let slots = tokens.iter().zip(&mut flags).zip(&mut keys);
        for (i, ((token, flag), slot)) in slots.enumerate() {
            let (key, bits) = match token.kind {
                TokenKind::Word => {
                    // A word is never empty: its first byte is the low byte of `first`.
                    let first = chunk(bytes, &token.span, 0);
                    let key = self
                        .lexicon
                        .lookup_chunked(bytes, token.span.clone(), first);
                    let bits = key.map_or(0, |k| self.key_scan[k as usize]);
                    // "c." and "ca." (circa) open a match too, known or not: a short
                    // word starting with a "c" is a candidate, told without a branch.
                    let short = (token.span.len() <= 2) & ((first.to_le_bytes()[0] | 0x20) == b'c');
                    (key, bits | (u8::from(short) * super::SCAN_OPENS))
                }
                TokenKind::Number => (None, super::SCAN_STRONG | super::SCAN_OPENS),
                TokenKind::Punct => {
                    let key = (input.is_apostrophe(i) && input.suffix_is(i + 1, &["s"]))
                        .then_some(self.lexicon.possessive);
                    // "'80s", "'07": an apostrophe before a number.
                    let opens = input.is_number(i + 1);
                    let bits = key.map_or(0, |k| self.key_scan[k as usize]);
                    (key, bits | (u8::from(opens) * super::SCAN_OPENS))
                }
            };
            *flag = bits;
            *slot = key;
        }
        input.keys = keys;
        // The bits as two sets, 64 tokens a block, gathered eight tokens at a time, and an
        // empty block after the last, room for which is made at once (pushed past the blocks
        // collected, it moved them all, twice a text).
        let plane = |bit: u8| -> Vec<u64> {
            let mut blocks = Vec::with_capacity(flags.len() / 64 + 1);
            blocks.extend(flags.chunks_exact(64).map(|block| {
                block
                    .chunks_exact(8)
                    .zip((0..64).step_by(8))
                    .fold(0, |set, (eight, at)| {
                        let eight = u64::from_le_bytes(eight.try_into().unwrap_or_default());
                        set | gather(eight >> bit.trailing_zeros()) << at
                    })
            }));
            blocks.push(0);
            blocks
        };
        let (strong, opens) = (plane(super::SCAN_STRONG), plane(super::SCAN_OPENS));
        let blocks = opens.len() - 1;
        // A token may start a match only with a strong token among it and the next
        // `STRONG_WITHIN` (every rule match has one within its first few tokens).
        input.starts = (0..blocks)
            .map(|b| {
                let (here, next) = (strong[b], strong[b + 1]);
                let near =
                    (1..=STRONG_WITHIN).fold(here, |near, d| near | here >> d | next << (64 - d));
                opens[b] & near
            })
            .collect();
        input
    }

    /// "a year" in "$500 million a year", "5% a year", "100,000 barrels a day": a rate after
    /// an amount, so a set (every year), not a length of time. Before "a <unit>" stand at most
    /// two words the rules do not know ("barrels"), then the amount: a number, "%" or a number
    /// word ("fifty thousand"). A verb between them (`not_a_rate_after`: "2009 was a year of
    /// change") makes it no rate.
    fn is_rate(&self, input: &Input, expression: &Expression) -> bool {
        let start = expression.tokens.start;
        if expression.producer != Producer::Duration(DurationKind::Counted)
            || expression.tokens.len() != 2
            || !(input.word(start).eq_ignore_ascii_case("a")
                || input.word(start).eq_ignore_ascii_case("an"))
        {
            return false;
        }
        let mut skipped = 0;
        for i in (start.saturating_sub(3)..start).rev() {
            let token = &input.tokens[i];
            if token.kind == TokenKind::Word && self.lexicon.is_not_a_rate_after(input.word(i)) {
                return false;
            }
            match (token.kind, input.keys[i]) {
                // "in 2011 a year of turmoil": a year, not an amount.
                (TokenKind::Number, _) => return skipped > 0 || year_at(input, i).is_none(),
                // A counted noun ("barrels") is only known so that its count is no year.
                (TokenKind::Word, Some(key))
                    if self.key_classes[key as usize] == Class::NotAYearAfter.bit() =>
                {
                    skipped += 1;
                }
                (TokenKind::Word, Some(key)) => {
                    return self.key_classes[key as usize] & Class::Number.bit() != 0;
                }
                (TokenKind::Word, None) => skipped += 1,
                (TokenKind::Punct, _) => return input.is_punct(i, '%'),
            }
        }
        false
    }

    fn match_at(&self, input: &Input, i: usize) -> Option<Expression> {
        // Most words open no modifier: their plain match is returned as made, not copied.
        let Some((after, modifier)) = self.modifier_at(input, i) else {
            return self.best_at(input, i);
        };
        let plain = self.best_at(input, i);
        if after < input.tokens.len()
            && let Some(mut e) = self.best_at(input, input.skip_hyphen(after))
            && plain.as_ref().is_none_or(|p| {
                // "the last days of March": plural days counted in a month or year name no
                // one day, but its end, as "the last days of" says.
                e.tokens.end > p.tokens.end
                    || (e.tokens.end == p.tokens.end
                        && p.slots.plural
                        && matches!(p.producer, Producer::Nth(..)))
            })
            // "about", "circa" qualify an amount or a year ("circa 466 BC"), not a day.
            && (matches!(modifier, Modifier::Start | Modifier::Mid | Modifier::End)
                || e.slots.number.is_some()
                || (modifier == Modifier::Approx
                    && e.slots.year.is_some()
                    && e.slots.day.is_none()))
            && !adverb_before_short_span(input, i, &e.slots)
        {
            e.tokens.start = i;
            e.span.start = input.tokens[i].span.start;
            e.modifier = Some(modifier);
            return Some(e);
        }
        plain
    }

    fn modifier_at(&self, input: &Input, i: usize) -> Option<(usize, Modifier)> {
        if circa_with_dot(input, i) {
            return Some((i + 2, Modifier::Approx));
        }
        let (end, entry, ..) = self.entry_at(input, Class::Modifier, i)?;
        Some((end, Modifier::from_code(self.value(entry))?))
    }

    fn best_at(&self, input: &Input, i: usize) -> Option<Expression> {
        let token = &input.tokens[i];
        // Before a word the tagger does not know, every head here ends at the word itself, and
        // the next token's signature is just `SIG_END`: groups that need more go unmatched,
        // and only the others are read (`by_key_alone`). The whole list ranks the variants.
        let alone = token.kind == TokenKind::Word && before_unknown_word(input, i);
        let (all, candidates): (&[super::Candidate], &[super::Candidate]) = match token.kind {
            TokenKind::Number => {
                let list = &self.by_number[super::number_shape(input.word(i))];
                (list, list)
            }
            TokenKind::Word => match input.keys[i] {
                Some(k) if self.heads_may_continue(self.key_heads[k as usize], input, i) => {
                    let list = &self.by_key[k as usize];
                    (
                        list,
                        if alone {
                            &self.by_key_alone[k as usize]
                        } else {
                            list
                        },
                    )
                }
                _ => (&[], &[]),
            },
            TokenKind::Punct if input.is_apostrophe(i) => {
                (&self.by_apostrophe, &self.by_apostrophe)
            }
            TokenKind::Punct => (&[], &[]),
        };
        let mut best = Best {
            start: i,
            candidates: all,
            found: None,
        };
        // A word matches a word-list or built-in head only as an entry of the head's class
        // (see `word_class`), which the next word rules out most often: tested before the match.
        let word_key = input.keys[i].filter(|_| token.kind == TokenKind::Word);
        let next = input.keys.get(input.entry_word(i + 1)).copied().flatten();
        let after_number = (token.kind == TokenKind::Number).then(|| self.after_number(input, i));
        // Candidates are sorted by first element: match each distinct one once.
        let mut head_id = u32::MAX;
        let mut head: Option<(usize, Signature)> = None;
        let mut head_slots = Slots::default();
        let mut signature_at = (usize::MAX, 0);
        let mut j = 0;
        while j < candidates.len() {
            // Most candidates are ruled out by what the candidate list holds: the variant
            // itself is read only when its head or its second element is matched.
            let candidate = candidates[j];
            j += 1;
            if candidate.first != head_id {
                head_id = candidate.first;
                let first = self.compiled.variants[candidate.variant as usize]
                    .elements
                    .first()?;
                if let Some(key) = word_key
                    && let Some(class) = head_class(first)
                    && !self.lexicon.may_match(key, class, next)
                {
                    j = candidate.first_end as usize;
                    continue;
                }
                // Most numbers start nothing ("25%", "40 million"), and most built-ins fail
                // on them for want of the next token they need: told before the read.
                if let Some(after) = after_number
                    && let Element::Builtin(builtin) = first
                    && !after.allows(*builtin)
                {
                    j = candidate.first_end as usize;
                    continue;
                }
                head_slots = Slots::default();
                head = self
                    .match_element(input, first, i, &mut head_slots)
                    .map(|end| {
                        // Most first elements end at the same token: its signature is reused.
                        if signature_at.0 != end {
                            signature_at = (end, self.signature(input, end));
                        }
                        signature_at
                    });
            }
            let Some((after_head, signature)) = head else {
                j = candidate.first_end as usize;
                continue;
            };
            if candidate.seconds_to_first_end & signature == 0 {
                j = candidate.first_end as usize;
                continue;
            }
            let variant = &self.compiled.variants[candidate.variant as usize];
            if candidate.second & signature == 0
                || variant
                    .elements
                    .get(1)
                    .is_some_and(|second| !self.can_start(input, second, after_head))
            {
                j = candidate.second_end as usize;
                continue;
            }
            // The variants of this group share their first two elements: walk their prefix
            // tree once for all of them.
            match variant.tail {
                Some(node) => {
                    self.walk(input, node, after_head, head_slots.clone(), None, &mut best);
                    j = candidate.second_end as usize;
                }
                None => self.offer(input, candidate.variant, after_head, &head_slots, &mut best),
            }
        }
        let (end, rule, _, slots) = best.found?;
        // "the first week of March, it rained": an optional comma before an optional year
        // that is not there ends no expression.
        let end = end - usize::from(end - i > 1 && input.is_punct(end - 1, ','));
        // "the two-week", "a year-earlier": the article belongs to the noun phrase, not to
        // the hyphenated adjective.
        let article = matches!(input.keys[i], Some(k) if self.articles.contains(&k));
        let start = if article
            && end - i >= 3
            && input.is_punct(end - 2, '-')
            && input.is_joined(end - 2)
        {
            i + 1
        } else {
            i
        };
        Some(Expression {
            span: input.tokens[start].span.start..input.tokens[end - 1].span.end,
            rule,
            producer: self.compiled.rules[rule as usize].producer.clone(),
            slots,
            modifier: None,
            tokens: start..end,
        })
    }

    /// Whether what the word at token `i` may start (`heads`) may match, judged by the token
    /// after it: most words that start rules ("the") are followed by none of what those rules
    /// need next. Inlined into the per-token loop, where a call cost as much as the test.
    #[inline(always)]
    fn may_continue(&self, heads: super::Heads, input: &Input, i: usize) -> bool {
        // The cheapest tests first.
        match heads.followers {
            None => return true,
            Some(0) => {}
            Some(bits) => {
                let next = input.keys.get(input.entry_word(i + 1)).copied().flatten();
                if next.is_some_and(|n| bits >> (n % 64) & 1 != 0) {
                    return true;
                }
            }
        }
        heads.words_seconds != 0 && heads.words_seconds & self.signature(input, i + 1) != 0
    }

    /// [`Self::may_continue`] for the heads of `best_at`, which a word that is a whole entry
    /// ("a", "today") passes only when the next word may continue one of its heads (a longer
    /// entry, a number word, a spelled number's "and", "hundred", "thousand": see
    /// `read_number`, `spelled_year_at`) or is what one of its variants needs second: every
    /// head ends at the word otherwise.
    #[inline(always)]
    fn heads_may_continue(&self, heads: super::Heads, input: &Input, i: usize) -> bool {
        if !self.may_continue(heads, input, i) {
            return false;
        }
        if heads.followers.is_some() {
            return true;
        }
        let n = input.skip_hyphen(i + 1);
        let (Some(token), Some(Some(next))) = (input.tokens.get(n), input.keys.get(n).copied())
        else {
            return true;
        };
        token.kind != TokenKind::Word
            || self.key_classes[next as usize] & Class::Number.bit() != 0
            || heads.entry_seconds >> (next % 64) & 1 != 0
            || continues_number(&input.text.as_bytes()[token.span.clone()])
            || heads.seconds & self.signature(input, i + 1) != 0
    }

    /// What token `i` (after a hyphen) could be, as bits to test against
    /// [`Variant::second`](super::rules::Variant).
    fn signature(&self, input: &Input, i: usize) -> Signature {
        let i = input.skip_hyphen(i);
        let Some(token) = input.tokens.get(i) else {
            return super::SIG_END;
        };
        let mut sig = super::SIG_END;
        match token.kind {
            TokenKind::Number => sig |= super::SIG_NUMBER,
            TokenKind::Punct => sig |= super::SIG_PUNCT,
            TokenKind::Word => {}
        }
        if let Some(k) = input.keys[i] {
            sig |= Signature::from(self.key_classes[k as usize]) | super::word_signature(k);
        }
        sig
    }

    /// A cheap necessary condition for `element` to match at token `i` (after a hyphen),
    /// checked before the full match of a rule variant.
    fn can_start(&self, input: &Input, element: &Element, i: usize) -> bool {
        let i = if matches!(element, Element::Punct('-')) {
            i
        } else {
            input.skip_hyphen(i)
        };
        if i >= input.tokens.len() {
            return false;
        }
        let has = |class: Class| {
            input.keys[i].is_some_and(|k| self.key_classes[k as usize] & class.bit() != 0)
        };
        match element {
            Element::Context(inner) => self.can_start(input, inner, i),
            Element::Words(keys) => input.keys[i].is_some_and(|k| keys.contains(&k)),
            Element::Class(class) | Element::ClassValue(class, _) => has(*class),
            Element::Punct(c) => input.is_punct(i, *c),
            Element::Possessive => input.keys[i] == Some(self.lexicon.possessive),
            Element::Builtin(Builtin::Year | Builtin::Number | Builtin::Hour) => {
                input.is_number(i) || has(Class::Number)
            }
            Element::Builtin(Builtin::SpelledClock) => has(Class::Number),
            Element::Builtin(Builtin::Day | Builtin::Ordinal) => {
                input.is_number(i) || has(Class::Ordinal)
            }
            Element::Builtin(Builtin::Decade | Builtin::ShortYear) => {
                input.is_number(i) || input.is_apostrophe(i)
            }
            Element::Builtin(Builtin::Half) => input.is_number(i) || input.is_punct(i, '½'),
            Element::Builtin(
                Builtin::Clock
                | Builtin::IsoDate
                | Builtin::SlashDate
                | Builtin::MonthDay
                | Builtin::Digit,
            ) => input.is_number(i),
        }
    }
}

/// The word list through which a word matches `element` as a head, if any.
fn head_class(element: &Element) -> Option<Class> {
    match element {
        Element::Class(class) | Element::ClassValue(class, _) => Some(*class),
        Element::Builtin(builtin) => word_class(*builtin),
        Element::Words(_) | Element::Punct(_) | Element::Possessive | Element::Context(_) => None,
    }
}

/// Whether the token after word `i` is a word the lexicon does not know (or there is none), so
/// that a word-list, number or year element at `i` ends at `i + 1`: no longer entry, no
/// abbreviation dot, no "hundred", "thousand" or "and" continues it (see `class_at`,
/// `read_number`, `spelled_year_at`).
fn before_unknown_word(input: &Input, i: usize) -> bool {
    let next = i + 1;
    input.tokens.get(next).is_none_or(|t| {
        t.kind == TokenKind::Word
            && input.keys[next].is_none()
            && !continues_number(&input.text.as_bytes()[t.span.clone()])
    })
}

/// Whether `word` may continue a spelled number ("two hundred", "two thousand and one")
/// whether the lexicon knows it or not.
fn continues_number(word: &[u8]) -> bool {
    [&b"hundred"[..], b"thousand", b"and"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}
