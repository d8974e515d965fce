//! The benchmark corpus: the Lee news articles and the TempEval-3 TBAQ texts (tags stripped),
//! each with its reference date, read from the team's shared folder.
//!
//! Nothing outside the repository is read except the folder named by `TIMELINER_SHARED`
//! (default: `shared/` beside the repository, as on CI).

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

/// One article and the date its relative expressions are resolved against.
pub struct Document {
    pub text: String,
    pub reference_date: NaiveDate,
}

/// The shared folder holding `bench/lee/` and `eval/tempeval3/tbaq/`.
pub fn shared_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("TIMELINER_SHARED") {
        return PathBuf::from(dir);
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// The Lee articles (reference date 2001-12-26: their own dates are unknown) followed by the
/// TBAQ documents (reference date: each document's creation date), in file-name order.
pub fn load(shared: &Path) -> Result<Vec<Document>, String> {
    let lee_date = NaiveDate::from_ymd_opt(2001, 12, 26).expect("a valid date");
    let mut documents = Vec::new();
    for path in files_under(&shared.join("bench/lee"), "txt")? {
        documents.push(Document {
            text: read(&path)?,
            reference_date: lee_date,
        });
    }
    for path in files_under(&shared.join("eval/tempeval3/tbaq"), "tml")? {
        let timeml = read(&path)?;
        let (text, reference_date) = parse_timeml(&timeml)
            .ok_or_else(|| format!("{}: no <TEXT> or no DCT", path.display()))?;
        documents.push(Document {
            text,
            reference_date,
        });
    }
    Ok(documents)
}

/// Stands in for the corpus when a benchmark only checks that it runs.
pub const PARAGRAPH: &str = "Talks broke down in Hanoi in February 2019. Trump is set to visit \
South Korea next month for the APEC summit, officials said on Monday, two years after the \
last meeting.\n";

/// What benchmark `name` runs on: with `--bench` (`bench`), the corpus, or `None` after saying
/// how to find it; otherwise [`PARAGRAPH`] alone, for a smoke run.
pub fn for_bench(name: &str, bench: bool) -> Option<Vec<Document>> {
    if !bench {
        return Some(vec![Document {
            text: PARAGRAPH.to_string(),
            reference_date: NaiveDate::from_ymd_opt(2025, 9, 22).expect("a valid date"),
        }]);
    }
    load(&shared_dir())
        .map_err(|e| {
            println!("{name} benchmark skipped: {e} (set TIMELINER_SHARED to the shared folder)");
        })
        .ok()
}

/// The documents cycled until they hold at least `target_bytes` of text.
pub fn repeat_to(documents: &[Document], target_bytes: usize) -> Vec<&Document> {
    let mut picked = Vec::new();
    let mut total = 0;
    for document in documents.iter().cycle() {
        if total >= target_bytes || documents.is_empty() {
            break;
        }
        total += document.text.len();
        picked.push(document);
    }
    picked
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Files with the extension `ext` anywhere under `dir`, sorted so that runs are comparable.
fn files_under(dir: &Path, ext: &str) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let entries = fs::read_dir(&current)
            .map_err(|e| format!("cannot list {}: {e}", current.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == ext) {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// The `<TEXT>` content with every tag removed and entities decoded, and the date of the DCT.
fn parse_timeml(timeml: &str) -> Option<(String, NaiveDate)> {
    let dct = &timeml[timeml.find("<DCT>")?..];
    let value = &dct[dct.find("value=\"")? + 7..];
    let reference_date = NaiveDate::parse_from_str(value.get(..10)?, "%Y-%m-%d").ok()?;
    let start = timeml.find("<TEXT>")? + "<TEXT>".len();
    let end = start + timeml[start..].find("</TEXT>")?;
    let text = strip_timeml(&timeml[start..end]);
    Some((text, reference_date))
}

/// TimeML with its tags removed and the five XML entities decoded.
pub fn strip_timeml(timeml: &str) -> String {
    let mut text = String::with_capacity(timeml.len());
    let mut rest = timeml;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        rest = rest[open..]
            .find('>')
            .map_or("", |close| &rest[open + close + 1..]);
    }
    text.push_str(rest);
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}
