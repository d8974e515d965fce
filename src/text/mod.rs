//! Text segmentation: sentences and tokens as byte spans, and the discovery of an article's
//! reference date (front matter or news dateline).
//!
//! Everything here works on byte offsets into the caller's `&str`, never on a copy, so that
//! spans found later point exactly into the original text (curly quotes, NBSP and CRLF
//! included). Nothing here knows about TIMEX3 values.

mod data;
mod dateline;
mod sentences;
mod tense;
mod tokens;

pub use data::{DataLine, data_lines, section_entries};
pub use dateline::{DateSource, body_start, front_matter_field, month_number, reference_date};
pub use sentences::{pieces, sentences};
pub use tense::{Tense, tense_around};
pub use tokens::{Token, TokenKind, tokens};
pub(crate) use tokens::{ascii_lowercase, chunk, lowercase_chunk, next_digit};
