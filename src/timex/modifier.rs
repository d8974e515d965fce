//! The TIMEX3 `mod` attribute, as one byte: a huge text has hundreds of thousands of
//! expressions, and a `String` made each one 24 bytes larger.

use std::fmt;

/// The `mod` values of TimeML.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Modifier {
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
    Start,
    Mid,
    End,
    Approx,
}

impl Modifier {
    const ALL: [Self; 12] = [
        Self::Before,
        Self::After,
        Self::OnOrBefore,
        Self::OnOrAfter,
        Self::LessThan,
        Self::MoreThan,
        Self::EqualOrLess,
        Self::EqualOrMore,
        Self::Start,
        Self::Mid,
        Self::End,
        Self::Approx,
    ];

    /// The modifier TimeML writes as `code` (`START`, `LESS_THAN`, ...).
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.code() == code)
    }

    /// As TimeML writes it.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::Before => "BEFORE",
            Self::After => "AFTER",
            Self::OnOrBefore => "ON_OR_BEFORE",
            Self::OnOrAfter => "ON_OR_AFTER",
            Self::LessThan => "LESS_THAN",
            Self::MoreThan => "MORE_THAN",
            Self::EqualOrLess => "EQUAL_OR_LESS",
            Self::EqualOrMore => "EQUAL_OR_MORE",
            Self::Start => "START",
            Self::Mid => "MID",
            Self::End => "END",
            Self::Approx => "APPROX",
        }
    }
}

impl fmt::Display for Modifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back_as_itself() {
        for modifier in Modifier::ALL {
            assert_eq!(Modifier::from_code(modifier.code()), Some(modifier));
            assert_eq!(modifier.to_string(), modifier.code());
        }
        assert_eq!(Modifier::from_code("LESS_THAN"), Some(Modifier::LessThan));
        assert_eq!(Modifier::from_code("start"), None);
        assert_eq!(Modifier::from_code(""), None);
    }

    #[test]
    fn an_expression_with_a_modifier_is_no_larger() {
        assert_eq!(size_of::<Option<Modifier>>(), 1);
    }
}
