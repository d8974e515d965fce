//! A word in lower case: kept on the stack when it is short, as the word lists look words up,
//! and shared by the tokens of one spelling.

use std::ops::Deref;
use std::rc::Rc;

use arrayvec::ArrayString;

/// A word in lower case as a word list looks it up, on the stack unless it is longer than a
/// word usually is: most words are short, and a heap copy each was a tenth of the extraction's
/// time. A token's own word is a [`Spelling`], one copy for all the tokens of one spelling.
#[derive(Debug, Clone)]
pub enum Lower {
    Short(ArrayString<SHORT_WORD>),
    Long(Box<str>),
}

/// The longest word a [`Lower`] holds on the stack, in bytes.
pub(super) const SHORT_WORD: usize = 24;

impl Lower {
    pub(super) fn new(lower: &str) -> Self {
        ArrayString::from(lower).map_or_else(|_| Self::Long(lower.into()), Self::Short)
    }

    pub(super) fn make_ascii_lowercase(&mut self) {
        match self {
            Self::Short(word) => word.make_ascii_lowercase(),
            Self::Long(word) => word.make_ascii_lowercase(),
        }
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Short(word) => word,
            Self::Long(word) => word,
        }
    }
}

/// `word` in lower case as a [`Lower`]: on the stack, as a token's, for a word of the text
/// looked up in a list (a copy on the heap each was a good part of a title's cost).
#[must_use]
pub fn lowercase(word: &str) -> Lower {
    if !word.is_ascii() {
        return Lower::new(&word.to_lowercase());
    }
    let mut lower = Lower::new(word);
    lower.make_ascii_lowercase();
    lower
}

impl Deref for Lower {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Lower {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Lower {}

impl PartialEq<str> for Lower {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// A token's word in lower case, one copy shared by the tokens of one spelling: a known word's
/// is a count raised, and reading it tests no variant (as a [`Lower`]'s does), where the
/// detector, linker, chunker and titles read every token's word many times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spelling(Rc<str>);

impl Spelling {
    pub(super) fn new(lower: &str) -> Self {
        Self(Rc::from(lower))
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Spelling {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Spelling {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Spelling {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}
