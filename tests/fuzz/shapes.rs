//! Shapes of real inputs that mutation alone rarely builds, shared by the stable driver and the
//! cargo-fuzz targets: an article's front matter, dateline, line endings and byte-order mark;
//! a timeline's YAML anchors and aliases and its chart sizes. `choice` picks the variant
//! (any number will do: the driver draws it, a cargo-fuzz target reads it from its input).

/// Front matter written the ways people write it: the first-line field, the field followed by
/// a blank line, a `---` block, a `---` block with other fields.
const FRONT_MATTER: &[&str] = &[
    "",
    "date: 2025-09-22\n",
    "date: 2025-09-22\n\n",
    "---\ndate: 2025-09-22\n---\n",
    "---\ntitle: Talks\ndate: 2025-09-22\nsource: wire\n---\n\n",
    "date: 2025-09-22\n\n\n",
    "date:2025-09-22\n",
];

/// News datelines: city, date, agency, and the dash that ends them.
const DATELINES: &[&str] = &[
    "",
    "SEOUL, Sept. 22 (Reuters) - ",
    "WASHINGTON (AP) \u{2014} ",
    "LONDON, March 3, 2019 /PRNewswire/ -- ",
    "HANOI, Vietnam, Feb. 28 (Reuters) -\n",
    "PARIS \u{2014} ",
];

/// `body` as an article: maybe a byte-order mark, front matter, a dateline, CRLF line ends.
pub fn article(choice: u64, body: &[u8]) -> Vec<u8> {
    #[expect(
        clippy::cast_possible_truncation,
        reason = "any bits of the choice will do"
    )]
    let pick = |items: &[&'static str], shift: u32| {
        items[(choice >> shift) as usize % items.len()].as_bytes()
    };
    let mut out = Vec::new();
    if choice & 1 == 1 {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    out.extend_from_slice(pick(FRONT_MATTER, 1));
    out.extend_from_slice(pick(DATELINES, 8));
    out.extend_from_slice(body);
    if choice >> 16 & 1 == 1 {
        let mut crlf = Vec::with_capacity(out.len() + out.len() / 16);
        for &b in &out {
            if b == b'\n' {
                crlf.push(b'\r');
            }
            crlf.push(b);
        }
        out = crlf;
    }
    out
}

/// Chart sizes around the limits: the clamps of the layout, the PNG pixel bound, `u32`.
const SIZES: &[&str] = &[
    "0",
    "1",
    "319",
    "320",
    "1200",
    "4000",
    "4001",
    "9999",
    "20000",
    "20001",
    "100000",
    "1000000",
    "5000000",
    "4294967295",
    "4294967296",
    "-1",
    "1e9",
    "\"400\"",
    "null",
];

/// A timeline that anchors a title, a lane and an event and aliases them, with chart sizes
/// drawn from [`SIZES`].
pub fn timeline(choice: u64) -> String {
    #[expect(
        clippy::cast_possible_truncation,
        reason = "any bits of the choice will do"
    )]
    let size = |shift: u32| SIZES[(choice >> shift) as usize % SIZES.len()];
    let orientation = ["auto", "horizontal", "vertical"][(choice >> 10) as usize % 3];
    let copies = 1 + (choice >> 12) as usize % 8;
    let mut yaml = format!(
        "title: &t \"Aliased title\"\nsubtitle: *t\nchart:\n  width: {}\n  height: {}\n  \
         orientation: {orientation}\n  lanes: &lanes [Diplomacy, Military]\nsources:\n  - &s \
         {{id: wire, title: *t}}\neras:\n  - {{title: *t, start: 2019, end: ongoing}}\nevents:\n  \
         - &e {{id: e0, date: 2019-02-27, title: *t, lane: &l Diplomacy, source: wire}}\n",
        size(0),
        size(5),
    );
    for n in 1..=copies {
        let line = match (choice >> (16 + n)) % 4 {
            0 => format!(
                "  - {{id: e{n}, date: 2019-0{}, title: *t, lane: *l}}\n",
                1 + n % 9
            ),
            1 => format!("  - {{<<: *e, id: e{n}}}\n"),
            2 => format!("  - {{id: e{n}, date: *t, title: *t}}\n"),
            _ => format!("  - {{id: e{n}, date: 2020, end: ongoing, title: *t, tags: *lanes}}\n"),
        };
        yaml.push_str(&line);
    }
    if choice >> 30 & 1 == 1 {
        // An alias of a whole event repeats its id.
        yaml.push_str("  - *e\n");
    }
    yaml
}
