//! Corpora: documents read one at a time from JSON Lines (plain or gzip) or from text files,
//! each with its line number, so that a bad line is an error in its place and the run goes on.
//! Nothing here opens a file or reads the clock: the command line hands in the readers.

mod document;
mod gather;
mod json;
mod map;
mod output;
mod reader;

pub use document::{Document, LineError, ReadError, text_document};
pub use gather::{CONFLICT_TAG, Gather};
pub use map::ordered_map;
pub use output::{
    Defaults, Extracted, extract_document, read_line, write_error, write_line, write_line_to,
};
pub use reader::{DEFAULT_MAX_LINE, JsonLines, Lines, RawLine, decompressed};
