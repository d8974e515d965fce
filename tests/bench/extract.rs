//! Extraction speed as a ratio to tagging alone, over the same corpus in the same run.
//!
//! `timeliner::events` has no public extraction function yet, so this benchmark says so and
//! stops; it is wired to that function as soon as the events branch exposes one.

fn main() {
    println!(
        "extract benchmark skipped: timeliner::events exposes no extraction function yet \
         (the tagging throughput is `cargo bench --bench tag`)"
    );
}
