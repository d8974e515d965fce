//! Two `extract -o` runs into one timeline at once, as parallel scripts do: neither loses
//! the other's events, whether the file exists already or both would create it.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

const ROUNDS: usize = 100;

fn spawn(dir: &Path, article: &str) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_timeliner"))
        .current_dir(dir)
        .args(["extract", article, "-o", "t.yaml"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn two_extracts_into_one_file_lose_nothing() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("concurrency");
    let _ = fs::remove_dir_all(&root);
    for round in 0..ROUNDS {
        let dir = root.join(round.to_string());
        fs::create_dir_all(&dir).unwrap();
        fs::write(
            dir.join("a.txt"),
            "date: 2025-09-22\nTalks broke down in 2019.\n",
        )
        .unwrap();
        fs::write(
            dir.join("b.txt"),
            "date: 2025-09-22\nThe summit opened in 2023.\n",
        )
        .unwrap();
        if round % 2 == 1 {
            fs::write(dir.join("t.yaml"), "title: T\n").unwrap();
        }
        let (mut a, mut b) = (spawn(&dir, "a.txt"), spawn(&dir, "b.txt"));
        assert!(a.wait().unwrap().success() && b.wait().unwrap().success());
        let timeline = fs::read_to_string(dir.join("t.yaml")).unwrap();
        for id in ["2019-talks-broke", "2023-summit-opened"] {
            assert!(
                timeline.contains(id),
                "round {round}: {id} lost:\n{timeline}"
            );
        }
        let names: Vec<_> = fs::read_dir(&dir).unwrap().collect();
        assert_eq!(names.len(), 3, "round {round}: a temporary file was left");
    }
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn two_extracts_at_once_one_joining_the_files_event_lose_nothing() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("concurrency_join");
    let _ = fs::remove_dir_all(&root);
    for round in 0..ROUNDS / 5 {
        let dir = root.join(round.to_string());
        fs::create_dir_all(&dir).unwrap();
        for (name, text) in [
            (
                "a.txt",
                "date: 2013-02-13\nRebel fighters seized the Goma airport on Tuesday.\n",
            ),
            (
                "b.txt",
                "date: 2013-02-14\nRebels seized the airport in Goma on Tuesday.\n",
            ),
            (
                "c.txt",
                "date: 2013-02-14\nAid groups left the city on Wednesday.\n",
            ),
        ] {
            fs::write(dir.join(name), text).unwrap();
        }
        assert!(spawn(&dir, "a.txt").wait().unwrap().success());
        let (mut b, mut c) = (spawn(&dir, "b.txt"), spawn(&dir, "c.txt"));
        assert!(b.wait().unwrap().success() && c.wait().unwrap().success());
        let timeline = fs::read_to_string(dir.join("t.yaml")).unwrap();
        for told in [
            "  - source: a\n",
            "  - source: b\n",
            "- id: 2013-02-13-aid-groups",
        ] {
            assert_eq!(
                timeline.matches(told).count(),
                1,
                "round {round}: {told}:\n{timeline}"
            );
        }
    }
    let _ = fs::remove_dir_all(&root);
}
