//! The line structure every rule data file shares (`data/rules/*.txt`, `words.txt`): `#`
//! comments and blank lines are skipped, `[name]` opens a section, any other line is an entry
//! line of the section above it. What an entry line holds is each reader's own.

/// A line of a rule data file that is not blank or a comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataLine<'a> {
    /// `[name ...]`: the text between the brackets.
    Section(&'a str),
    /// Any other line, trimmed.
    Entries(&'a str),
}

/// The lines of `source` that say something, each with its 1-based line number.
///
/// # Example
/// ```
/// use timeliner::text::{DataLine, data_lines};
///
/// let lines: Vec<_> = data_lines("# words\n\n[past]\n said, told\n").collect();
/// assert_eq!(lines, [(3, DataLine::Section("past")), (4, DataLine::Entries("said, told"))]);
/// ```
pub fn data_lines(source: &str) -> impl Iterator<Item = (usize, DataLine<'_>)> {
    source.lines().enumerate().filter_map(|(n, line)| {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        let parsed = match line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            Some(name) => DataLine::Section(name),
            None => DataLine::Entries(line),
        };
        Some((n + 1, parsed))
    })
}

/// The entry lines of the section `name` of `source`, each with its 1-based line number.
///
/// # Example
/// ```
/// use timeliner::text::section_entries;
///
/// let source = "[a]\nx\n[b]\ny\nz\n[a]\nw\n";
/// let entries: Vec<_> = section_entries(source, "a").collect();
/// assert_eq!(entries, [(2, "x"), (7, "w")]);
/// ```
pub fn section_entries<'a>(
    source: &'a str,
    name: &'a str,
) -> impl Iterator<Item = (usize, &'a str)> {
    let mut section = "";
    data_lines(source).filter_map(move |(line, parsed)| match parsed {
        DataLine::Section(opened) => {
            section = opened;
            None
        }
        DataLine::Entries(entry) => (section == name).then_some((line, entry)),
    })
}
