//! `timeliner schema`: prints the JSON Schema of the timeline file, and the editor comment
//! that points a new timeline at the repository's copy of it.

use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

use super::files;

/// Where a timeline repository keeps the schema, from its root (the working directory).
pub const SCHEMA_PATH: &str = "data/schema/timeline-v1.json";

/// Print the JSON Schema (draft-07) of the timeline file, version 1, for editors.
#[derive(Debug, Parser)]
#[command(after_help = "\
Example: timeliner schema > data/schema/timeline-v1.json

Exit status: 0 printed, 2 standard output cannot be written.")]
pub struct SchemaArgs {}

pub fn run(_: &SchemaArgs) -> anyhow::Result<ExitCode> {
    files::write_stdout(&timeliner::formats::schema::write())?;
    Ok(ExitCode::SUCCESS)
}

/// `text` with the comment YAML editors (yaml-language-server) read in front, when the schema
/// is where this repository layout keeps it: the comment names it relative to `file`, as
/// editors resolve it. Elsewhere the text is unchanged, so the comment never points at nothing.
pub fn with_modeline(file: &Path, text: String) -> String {
    let mut line = modeline(file);
    if line.is_empty() {
        return text;
    }
    line.push_str(&text);
    line
}

/// The first line [`with_modeline`] puts before a new file's text, or nothing: for a caller
/// that writes the text after it, rather than copy the text.
pub fn modeline(file: &Path) -> String {
    match relative_schema(file) {
        Some(path) if Path::new(SCHEMA_PATH).is_file() => {
            format!("# yaml-language-server: $schema={path}\n")
        }
        _ => String::new(),
    }
}

/// The path of [`SCHEMA_PATH`] seen from the folder of `file` (both relative to the working
/// directory); `None` for paths it cannot relate, such as absolute ones or ones with `..`.
fn relative_schema(file: &Path) -> Option<String> {
    let folder: Vec<_> = file
        .parent()
        .unwrap_or(Path::new(""))
        .components()
        .filter(|c| *c != Component::CurDir)
        .map(|c| match c {
            Component::Normal(name) => Some(name),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let target: Vec<_> = Path::new(SCHEMA_PATH).iter().collect();
    let common = folder
        .iter()
        .zip(&target)
        .take_while(|(a, b)| a == b)
        .count();
    let mut path = PathBuf::new();
    for _ in common..folder.len() {
        path.push("..");
    }
    for part in &target[common..] {
        path.push(part);
    }
    Some(files::display(&path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_path_relative_to_the_new_file() {
        let rel = |p: &str| relative_schema(Path::new(p));
        assert_eq!(rel("data/story.yaml").unwrap(), "schema/timeline-v1.json");
        assert_eq!(
            rel("./data/gallery/x.yaml").unwrap(),
            "../schema/timeline-v1.json"
        );
        assert_eq!(rel("story.yaml").unwrap(), "data/schema/timeline-v1.json");
        assert_eq!(
            rel("out/x.yaml").unwrap(),
            "../data/schema/timeline-v1.json"
        );
        assert_eq!(rel("../x.yaml"), None);
        assert_eq!(rel("/tmp/x.yaml"), None);
    }
}
