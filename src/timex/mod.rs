//! The TIMEX3 value model: what a temporal expression found in text is, as a span of the text
//! with a TIMEX3 type and a typed [`Value`] (printed "2019", "2025-10", "PAST_REF", "P3Y",
//! "XXXX-WXX-1TNI"), and the calendar points ([`Point`]) the normaliser computes with.
//!
//! Nothing here finds expressions or reads context; it only models, prints and reads values.

mod holiday;
mod modifier;
mod point;
mod value;

use std::ops::Range;

pub use holiday::Holiday;
pub use modifier::Modifier;
pub use point::{DayPart, Point, Season, Unit, shift_date};
pub use value::{Duration, Partial, Ref, TimeOfDay, Value, ValueError, Within, Year};

/// The four TIMEX3 types of TimeML.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    /// The TimeML spelling: `DATE`, `TIME`, `DURATION`, `SET`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Date => "DATE",
            Self::Time => "TIME",
            Self::Duration => "DURATION",
            Self::Set => "SET",
        }
    }
}

/// A temporal expression found in a text and normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// Byte offsets into the text the tagger was given, in 32 bits (see [`Timex::span`]).
    start: u32,
    end: u32,
    pub kind: TimexType,
    /// The TIMEX3 `value` attribute; `Display` writes it.
    pub value: Value,
    /// The TIMEX3 `mod` attribute (`START`, `MID`, `END`, `APPROX`, `LESS_THAN`, ...), if any.
    pub modifier: Option<Modifier>,
}

impl Timex {
    /// The expression at `span`, byte offsets of a text that [`fits`]; none past 4 GiB, where
    /// an offset does not fit in 32 bits (the tagger finds none in a longer text,
    /// [`crate::tagger::Warning::TooLong`], and the readers refuse far smaller ones).
    #[must_use]
    pub fn new(
        span: Range<usize>,
        kind: TimexType,
        value: Value,
        modifier: Option<Modifier>,
    ) -> Option<Self> {
        Some(Self {
            start: u32::try_from(span.start).ok()?,
            end: u32::try_from(span.end).ok()?,
            kind,
            value,
            modifier,
        })
    }

    /// Byte offsets into the text the tagger was given. Held in 32 bits: a huge text has
    /// hundreds of thousands of expressions, all alive while its events are drafted.
    #[must_use]
    pub fn span(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Moves the expression to `span`; false, and the expression stays, when an offset does
    /// not fit in 32 bits (see [`Timex::new`]).
    #[must_use]
    pub fn set_span(&mut self, span: Range<usize>) -> bool {
        match (u32::try_from(span.start), u32::try_from(span.end)) {
            (Ok(start), Ok(end)) => {
                (self.start, self.end) = (start, end);
                true
            }
            _ => false,
        }
    }
}

/// The offsets of a text of `len` bytes fit in 32 bits, as an expression's and an event's do:
/// the tagger and the events read no longer text.
#[must_use]
pub fn fits(len: usize) -> bool {
    u32::try_from(len).is_ok()
}

/// A byte offset in 32 bits, of a text that [`fits`] (one past it would be held as the last
/// offset there is, so no caller hands one over).
pub(crate) fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_offset_past_32_bits_makes_no_expression_and_moves_none() {
        let year = || Value::Point(Point::Year(2019));
        let far = usize::try_from(u64::from(u32::MAX) + 1).ok();
        let mut timex = Timex::new(3..7, TimexType::Date, year(), None).unwrap();
        assert_eq!(timex.span(), 3..7);
        if let Some(far) = far {
            assert!(Timex::new(far..far + 4, TimexType::Date, year(), None).is_none());
            assert!(!timex.set_span(3..far));
            assert_eq!(timex.span(), 3..7);
        }
        assert!(timex.set_span(5..9));
        assert_eq!(timex.span(), 5..9);
    }
}
