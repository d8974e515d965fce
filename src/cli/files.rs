//! Reading timelines and writing charts for the subcommands: bounded reads, atomic writes,
//! I/O errors reported as diagnostics, and printing diagnostics.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
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
    let limit = limit(MAX_FILE_BYTES);
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
    Diagnostic::new(path, format!("{doing}: {}", reason(err)))
}

/// Why an I/O operation failed, in words that do not depend on the platform.
pub fn reason(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "it is a directory".to_string(),
        io::ErrorKind::NotADirectory => "a part of the path is not a directory".to_string(),
        io::ErrorKind::AlreadyExists => "a file is in the way".to_string(),
        io::ErrorKind::InvalidData => "it is not UTF-8 text".to_string(),
        _ => err.to_string(),
    }
}

/// Prints diagnostics on standard error, each followed by a blank line.
pub fn print_diagnostics(diagnostics: &[Diagnostic]) {
    let mut err = io::stderr().lock();
    for diagnostic in diagnostics {
        // Nothing useful can be done if standard error is closed.
        let _ = writeln!(err, "{diagnostic}");
    }
}

/// The timeline `name` holds (`old`), loaded as `check` loads it, for `command` to add to; a
/// file `check` rejects is never changed: its problems are printed and the error says so.
pub fn load_for_update(name: &str, old: &[u8], command: &str) -> anyhow::Result<Timeline> {
    timeline::load(name, old).map_err(|diagnostics| {
        print_diagnostics(&diagnostics);
        anyhow::anyhow!(
            "{name}: {} in the timeline; {command} never changes a file that `check` rejects\n  \
             hint: fix the file (or {command} to a new one with -o)",
            super::count(diagnostics.len(), "problem")
        )
    })
}

/// How temporary files are named: `.NAME.` + six random characters + this suffix. `build`
/// removes stale ones (see [`is_temporary_name`]).
const TEMP_SUFFIX: &str = ".tmp";
/// How many random characters the temporary name holds.
const TEMP_RANDOM: usize = 6;

/// Writes `bytes` to `path` so that readers see the old file or the new one, never a part:
/// see [`stage`] and [`Staged::commit`].
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    stage(path, bytes)?.commit()
}

/// New contents written beside their target, ready to replace it.
pub struct Staged {
    temp: tempfile::NamedTempFile,
    target: PathBuf,
}

/// Writes `bytes` to a new temporary file beside the file `path` names: created exclusively
/// under a name no one can predict, with the target's permissions, flushed to disk. A
/// symbolic link is followed, so the file it names is the one replaced and the link stays;
/// anything that is not a regular file (a directory, FIFO or device) is refused.
pub fn stage(path: &Path, bytes: &[u8]) -> io::Result<Staged> {
    stage_with(path, |file| file.write_all(bytes))
}

/// Like [`stage`], with the contents written by `write` (a stream too large to hold).
pub fn stage_with(
    path: &Path,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<Staged> {
    let target = real_target(path)?;
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = target
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy());
    let existing = fs::metadata(&target).ok();
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(&prefix)
        .suffix(TEMP_SUFFIX)
        .rand_bytes(TEMP_RANDOM);
    #[cfg(unix)]
    {
        // A new file gets the usual mode (the umask applies); an old one keeps its own below.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(dir)?;
    write(temp.as_file_mut())?;
    if let Some(old) = existing {
        temp.as_file().set_permissions(old.permissions())?;
    }
    temp.as_file().sync_all()?;
    Ok(Staged { temp, target })
}

impl Staged {
    /// Renames the new contents over the target (a dropped `Staged` removes its file).
    pub fn commit(self) -> io::Result<()> {
        self.temp.persist(&self.target).map_err(|err| err.error)?;
        sync_parent(&self.target);
        Ok(())
    }

    /// Like [`Staged::commit`] for a file that must not exist yet: fails with
    /// `AlreadyExists`, changing nothing, when someone created it meanwhile.
    fn commit_new(self) -> io::Result<()> {
        self.temp
            .persist_noclobber(&self.target)
            .map_err(|err| err.error)?;
        sync_parent(&self.target);
        Ok(())
    }
}

/// Makes a rename durable; a folder that cannot be synced (some file systems) is no error.
fn sync_parent(path: &Path) {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = File::open(dir).and_then(|d| d.sync_all());
    }
}

/// The file a write to `path` lands in: `path`, or what its symbolic links lead to.
fn real_target(path: &Path) -> io::Result<PathBuf> {
    let mut target = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&target) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = fs::read_link(&target)?;
                target = match target.parent() {
                    Some(dir) => dir.join(link),
                    None => link,
                };
            }
            Ok(meta) if !meta.is_file() => {
                return Err(io::Error::other(
                    "it is not a regular file (a directory, FIFO or device); \
                     timeliner replaces only regular files (write to standard output with `-o -`)",
                ));
            }
            // A regular file, or none yet (other errors show when it is written).
            _ => return Ok(target),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// How many symbolic links are followed, as Linux does.
const MAX_LINKS: usize = 40;

/// Whether a file name is a temporary file of [`stage`] (`.NAME.XXXXXX.tmp`).
pub fn is_temporary_name(name: &str) -> bool {
    let Some(inner) = name
        .strip_prefix('.')
        .and_then(|n| n.strip_suffix(TEMP_SUFFIX))
    else {
        return false;
    };
    inner.len() > TEMP_RANDOM + 1
        && inner.is_char_boundary(inner.len() - TEMP_RANDOM - 1)
        && inner[inner.len() - TEMP_RANDOM - 1..].starts_with('.')
        && inner[inner.len() - TEMP_RANDOM..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric())
}

/// Runs a read-merge-write of the file `path` so that no one else's write is lost.
///
/// `merge` gets the file's bytes (`None`: no file yet) and returns what to write (`None`:
/// nothing). Other timeliner processes wait: an advisory lock (`flock`) is held on the file
/// from before it is read until after the new one is renamed over it; a process that waited
/// on a file since replaced starts again on the new one. An editor takes no lock, so the file
/// is read again just before the rename, and if it changed the merge is redone on the new
/// contents. A file created meanwhile by someone else is never replaced unread.
pub fn update<E: From<io::Error>, C: Contents>(
    path: &Path,
    mut merge: impl FnMut(Option<&[u8]>) -> Result<Option<C>, E>,
) -> Result<(), E> {
    let target = real_target(path)?;
    for _ in 0..MAX_TRIES {
        let file = match File::open(&target) {
            Ok(file) => file,
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                let Some(contents) = merge(None)? else {
                    return Ok(());
                };
                match stage_with(&target, |file| contents.write_to(file))?.commit_new() {
                    Err(err) if err.kind() == io::ErrorKind::AlreadyExists => continue,
                    done => return Ok(done?),
                }
            }
            Err(err) => return Err(err.into()),
        };
        file.lock()?;
        let Some(before) = current(&file, &target)? else {
            continue;
        };
        let Some(contents) = merge(Some(&before))? else {
            return Ok(());
        };
        let staged = stage_with(&target, |file| contents.write_to(file))?;
        if current(&file, &target)?.as_deref() == Some(&before[..]) {
            // The lock is released when `file` closes, after the rename.
            return Ok(staged.commit()?);
        }
    }
    Err(io::Error::other("the file kept changing while timeliner added to it; try again").into())
}

/// What [`update`] writes into the new file: bytes, or a stream too large to hold.
pub trait Contents {
    /// Writes the contents to `file`.
    ///
    /// # Errors
    /// The first error writing to `file`.
    fn write_to(self, file: &mut File) -> io::Result<()>;
}

impl Contents for Vec<u8> {
    fn write_to(self, file: &mut File) -> io::Result<()> {
        file.write_all(&self)
    }
}

/// How often [`update`] starts again on a file that others keep changing.
const MAX_TRIES: usize = 100;

/// The bytes `path` holds if it still names the file `held` is open on, else `None`.
fn current(held: &File, path: &Path) -> io::Result<Option<Vec<u8>>> {
    let now = match File::open(path) {
        Ok(now) => now,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(err),
    };
    if !same_file(&held.metadata()?, &now.metadata()?) {
        return Ok(None);
    }
    let mut bytes = Vec::new();
    now.take(limit(MAX_FILE_BYTES)).read_to_end(&mut bytes)?;
    Ok(Some(bytes))
}

#[cfg(unix)]
fn same_file(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    (a.dev(), a.ino()) == (b.dev(), b.ino())
}

#[cfg(not(unix))]
fn same_file(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    (a.len(), a.modified().ok()) == (b.len(), b.modified().ok())
}

/// One byte more than `max`: reading that much tells whether a file is larger.
fn limit(max: usize) -> u64 {
    u64::try_from(max + 1).unwrap_or(u64::MAX)
}

/// The largest article read: far more than any article, small enough to hold in memory.
pub const MAX_ARTICLE_BYTES: usize = 64 * 1024 * 1024;

/// Reads an article (`-`: standard input) as UTF-8 text, saying where it is not, and
/// refuses one larger than [`MAX_ARTICLE_BYTES`] without reading it whole (`/dev/zero`).
pub fn read_article(path: &Path) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    let read = if path.as_os_str() == STDIO {
        io::stdin()
            .lock()
            .take(limit(MAX_ARTICLE_BYTES))
            .read_to_end(&mut bytes)
            .context("cannot read standard input")
    } else {
        File::open(path)
            .and_then(|f| {
                // Room for the whole file at once: read through `take`, it would grow by
                // doubling, to up to twice its size.
                let size = f.metadata().map_or(0, |m| m.len());
                bytes.reserve(usize::try_from(size).map_or(0, |n| n.min(MAX_ARTICLE_BYTES) + 1));
                f.take(limit(MAX_ARTICLE_BYTES)).read_to_end(&mut bytes)
            })
            .with_context(|| format!("cannot read {}", path.display()))
    };
    read?;
    if bytes.len() > MAX_ARTICLE_BYTES {
        bail!(
            "{}: the article is larger than {} MiB, the most timeliner reads from one article\n  \
             hint: split it into several articles",
            path.display(),
            MAX_ARTICLE_BYTES >> 20
        );
    }
    String::from_utf8(bytes).or_else(|error| {
        let offset = error.utf8_error().valid_up_to();
        let before = &error.as_bytes()[..offset];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1;
        bail!(
            "{}:{line}:{column}: invalid UTF-8 at byte {offset}\n  hint: convert the file to UTF-8 first, e.g. `iconv -f latin1 -t utf-8`",
            path.display()
        )
    })
}

/// Writes to standard output; a reader that stops early (`| head`) is not an error.
pub fn write_stdout(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Writes to standard output what `write` writes, as it comes (through a buffer); a reader
/// that closed the pipe is no error.
pub fn write_stdout_with(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
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
    fn temporary_names_are_recognised() {
        assert!(is_temporary_name(".chart.svg.a1B2c3.tmp"));
        for other in [
            "chart.svg",
            ".chart.svg.tmp",
            ".chart.svg.a1B2c.tmp",
            ".x.a1B2-3.tmp",
        ] {
            assert!(!is_temporary_name(other), "{other}");
        }
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

    #[test]
    fn an_edit_made_during_a_merge_is_merged_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("t.yaml");
        fs::write(&target, "old\n").unwrap();
        // The first merge sees "old"; meanwhile an editor saves in place, then one that
        // renames; each time the merge is redone on what the editor wrote.
        let mut seen = Vec::new();
        update(&target, |bytes| {
            let text = String::from_utf8(bytes.unwrap().to_vec()).unwrap();
            match seen.len() {
                0 => fs::write(&target, "edited in place\n").unwrap(),
                1 => write_atomic(&target, b"saved by rename\n").unwrap(),
                _ => {}
            }
            seen.push(text.clone());
            Ok::<_, io::Error>(Some(format!("{text}added\n").into_bytes()))
        })
        .unwrap();
        assert_eq!(seen, ["old\n", "edited in place\n", "saved by rename\n"]);
        assert_eq!(
            fs::read_to_string(&target).unwrap(),
            "saved by rename\nadded\n"
        );
    }

    #[test]
    fn a_file_created_during_a_merge_is_not_replaced_unread() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("t.yaml");
        let mut calls = 0;
        update(&target, |bytes| {
            calls += 1;
            if bytes.is_none() {
                fs::write(&target, "theirs\n").unwrap();
                return Ok::<_, io::Error>(Some(b"mine alone\n".to_vec()));
            }
            Ok(Some([bytes.unwrap(), b"mine\n"].concat()))
        })
        .unwrap();
        assert_eq!(calls, 2);
        assert_eq!(fs::read_to_string(&target).unwrap(), "theirs\nmine\n");
    }

    #[test]
    fn a_file_that_never_stops_changing_is_given_up() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("t.yaml");
        fs::write(&target, "0").unwrap();
        let mut n = 0;
        let err = update(&target, |_| {
            n += 1;
            fs::write(&target, n.to_string()).unwrap();
            Ok::<_, io::Error>(Some(b"mine".to_vec()))
        })
        .unwrap_err();
        assert_eq!(
            reason(&err),
            "the file kept changing while timeliner added to it; try again"
        );
        assert_eq!(fs::read_to_string(&target).unwrap(), MAX_TRIES.to_string());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_cycle_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("b", dir.path().join("a")).unwrap();
        std::os::unix::fs::symlink("a", dir.path().join("b")).unwrap();
        let err = write_atomic(&dir.path().join("a"), b"new").unwrap_err();
        assert_eq!(reason(&err), "too many levels of symbolic links");
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_written_through_modes_kept_and_odd_files_refused() {
        use std::os::unix::fs::{FileTypeExt, PermissionsExt, symlink};
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.yaml");
        fs::write(&real, "old").unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.yaml");
        symlink("real.yaml", &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");
        let mode = fs::metadata(&real).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);

        let fifo = dir.path().join("fifo");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        for odd in [fifo.as_path(), Path::new("/dev/null"), dir.path()] {
            let err = write_atomic(odd, b"new").unwrap_err();
            assert_eq!(
                reason(&err),
                "it is not a regular file (a directory, FIFO or device); timeliner replaces \
                 only regular files (write to standard output with `-o -`)"
            );
        }
        assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
        let mut names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, ["fifo", "link.yaml", "real.yaml"]);
    }
}
