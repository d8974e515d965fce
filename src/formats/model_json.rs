//! The timeline itself as JSON: every field of the YAML model, the same keys, through serde.

use super::exchange::Exported;
use crate::timeline::Timeline;

/// The timeline as pretty-printed JSON; nothing is left out (comments are not part of the
/// model, so no format keeps them).
///
/// # Example
/// ```
/// use timeliner::formats::model_json;
/// let t = timeliner::timeline::load("t", b"title: T\nevents:\n- {id: a, date: ~2019, title: A}\n").unwrap();
/// let json = String::from_utf8(model_json::write(&t).bytes).unwrap();
/// assert!(json.contains("\"date\": \"~2019\""));
/// ```
#[must_use]
pub fn write(timeline: &Timeline) -> Exported {
    let mut bytes = serde_json::to_vec_pretty(timeline).unwrap_or_default();
    bytes.push(b'\n');
    Exported {
        bytes,
        dropped: Vec::new(),
    }
}
