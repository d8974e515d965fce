//! The SVG and PNG writers: well-formed, self-contained, accessible, deterministic, and the
//! committed gallery is what the code draws (`MAKE_REF=1 cargo test --test render_svg`
//! rewrites it after a deliberate change).

use std::fs;
use std::path::Path;

use timeliner::render::{render_png, render_svg};
use timeliner::timeline::Timeline;

fn load(path: &Path) -> Timeline {
    let name = path.display().to_string();
    timeliner::timeline::load(&name, &fs::read(path).unwrap())
        .unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

fn gallery() -> Vec<(String, Timeline)> {
    let mut files: Vec<_> = fs::read_dir("data/gallery")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                load(&p),
            )
        })
        .collect()
}

/// Checks what every chart must be, and returns the parsed document's event count.
fn check_document(svg: &str) -> usize {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not XML: {e}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    let children: Vec<_> = root
        .children()
        .filter(roxmltree::Node::is_element)
        .collect();
    assert_eq!(children[0].tag_name().name(), "title");
    assert_eq!(children[1].tag_name().name(), "desc");
    let lower = svg.to_ascii_lowercase();
    for forbidden in [
        "<script",
        "href",
        "url(",
        "@import",
        "<image",
        "<foreignobject",
        "javascript:",
    ] {
        assert!(!lower.contains(forbidden), "{forbidden} in the SVG");
    }
    let events: Vec<_> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("event"))
        .collect();
    for event in &events {
        let kids: Vec<_> = event
            .children()
            .filter(roxmltree::Node::is_element)
            .collect();
        assert_eq!(kids[0].tag_name().name(), "title");
        assert_eq!(kids[1].tag_name().name(), "desc");
        assert!(!kids[0].text().unwrap_or("").is_empty());
    }
    // Text is text: every label is a <text> element, never a path outline.
    assert!(doc.descendants().any(|n| n.has_tag_name("text")));
    events.len()
}

#[test]
fn gallery_is_current_and_well_formed() {
    let make_ref = std::env::var_os("MAKE_REF").is_some();
    for (name, timeline) in gallery() {
        let svg = render_svg(&timeline);
        let events = check_document(&svg);
        assert_eq!(events, timeline.events.len(), "{name}: every event drawn");
        let path = format!("output/gallery/{name}.svg");
        if make_ref {
            fs::write(&path, &svg).unwrap();
        } else {
            let committed = fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == svg,
                "{path} is stale: run MAKE_REF=1 cargo test --test render_svg"
            );
        }
    }
}

#[test]
fn same_timeline_same_bytes() {
    for (_, timeline) in gallery() {
        assert_eq!(render_svg(&timeline), render_svg(&timeline));
    }
}

#[test]
fn hostile_text_is_escaped_and_controls_removed() {
    let yaml = "title: \"<script>alert(1)</script> & \\\"quotes\\\" \\u0007bell\"\nsubtitle: \"]]><!-- x\"\nevents:\n  - id: \"a<b\"\n    date: 2019\n    title: \"<img src=x onerror=alert(1)> \\u001b[31mred\"\n    source: s\nsources:\n  - {id: s, title: \"A & B's <report>\", url: \"javascript:alert(1)\"}\n";
    let timeline: Timeline = serde_yaml::from_str(yaml).unwrap();
    let svg = render_svg(&timeline);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    assert!(
        !doc.descendants()
            .any(|n| n.has_tag_name("script") || n.has_tag_name("img"))
    );
    assert!(!svg.contains('\u{7}') && !svg.contains('\u{1b}'));
    let title = doc.descendants().find(|n| n.has_tag_name("title")).unwrap();
    assert_eq!(
        title.text(),
        Some("<script>alert(1)</script> & \"quotes\" bell")
    );
    let event_desc = doc
        .descendants()
        .filter(|n| n.has_tag_name("desc"))
        .nth(1)
        .unwrap();
    assert_eq!(
        event_desc.text(),
        Some("2019: <img src=x onerror=alert(1)> [31mred. Source: A & B's <report>.")
    );
}

#[test]
fn every_event_describes_date_title_and_source() {
    let (_, timeline) = gallery()
        .into_iter()
        .find(|(n, _)| n == "korea-dark")
        .unwrap();
    let svg = render_svg(&timeline);
    assert!(svg.contains(
        "<g class=\"event\"><title>21 Sep 2025: Kim recalls &quot;fond memories&quot; of Trump</title><desc>21 Sep 2025: Kim recalls &quot;fond memories&quot; of Trump. Source: Kim Jong Un says open to US talks if Washington drops denuclearisation demand.</desc>"
    ));
    assert!(
        svg.contains("<desc>31 Oct 2025 – 1 Nov 2025: APEC summit in Gyeongju. Planned. Source:")
    );
}

#[test]
fn png_uses_the_bundled_font_on_a_bare_machine() {
    let (_, timeline) = gallery().into_iter().find(|(n, _)| n == "rome").unwrap();
    let png = render_png(&timeline).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    // Width from the IHDR chunk: twice the SVG's 1200 pixels.
    assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 2400);
}
