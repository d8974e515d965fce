//! JSON Lines in, one document at a time: never more than one line in memory, and a line
//! longer than the limit is skipped to its end in bounded memory and reported in its place.

use std::io::{BufRead, BufReader, Read};

use flate2::read::MultiGzDecoder;

use super::document::{Document, LineError, ReadError};

/// The longest line read as a document: far longer than any article, small enough that the
/// documents in flight stay within a bounded memory.
pub const DEFAULT_MAX_LINE: usize = 4 << 20;

/// The most room the line buffer keeps for the next line (see [`Lines::release_long`]).
const KEPT_LINE: usize = 1 << 16;

/// The two bytes every gzip stream starts with.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// The documents of a JSON Lines stream, plain or gzip (told apart by the first bytes), each
/// with its line number; blank lines are skipped. After an I/O error (one error record) the
/// iterator ends.
///
/// # Example
///
/// ```
/// use timeliner::batch::JsonLines;
///
/// let input = "{\"id\": \"a\", \"text\": \"Hi.\", \"date\": \"2010-04-20\"}\n\nnot json\n";
/// let docs: Vec<_> = JsonLines::new(input.as_bytes()).collect();
/// assert_eq!(docs[0].as_ref().unwrap().id, "a");
/// assert_eq!(docs[1].as_ref().unwrap_err().line, 3);
/// assert_eq!(docs.len(), 2);
/// ```
pub struct JsonLines {
    lines: Lines,
    line: u64,
    done: bool,
}

impl JsonLines {
    pub fn new(reader: impl Read + Send + 'static) -> Self {
        Self::with_max_line(reader, DEFAULT_MAX_LINE)
    }

    /// A reader that reports lines longer than `max_line` bytes as errors.
    pub fn with_max_line(reader: impl Read + Send + 'static, max_line: usize) -> Self {
        Self {
            lines: Lines::new(decompressed(reader), max_line),
            line: 0,
            done: false,
        }
    }

    /// The line number of the document (or error) last returned.
    #[must_use]
    pub fn line(&self) -> u64 {
        self.line
    }
}

/// The lines of a byte stream, without their line breaks (`\n` or `\r\n`), one at a time in
/// bounded memory: a line longer than the limit is skipped to its end and reported as too long.
pub struct Lines {
    input: Box<dyn BufRead + Send>,
    buf: Vec<u8>,
    max_line: usize,
}

impl Lines {
    pub fn new(input: Box<dyn BufRead + Send>, max_line: usize) -> Self {
        Self {
            input,
            buf: Vec::new(),
            max_line,
        }
    }

    /// The next line, `Ok(None)` at the end.
    ///
    /// # Errors
    ///
    /// `TooLong` for a line over the limit (the next call reads the line after it), `Io` when
    /// the input cannot be read on.
    pub fn next_line(&mut self) -> Result<Option<&[u8]>, ReadError> {
        if self.read_line()? {
            Ok(Some(&self.buf))
        } else {
            Ok(None)
        }
    }

    /// Frees the buffer after a long line, once its bytes are copied out: it stayed, as large
    /// as the longest line, while that line's document was extracted and to the end of the
    /// batch (a few MB for a huge article).
    fn release_long(&mut self) {
        if self.buf.capacity() > KEPT_LINE {
            self.buf = Vec::new();
        }
    }

    /// Reads the next line into `buf` (without its line break): `Ok(false)` at the end,
    /// `Err(TooLong)` for a line over the limit, whose bytes are skipped. The line break is
    /// found by the standard library's search, many bytes at a time.
    fn read_line(&mut self) -> Result<bool, ReadError> {
        let io = |e: std::io::Error| ReadError::Io(e.to_string());
        self.buf.clear();
        // The line, a `\r` and the `\n`: a line that reaches this without its `\n` is too long.
        let most = self.max_line + 2;
        let read = read_to_newline(&mut *self.input, &mut self.buf, most).map_err(io)?;
        if read == 0 {
            return Ok(false);
        }
        if self.buf.last() == Some(&b'\n') {
            self.buf.pop();
        } else if read == most {
            self.buf.clear();
            // A long line leaves no large buffer behind.
            self.buf.shrink_to(1 << 16);
            self.input.skip_until(b'\n').map_err(io)?;
            return Err(ReadError::TooLong {
                limit: self.max_line,
            });
        }
        if self.buf.last() == Some(&b'\r') {
            self.buf.pop();
        }
        if self.buf.len() > self.max_line {
            return Err(ReadError::TooLong {
                limit: self.max_line,
            });
        }
        Ok(true)
    }
}

/// `read_until` a `\n` of at most `most` bytes (the `\n` included), the line break found by
/// memchr's vectorised search: the number of bytes appended to `buf`, 0 at the end.
fn read_to_newline(
    input: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    most: usize,
) -> std::io::Result<usize> {
    let mut read = 0;
    while read < most {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let window = &available[..available.len().min(most - read)];
        let (taken, done) = match memchr::memchr(b'\n', window) {
            Some(k) => (k + 1, true),
            None => (window.len(), window.is_empty()),
        };
        buf.extend_from_slice(&window[..taken]);
        input.consume(taken);
        read += taken;
        if done {
            break;
        }
    }
    Ok(read)
}

/// The bytes of `reader`, gunzipped when they start as gzip does.
pub fn decompressed(reader: impl Read + Send + 'static) -> Box<dyn BufRead + Send> {
    let mut plain = BufReader::with_capacity(1 << 16, reader);
    // A failed peek is read again, and reported, by the first read.
    let gzip = plain
        .fill_buf()
        .is_ok_and(|start| start.starts_with(&GZIP_MAGIC));
    if gzip {
        Box::new(BufReader::with_capacity(
            1 << 16,
            MultiGzDecoder::new(plain),
        ))
    } else {
        Box::new(plain)
    }
}

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xef\xbb\xbf";

impl JsonLines {
    /// The next line as read, not yet parsed (blank lines skipped, a byte-order mark before
    /// the first line dropped): the parse is left to the thread that extracts the document.
    pub fn next_raw(&mut self) -> Option<RawLine> {
        while !self.done {
            self.line += 1;
            let line = self.line;
            let bytes = match self.lines.next_line() {
                Ok(None) => {
                    self.done = true;
                    continue;
                }
                Ok(Some(bytes)) if bytes.iter().all(u8::is_ascii_whitespace) => continue,
                // Editors on Windows start a UTF-8 file with a byte-order mark.
                Ok(Some(bytes)) if line == 1 && bytes.starts_with(BOM) => {
                    Ok(bytes[BOM.len()..].to_vec())
                }
                Ok(Some(bytes)) => Ok(bytes.to_vec()),
                Err(error) => {
                    self.done = matches!(error, ReadError::Io(_));
                    Err(error)
                }
            };
            self.lines.release_long();
            return Some(RawLine { line, bytes });
        }
        None
    }
}

/// One line of JSON Lines as read: its bytes, or why they could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawLine {
    /// 1-based line number in its input.
    pub line: u64,
    bytes: Result<Vec<u8>, ReadError>,
}

impl RawLine {
    /// The document on the line, or why it is none.
    ///
    /// # Errors
    ///
    /// The line's [`LineError`]: unreadable, too long, or not a document.
    pub fn parse(self) -> Result<Document, LineError> {
        match self.bytes {
            Ok(bytes) => Document::from_json(self.line, &bytes),
            Err(error) => Err(LineError {
                line: self.line,
                id: None,
                error,
            }),
        }
    }

    /// The bytes of the line (none for a line that could not be read): its share of the work.
    #[must_use]
    pub fn size(&self) -> usize {
        self.bytes.as_ref().map_or(0, Vec::len)
    }
}

impl Iterator for JsonLines {
    type Item = Result<Document, LineError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_raw().map(RawLine::parse)
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use flate2::Compression;
    use flate2::write::GzEncoder;

    use super::*;

    fn ids(docs: impl Iterator<Item = Result<Document, LineError>>) -> Vec<String> {
        docs.map(|d| match d {
            Ok(d) => d.id,
            Err(e) => e.to_string(),
        })
        .collect()
    }

    #[test]
    fn a_byte_order_mark_before_the_first_line_is_skipped() {
        let input = "\u{feff}{\"id\": \"a\", \"text\": \"x\"}\r\n{\"id\": \"b\", \"text\": \"y\"}";
        assert_eq!(ids(JsonLines::new(input.as_bytes())), ["a", "b"]);
    }

    #[test]
    fn plain_and_gzip_give_the_same_documents() {
        let input = "{\"id\": \"a\", \"text\": \"x\"}\r\n{\"id\": \"b\", \"text\": \"y\"}";
        let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
        gz.write_all(input.as_bytes()).unwrap();
        let gz = gz.finish().unwrap();
        assert_eq!(ids(JsonLines::new(input.as_bytes())), ["a", "b"]);
        assert_eq!(ids(JsonLines::new(std::io::Cursor::new(gz))), ["a", "b"]);
    }

    #[test]
    fn a_long_line_is_an_error_and_the_next_line_is_read() {
        let long = format!("{{\"id\": \"big\", \"text\": \"{}\"}}", "x".repeat(300));
        let input = format!("{long}\n{{\"id\": \"b\", \"text\": \"y\"}}\n{long}");
        assert_eq!(
            ids(JsonLines::with_max_line(
                std::io::Cursor::new(input.into_bytes()),
                100
            )),
            [
                "line 1: the document is longer than 0 MiB, the most timeliner reads as one document",
                "b",
                "line 3: the document is longer than 0 MiB, the most timeliner reads as one document",
            ]
        );
    }

    #[test]
    fn lines_are_read_to_their_newline_across_reads_and_within_the_limit() {
        // A buffer of 4 bytes: the lines run over several reads.
        let input = b"one line\ntwo\n\nlast, no newline";
        let mut reader = BufReader::with_capacity(4, &input[..]);
        let mut lines = Vec::new();
        loop {
            let mut buf = Vec::new();
            let read = read_to_newline(&mut reader, &mut buf, 9).unwrap();
            if read == 0 {
                break;
            }
            assert_eq!(read, buf.len());
            lines.push(String::from_utf8(buf).unwrap());
        }
        assert_eq!(lines, ["one line\n", "two\n", "\n", "last, no ", "newline"]);
    }

    #[test]
    fn a_broken_gzip_stream_is_one_error_and_the_end() {
        let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
        gz.write_all(b"{\"id\": \"a\", \"text\": \"x\"}\n").unwrap();
        let mut gz = gz.finish().unwrap();
        let n = gz.len();
        gz[n - 6] ^= 0xff;
        let got = ids(JsonLines::new(std::io::Cursor::new(gz)));
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[1].starts_with("line 2: cannot read on: "), "{got:?}");
    }
}
