//! The JSON Schema of the timeline file, version 1, generated from the model types the loader
//! reads (`schemars` derives on `timeline::model`), so the two cannot drift apart. It is
//! draft-07, which YAML editors (yaml-language-server) understand.

use crate::timeline::Timeline;

/// The schema as pretty-printed JSON with a final newline.
///
/// # Example
/// ```
/// let schema: serde_json::Value =
///     serde_json::from_slice(&timeliner::formats::schema::write()).unwrap();
/// assert_eq!(schema["additionalProperties"], false);
/// ```
#[must_use]
pub fn write() -> Vec<u8> {
    let mut schema = schemars::generate::SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<Timeline>();
    schema.insert(
        "title".into(),
        "timeliner timeline, format version 1".into(),
    );
    let mut bytes = serde_json::to_vec_pretty(&schema).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}
