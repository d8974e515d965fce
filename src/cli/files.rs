//! Reading timelines and writing charts for the subcommands: bounded reads, atomic writes,
//! I/O errors reported as diagnostics, and printing diagnostics.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use timeliner::diag::Diagnostic;
use timeliner::timeline::{self, MAX_FILE_BYTES, Timeline};

/// The path argument that means standard input or output.
pub const STDIO: &str = "-";

/// Reads and loads a timeline file (`-`: standard input).
pub fn read_timeline(path: &Path) -> Result<Timeline, Vec<Diagnostic>> {
    let name = display(path);
    let bytes = read_bounded(path)
        .map_err(|err| vec![io_diagnostic(&name, "cannot read the file", &err)])?;
    let name = if name == STDIO {
        "<stdin>".to_string()
    } else {
        name
    };
    timeline::load(&name, &bytes)
}

/// Reads at most one byte more than a timeline may hold, so that a huge file is refused
/// without being read whole.
fn read_bounded(path: &Path) -> io::Result<Vec<u8>> {
    let limit = u64::try_from(MAX_FILE_BYTES + 1).unwrap_or(u64::MAX);
    let mut bytes = Vec::new();
    if path.as_os_str() == STDIO {
        io::stdin().lock().take(limit).read_to_end(&mut bytes)?;
    } else {
        File::open(path)?.take(limit).read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}

/// An I/O failure on `path` as a diagnostic, in words that do not depend on the platform.
pub fn io_diagnostic(path: &str, doing: &str, err: &io::Error) -> Diagnostic {
    let reason = match err.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "it is a directory".to_string(),
        io::ErrorKind::NotADirectory => "a part of the path is not a directory".to_string(),
        io::ErrorKind::AlreadyExists => "a file is in the way".to_string(),
        io::ErrorKind::InvalidData => "it is not UTF-8 text".to_string(),
        _ => err.to_string(),
    };
    Diagnostic::new(path, format!("{doing}: {reason}"))
}

/// Prints diagnostics on standard error, each followed by a blank line.
pub fn print_diagnostics(diagnostics: &[Diagnostic]) {
    let mut err = io::stderr().lock();
    for diagnostic in diagnostics {
        // Nothing useful can be done if standard error is closed.
        let _ = writeln!(err, "{diagnostic}");
    }
}

/// Writes `bytes` to `path` so that readers see the old file or the new one, never a part:
/// a temporary file in the same directory, flushed to disk, then renamed over the target.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy());
    let (temp, mut file) = create_temporary(dir, &name)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| fs::rename(&temp, path));
    if written.is_err() {
        // The target is untouched; only our partial temporary file is removed.
        let _ = fs::remove_file(&temp);
    }
    written
}

/// A new file `.NAME.PID-N.tmp` in `dir`; N counts past leftovers of a crashed run.
fn create_temporary(dir: &Path, name: &str) -> io::Result<(PathBuf, File)> {
    let mut n = 0;
    loop {
        let temp = dir.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).open(&temp) {
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists && n < 100 => n += 1,
            opened => return opened.map(|file| (temp, file)),
        }
    }
}

/// Writes to standard output; a reader that stops early (`| head`) is not an error.
pub fn write_stdout(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// A path as shown to the user, with `/` separators on every platform.
pub fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("chart.svg");
        fs::write(&target, "old").unwrap();
        write_atomic(&target, b"new").unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["chart.svg"]);
    }

    #[test]
    fn a_leftover_temporary_file_is_neither_reused_nor_removed() {
        let dir = tempfile::tempdir().unwrap();
        let leftover = dir
            .path()
            .join(format!(".chart.svg.{}-0.tmp", std::process::id()));
        fs::write(&leftover, "leftover").unwrap();
        write_atomic(&dir.path().join("chart.svg"), b"new").unwrap();
        assert_eq!(fs::read_to_string(&leftover).unwrap(), "leftover");
        assert_eq!(
            fs::read_to_string(dir.path().join("chart.svg")).unwrap(),
            "new"
        );
    }

    #[test]
    fn a_failed_atomic_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        // Renaming a file over a non-empty directory fails.
        let target = dir.path().join("chart.svg");
        fs::create_dir(&target).unwrap();
        fs::write(target.join("keep"), "kept").unwrap();
        assert!(write_atomic(&target, b"new").is_err());
        assert_eq!(fs::read_to_string(target.join("keep")).unwrap(), "kept");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
