use super::*;

const SPACE_RACE: &str = include_str!("../../../data/gallery/space-race.yaml");

fn page(yaml: &str) -> String {
    render_html(&serde_yaml::from_str(yaml).unwrap())
}

/// The values of `attr="…"` in order of appearance.
fn attrs<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let key = format!(" {attr}=\"");
    html.match_indices(&key)
        .map(|(i, _)| {
            let rest = &html[i + key.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).unwrap();
    let to = from + html[from..].find(end).unwrap() + end.len();
    &html[from..to]
}

#[test]
fn the_list_holds_the_events_the_chart_draws() {
    let html = page(SPACE_RACE);
    let svg = between(&html, "<svg", "</svg>\n");
    let list = between(&html, "<ol id=\"events\"", "</ol>");
    let mut drawn = attrs(svg, "data-id");
    let mut listed = attrs(list, "data-id");
    assert!(drawn.len() > 20, "{}", drawn.len());
    assert_eq!(listed.len(), drawn.len());
    drawn.sort_unstable();
    listed.sort_unstable();
    assert_eq!(listed, drawn);
    // The script's data lists them in the list's order.
    let data: serde_json::Value = serde_json::from_str(
        between(&html, "{\"vertical\"", "</script>").trim_end_matches("</script>"),
    )
    .unwrap();
    let ids: Vec<&str> = data["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, attrs(list, "data-id"));
    // The inline chart is well-formed XML.
    roxmltree::Document::parse(svg).unwrap();
}

#[test]
fn one_event_is_in_the_tab_order() {
    let html = page(SPACE_RACE);
    let tabs = attrs(between(&html, "<ol id=\"events\"", "</ol>"), "tabindex");
    assert_eq!(tabs[0], "0");
    assert!(tabs[1..].iter().all(|t| *t == "-1"));
}

#[test]
fn filters_list_lanes_and_tags_when_there_is_a_choice() {
    let html = page(SPACE_RACE);
    assert_eq!(attrs(&html, "data-lane"), ["Soviet Union", "United States"]);
    let one_lane = page(
        "title: T\nevents:\n  - {id: a, date: 2019-02-27, title: A, tags: [x]}\n  - {id: b, date: 2019-03-01, title: B}\n",
    );
    assert!(attrs(&one_lane, "data-lane").is_empty());
    // An untagged event is shown by the box with the empty value.
    assert_eq!(attrs(&one_lane, "data-tag"), ["", "x"]);
    assert!(one_lane.contains("checked> (no tag)</label>"));
}

#[test]
fn the_same_timeline_gives_the_same_bytes() {
    assert_eq!(page(SPACE_RACE), page(SPACE_RACE));
}

#[test]
fn the_page_needs_nothing_from_the_network() {
    let html = page(SPACE_RACE);
    assert!(html.contains("default-src 'none'"));
    for fetch in ["src=\"http", "href=\"//", "@import", "url(http", "url(//"] {
        assert!(!html.contains(fetch), "{fetch}");
    }
    assert_eq!(html.matches("src:url(data:font/ttf;base64,").count(), 2);
}

#[test]
fn hostile_text_stays_text() {
    let yaml = r#"
title: "</script><script>alert(1)</script>"
subtitle: "<img src=x onerror=alert(2)>"
eras:
  - {title: "<img src=y>", start: 2019, end: 2020}
sources:
  - {id: s, title: "\"><b>s</b>", url: "javascript:alert(3)"}
  - {id: w, title: Web, url: "https://example.org/?a=1&b=\"2\""}
events:
  - id: "\"><x"
    date: 2019-02-27
    title: "</script><!-- '\" &amp;"
    lane: "</script>"
    tags: ["<!--", "a\"b"]
    quote: "</blockquote><script>alert(4)</script>"
    source: s
  - {id: b, date: 2019-03-01, title: B, source: w, lane: x}
"#;
    let html = page(yaml);
    assert!(!html.contains("alert(1)</script>"));
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains("<img"));
    assert!(!html.contains("<!--"));
    assert!(!html.contains("<b>"));
    // The address is shown as text, never as a link.
    assert!(!html.contains("href=\"javascript:"));
    // Only our two scripts open and close.
    assert_eq!(html.matches("<script").count(), 2);
    assert_eq!(html.matches("</script>").count(), 2);
    let json = between(&html, "<script type=\"application/json\"", "</script>");
    assert!(json.contains(r#""id":"\"\u003e\u003cx""#), "{json}");
    assert!(json.contains(r#""lane":"\u003c/script\u003e""#), "{json}");
    assert!(json.contains(r#""\u003c!--""#), "{json}");
    assert!(html.contains("<p class=\"title\">&lt;/script&gt;&lt;!-- '&quot; &amp;amp;</p>"));
    assert!(html.contains("<li data-id=\"&quot;&gt;&lt;x\""));
    assert!(html.contains("Source: &quot;&gt;&lt;b&gt;s&lt;/b&gt;</p>"));
    assert!(html.contains(
        "<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\" rel=\"noopener noreferrer\">Web</a>"
    ));
}

#[test]
fn script_safe_json_reads_back_the_same() {
    let text = "</script><!-- a & b -->";
    let json = serde_json::to_string(text).unwrap();
    let safe = script_safe(&json);
    assert!(!safe.contains('<') && !safe.contains('>') && !safe.contains('&'));
    assert_eq!(serde_json::from_str::<String>(&safe).unwrap(), text);
}

#[test]
fn theme_follows_the_timeline_then_the_reader() {
    let html = page(SPACE_RACE);
    assert!(html.starts_with("<!doctype html>\n<html lang=\"en\">\n"));
    assert!(html.contains("@media (prefers-color-scheme: dark){:root:not([data-theme=light])"));
    let dark = page("title: T\nchart: {theme: dark}\nevents: []\n");
    assert!(dark.starts_with("<!doctype html>\n<html lang=\"en\" data-theme=\"dark\">\n"));
}
