//! The events gold set's scorer (tests/events_gold/score_events.py) passes its own self-test:
//! a synthetic article, gold and extraction with known figures. It needs no corpus, only
//! python3; without python3 the test says so and passes.

use std::process::Command;

#[test]
fn events_gold_scorer_self_test() {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/events_gold/score_events.py"
    );
    let out = match Command::new("python3")
        .arg(script)
        .arg("--self-test")
        .output()
    {
        Ok(out) => out,
        Err(err) => {
            eprintln!("skipped: python3 not found ({err})");
            return;
        }
    };
    assert!(
        out.status.success(),
        "self-test failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
