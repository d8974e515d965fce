//! The documents of a corpus given on the command line: JSON Lines files (plain or gzip),
//! folders of `*.txt` articles (every one under the folder, in sorted order) and standard
//! input, read lazily one document at a time.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use anyhow::anyhow;
use timeliner::batch::{
    DEFAULT_MAX_LINE, Document, JsonLines, LineError, RawLine, ReadError, text_document,
};

use super::files::{self, STDIO};

/// A document, or why its line is none, with the input it came from.
pub struct Item {
    /// The input's name as the user gave it; `None` for standard input.
    pub input: Option<String>,
    pub document: Result<Document, LineError>,
}

/// An [`Item`] as read, before it is parsed: the parse (JSON, UTF-8, the date in a dateline)
/// is work for the thread that extracts the document, not for the one that reads.
pub struct Unread {
    input: Option<String>,
    line: u64,
    raw: Raw,
}

enum Raw {
    Json(RawLine),
    Text { name: String, bytes: Vec<u8> },
    Failed(LineError),
}

impl Unread {
    /// The document, or why it is none.
    pub fn read(self) -> Item {
        let document = match self.raw {
            Raw::Json(line) => line.parse(),
            Raw::Text { name, bytes } => text_document(name, bytes),
            Raw::Failed(error) => Err(error),
        };
        Item {
            input: self.input,
            document,
        }
    }

    /// The input's name as the user gave it; `None` for standard input.
    pub fn input(&self) -> Option<&str> {
        self.input.as_deref()
    }

    /// The line the document starts on in its input (1 for a text file).
    pub fn line(&self) -> u64 {
        self.line
    }

    /// Bytes read: the item's share of the work.
    pub fn size(&self) -> usize {
        match &self.raw {
            Raw::Json(line) => line.size(),
            Raw::Text { bytes, .. } => bytes.len(),
            Raw::Failed(_) => 0,
        }
    }
}

/// The documents of `paths` in order (standard input when there are none). Paths that do not
/// exist are refused before anything is read.
pub fn documents(paths: &[PathBuf]) -> anyhow::Result<Box<dyn Iterator<Item = Item> + Send>> {
    Ok(Box::new(unread(paths)?.map(Unread::read)))
}

/// The documents of `paths` as [`documents`] gives them, each before its parse.
pub fn unread(paths: &[PathBuf]) -> anyhow::Result<Box<dyn Iterator<Item = Unread> + Send>> {
    let mut inputs: Vec<Box<dyn Iterator<Item = Unread> + Send>> = Vec::new();
    if paths.is_empty() {
        inputs.push(json_lines(None, Box::new(io::stdin())));
    }
    for path in paths {
        let name = files::display(path);
        if path.as_os_str() == STDIO {
            inputs.push(json_lines(None, Box::new(io::stdin())));
        } else if path.is_dir() {
            let articles = txt_files(path)
                .map_err(|e| anyhow!("cannot read the folder {name}: {}", files::reason(&e)))?;
            inputs.push(Box::new(articles.into_iter().map(|p| article(&p))));
        } else {
            let file = File::open(path)
                .map_err(|e| anyhow!("cannot read {name}: {}", files::reason(&e)))?;
            inputs.push(json_lines(Some(name), Box::new(file)));
        }
    }
    Ok(Box::new(inputs.into_iter().flatten()))
}

fn json_lines(
    input: Option<String>,
    reader: Box<dyn Read + Send>,
) -> Box<dyn Iterator<Item = Unread> + Send> {
    let mut lines = JsonLines::new(reader);
    Box::new(std::iter::from_fn(move || {
        let line = lines.next_raw()?;
        Some(Unread {
            input: input.clone(),
            line: line.line,
            raw: Raw::Json(line),
        })
    }))
}

/// A text file as a document named by its path.
fn article(path: &Path) -> Unread {
    let name = files::display(path);
    let unread = |raw| Unread {
        input: Some(name.clone()),
        line: 1,
        raw,
    };
    let fail = |error| {
        unread(Raw::Failed(LineError {
            line: 1,
            id: Some(name.clone()),
            error,
        }))
    };
    let mut bytes = Vec::new();
    let limit = u64::try_from(DEFAULT_MAX_LINE + 1).unwrap_or(u64::MAX);
    if let Err(e) = File::open(path).and_then(|f| f.take(limit).read_to_end(&mut bytes)) {
        return fail(ReadError::Io(files::reason(&e)));
    }
    if bytes.len() > DEFAULT_MAX_LINE {
        return fail(ReadError::TooLong {
            limit: DEFAULT_MAX_LINE,
        });
    }
    unread(Raw::Text {
        name: name.clone(),
        bytes,
    })
}

/// Every `*.txt` file under `dir`, in sorted order of their paths.
pub fn txt_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder)? {
            let path = entry?.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}
