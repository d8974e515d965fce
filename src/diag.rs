//! Diagnostics: one located message (`file:line:col`, the source line, a caret, a hint),
//! shared by every module that reports problems in a user's file.
//!
//! A diagnostic prints like rustc's:
//!
//! ```text
//! error: event `hanoi`, field `date`: `2019-02-30` is not a day of the calendar
//!  --> data/talks.yaml:4:11
//!   |
//! 4 |     date: 2019-02-30
//!   |           ^^^^^^^^^^
//!   = help: write a day that exists, or drop the day and keep 2019-02
//! ```
//!
//! It owns copies of what it prints, so it can outlive the text it was made from.

use std::fmt;

/// A problem in a user's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as the user named it.
    pub path: String,
    pub message: String,
    /// Where in the file, when it can be found.
    pub span: Option<Span>,
    /// What to do about it.
    pub hint: Option<String>,
}

/// A place in a file: 1-based line and column (in characters) and how many characters to mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub line: usize,
    pub column: usize,
    pub width: usize,
    /// The whole line, printed above the caret.
    pub source_line: String,
}

impl Diagnostic {
    /// A diagnostic about the file as a whole.
    #[must_use]
    pub fn new(path: &str, message: impl Into<String>) -> Self {
        Self {
            path: path.to_string(),
            message: message.into(),
            span: None,
            hint: None,
        }
    }

    /// Locates the diagnostic at `line:column` (1-based; the column counts characters) of
    /// `text`, marking `width` characters. A line past the end leaves it unlocated.
    ///
    /// # Example
    /// ```
    /// use timeliner::diag::Diagnostic;
    /// let d = Diagnostic::new("a.yaml", "bad").at("x: 1\ny: 2\n", 2, 4, 1);
    /// assert_eq!(d.to_string(), "error: bad\n --> a.yaml:2:4\n  |\n2 | y: 2\n  |    ^\n");
    /// ```
    #[must_use]
    pub fn at(mut self, text: &str, line: usize, column: usize, width: usize) -> Self {
        let source_line = if line == 0 {
            None
        } else {
            text.split('\n').nth(line - 1)
        };
        self.span = source_line.map(|source_line| Span {
            line,
            column: column.max(1),
            width: width.max(1),
            source_line: source_line.trim_end_matches('\r').to_string(),
        });
        self
    }

    /// Locates the diagnostic at a byte offset of `text` (clamped to a character boundary).
    #[must_use]
    pub fn at_offset(self, text: &str, offset: usize) -> Self {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before.matches('\n').count() + 1;
        let column = before[line_start..].chars().count() + 1;
        self.at(text, line, column, 1)
    }

    #[must_use]
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "error: {}", self.message)?;
        let gutter = self.span.as_ref().map_or(1, |s| s.line.to_string().len());
        let pad = " ".repeat(gutter);
        match &self.span {
            Some(span) => {
                writeln!(f, "{pad}--> {}:{}:{}", self.path, span.line, span.column)?;
                let (shown, caret_at) = printable(&span.source_line, span.column);
                let (shown, caret_at) = window(&shown, caret_at);
                writeln!(f, "{pad} |")?;
                writeln!(f, "{}", format!("{} | {shown}", span.line).trim_end())?;
                writeln!(
                    f,
                    "{pad} | {}{}",
                    " ".repeat(caret_at),
                    "^".repeat(span.width)
                )?;
            }
            None => writeln!(f, "{pad}--> {}", self.path)?,
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "{pad} = help: {hint}")?;
        }
        Ok(())
    }
}

/// The line as it can safely be printed on a terminal (tabs as four spaces, other control
/// characters as U+FFFD), and how many columns precede the 1-based character `column`.
fn printable(line: &str, column: usize) -> (String, usize) {
    let mut shown = String::with_capacity(line.len());
    let mut caret_at = None;
    for (i, c) in line.chars().enumerate() {
        if i + 1 == column {
            caret_at = Some(shown.chars().count());
        }
        match c {
            '\t' => shown.push_str("    "),
            c if c.is_control() => shown.push('\u{fffd}'),
            c => shown.push(c),
        }
    }
    let caret_at =
        caret_at.unwrap_or_else(|| shown.chars().count() + column - line.chars().count() - 1);
    (shown, caret_at)
}

/// At most this many characters of a source line are printed on each side of the caret.
const CONTEXT_CHARS: usize = 60;

/// Cuts a long line down to the part around the caret, marking the cuts with `…`.
fn window(shown: &str, caret_at: usize) -> (String, usize) {
    let chars: Vec<char> = shown.chars().collect();
    if chars.len() <= 2 * CONTEXT_CHARS {
        return (shown.to_string(), caret_at);
    }
    let start = caret_at.saturating_sub(CONTEXT_CHARS);
    let end = (caret_at + CONTEXT_CHARS).min(chars.len());
    let mut cut: String = chars[start..end].iter().collect();
    let mut caret_at = caret_at - start;
    if start > 0 {
        cut.insert(0, '\u{2026}');
        caret_at += 1;
    }
    if end < chars.len() {
        cut.push('\u{2026}');
    }
    (cut, caret_at)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "title: T\nevents:\n  - id: a\n    date: 2019-02-30\n";

    #[test]
    fn located_with_hint() {
        let d = Diagnostic::new("t.yaml", "`2019-02-30` is not a day of the calendar")
            .at(TEXT, 4, 11, 10)
            .with_hint("write a day that exists");
        assert_eq!(
            d.to_string(),
            "error: `2019-02-30` is not a day of the calendar\n \
             --> t.yaml:4:11\n  \
             |\n\
             4 |     date: 2019-02-30\n  \
             |           ^^^^^^^^^^\n  \
             = help: write a day that exists\n"
        );
    }

    #[test]
    fn unlocated() {
        let d = Diagnostic::new("t.yaml", "repetition limit exceeded").with_hint("no aliases");
        assert_eq!(
            d.to_string(),
            "error: repetition limit exceeded\n --> t.yaml\n  = help: no aliases\n"
        );
    }

    #[test]
    fn gutter_grows_with_the_line_number() {
        let text = "x\n".repeat(12);
        let d = Diagnostic::new("t.yaml", "m").at(&text, 12, 1, 1);
        assert_eq!(
            d.to_string(),
            "error: m\n  --> t.yaml:12:1\n   |\n12 | x\n   | ^\n"
        );
    }

    #[test]
    fn offsets_tabs_and_control_characters() {
        let d = Diagnostic::new("t.yaml", "m").at_offset("a\n\tü\u{1}b", 6);
        assert_eq!(d.span.as_ref().map(|s| (s.line, s.column)), Some((2, 4)));
        assert_eq!(
            d.to_string(),
            "error: m\n --> t.yaml:2:4\n  |\n2 |     ü\u{fffd}b\n  |       ^\n"
        );
        // Past the end of the line (a missing value at end of line) the caret follows the text.
        let d = Diagnostic::new("t.yaml", "m").at("ab\n", 1, 3, 1);
        assert_eq!(
            d.to_string(),
            "error: m\n --> t.yaml:1:3\n  |\n1 | ab\n  |   ^\n"
        );
        // A line that does not exist leaves the diagnostic unlocated.
        assert_eq!(Diagnostic::new("t", "m").at("ab", 5, 1, 1).span, None);
    }
}
