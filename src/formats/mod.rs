//! formats: every file format timeliner writes, each by one function that returns the text;
//! the command line decides where it goes (only `src/cli` writes to streams and files).
//!
//! `timeml` writes (and reads) text with inline TIMEX3, EVENT and TLINK elements, `json` the
//! expressions of `tag --format json`, and `xml` holds the one escape they and the SVG writer
//! (`render`) share.

pub mod json;
pub mod timeml;
pub mod xml;
