//! The web page: one self-contained HTML file with the chart (the SVG inline), zoom and pan
//! along time, the events as a list beside it, filters by lane and by tag, and the reader's
//! light or dark theme with a switch.
//!
//! Nothing is fetched: the font, the style sheet and the script are inside the file, and its
//! Content-Security-Policy refuses any other source. The script and style sheet are
//! `data/web/page.js` and `page.css`, kept as files so that they can be read and linted. The
//! output is deterministic like the SVG's: the same timeline gives the same bytes.
//!
//! All user text goes through the XML escape; the few values the script needs (each event's
//! id, lane and tags) travel as JSON in a `<script type="application/json">`, with `<`, `>`
//! and `&` written as `\u003c`… so that a title such as `</script>` cannot end the block.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::Serialize;

use super::{DARK, LIGHT, Palette, Target, svg_text, write_svg};
use crate::layout::{self, Item, LaneNames, OTHER_LANE, Style, font};
use crate::timeline::model::Theme;
use crate::timeline::{Event, Source, Status, Timeline};

const PAGE_CSS: &str = include_str!("../../data/web/page.css");
const PAGE_JS: &str = include_str!("../../data/web/page.js");

/// The label of the filter box for events with no tag (its value is empty, which no tag is).
const NO_TAG: &str = "(no tag)";

/// One event of the list, as the script sees it.
#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    lane: &'a str,
    tags: Vec<String>,
}

#[derive(Serialize)]
struct PageData<'a> {
    vertical: bool,
    width: i32,
    height: i32,
    events: Vec<Row<'a>>,
}

/// Renders a timeline as a self-contained HTML page.
///
/// # Example
/// ```
/// use timeliner::render::render_html;
/// use timeliner::timeline::Timeline;
///
/// let timeline: Timeline = serde_yaml::from_str(
///     "title: \"</script><b>\"\nevents:\n  - {id: a, date: 2019-02-27, title: Hanoi}\n",
/// ).unwrap();
/// let page = render_html(&timeline);
/// assert!(page.starts_with("<!doctype html>"));
/// assert!(page.contains("<h1>&lt;/script&gt;&lt;b&gt;</h1>"));
/// ```
#[must_use]
pub fn render_html(timeline: &Timeline) -> String {
    let scene = layout::layout(timeline, &Style::default());
    let by_id: HashMap<String, &Event> = timeline
        .events
        .iter()
        .map(|e| (layout::clean(&e.id), e))
        .collect();
    // The list holds exactly the events the chart draws, in order of date.
    let mut shown: Vec<(&str, &Event)> = scene
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Event { id, .. } => by_id.get(id).map(|e| (id.as_str(), *e)),
            _ => None,
        })
        .collect();
    shown.sort_by_key(|(id, e)| (e.date.first_day(), *id));

    let lane_names = LaneNames::new(timeline);
    let mut lanes: Vec<String> = shown.iter().map(|(_, e)| lane_names.raw(e)).collect();
    let distinct: BTreeSet<&str> = lanes.iter().map(String::as_str).collect();
    let several_lanes = distinct.len() > 1;
    if several_lanes {
        for lane in &mut lanes {
            if lane.is_empty() {
                *lane = OTHER_LANE.to_string();
            }
        }
    }
    let rows: Vec<Row> = shown
        .iter()
        .zip(&lanes)
        .map(|((id, e), lane)| Row {
            id,
            lane,
            tags: e
                .tags()
                .iter()
                .map(|t| layout::clean(t))
                .filter(|t| !t.is_empty())
                .collect(),
        })
        .collect();

    let svg = write_svg(&scene, Target::Page);
    let sources: HashMap<&str, &Source> = timeline
        .sources
        .iter()
        .map(|s| (s.id.as_str(), s))
        .collect();

    let mut out = String::with_capacity(svg.len() + 1_200_000);
    let theme = match scene.theme {
        Theme::Auto => "",
        Theme::Light => " data-theme=\"light\"",
        Theme::Dark => " data-theme=\"dark\"",
    };
    let _ = writeln!(out, "<!doctype html>\n<html lang=\"en\"{theme}>\n<head>");
    out.push_str("<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // Inline style and script only; fonts from the page itself; nothing from the network.
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'; font-src data:; img-src data:\">\n",
    );
    out.push_str("<meta name=\"color-scheme\" content=\"light dark\">\n");
    let _ = writeln!(out, "<title>{}</title>", svg_text(&scene.title));
    let _ = writeln!(out, "<style>\n{}{}</style>", font_faces(), theme_css());
    let _ = writeln!(out, "<style>\n{PAGE_CSS}</style>\n</head>\n<body>");

    out.push_str("<header>\n");
    let _ = writeln!(out, "<h1>{}</h1>", svg_text(&scene.title));
    write_controls(&mut out);
    write_filters(&mut out, &rows, several_lanes);
    out.push_str("</header>\n<main>\n");
    out.push_str(
        "<figure class=\"chart\" id=\"chart\" tabindex=\"0\" aria-label=\"Chart: arrow keys \
         move along time, + and - zoom, 0 resets\">\n",
    );
    out.push_str(&svg);
    out.push_str("</figure>\n");
    write_list(&mut out, &shown, &rows, &sources);
    out.push_str("</main>\n");

    let data = PageData {
        vertical: scene.vertical,
        width: scene.width,
        height: scene.height,
        events: rows,
    };
    // Serialising plain strings and numbers cannot fail.
    let json = serde_json::to_string(&data).unwrap_or_default();
    let _ = writeln!(
        out,
        "<script type=\"application/json\" id=\"page-data\">{}</script>",
        script_safe(&json)
    );
    let _ = writeln!(out, "<script>\n{PAGE_JS}</script>\n</body>\n</html>");
    out
}

/// JSON that cannot close its `<script>` element or open a comment there: `<`, `>` and `&`
/// as JSON escapes (the parser reads them back as the same characters).
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The bundled font, so the labels have the widths the layout measured on every machine.
fn font_faces() -> String {
    let mut css = String::new();
    for (weight, data) in [("normal", font::REGULAR), ("bold", font::BOLD)] {
        let _ = writeln!(
            css,
            "@font-face{{font-family:'Liberation Sans';font-weight:{weight};\
             src:url(data:font/ttf;base64,{}) format('truetype')}}",
            STANDARD.encode(data)
        );
    }
    css
}

/// The page's colours, from the chart's palettes, for the same three cases as the chart:
/// the light palette, the dark one where the reader prefers it, and the reader's switch.
fn theme_css() -> String {
    let vars = |p: &Palette| {
        format!(
            "--bg:{};--ink:{};--muted:{};--accent:{};--rule:{};--band:{};",
            p.background, p.ink, p.muted, p.event, p.rule, p.eras[0]
        )
    };
    format!(
        ":root{{{}color-scheme:light}}\n\
         @media (prefers-color-scheme: dark){{:root:not([data-theme=light]){{{}color-scheme:dark}}}}\n\
         :root[data-theme=dark]{{{}color-scheme:dark}}\n",
        vars(&LIGHT),
        vars(&DARK),
        vars(&DARK)
    )
}

fn write_controls(out: &mut String) {
    out.push_str(
        "<div class=\"controls\" role=\"toolbar\" aria-label=\"Chart\" aria-controls=\"chart\">\n",
    );
    for (act, label, text) in [
        ("zoom-in", "Zoom in", "+"),
        ("zoom-out", "Zoom out", "−"),
        ("reset", "Show the whole chart", "Fit"),
        ("back", "Earlier", "◀"),
        ("forward", "Later", "▶"),
    ] {
        let _ = writeln!(
            out,
            "<button type=\"button\" data-act=\"{act}\" aria-label=\"{label}\" title=\"{label}\">{text}</button>"
        );
    }
    out.push_str(
        "<button type=\"button\" id=\"theme\" aria-pressed=\"false\">Dark theme</button>\n</div>\n",
    );
}

/// A group of checkboxes, one per lane or tag, all ticked; none when there is only one.
fn write_filters(out: &mut String, rows: &[Row], several_lanes: bool) {
    let lanes: BTreeSet<&str> = if several_lanes {
        rows.iter().map(|r| r.lane).collect()
    } else {
        BTreeSet::new()
    };
    let mut tags: BTreeSet<&str> = rows
        .iter()
        .flat_map(|r| r.tags.iter().map(String::as_str))
        .collect();
    if !tags.is_empty() && rows.iter().any(|r| r.tags.is_empty()) {
        tags.insert("");
    }
    for (legend, kind, names) in [("Lanes", "lane", lanes), ("Tags", "tag", tags)] {
        if names.len() < 2 {
            continue;
        }
        let _ = writeln!(out, "<fieldset class=\"filter\"><legend>{legend}</legend>");
        for name in names {
            let label = if name.is_empty() { NO_TAG } else { name };
            let _ = writeln!(
                out,
                "<label><input type=\"checkbox\" data-{kind}=\"{}\" checked> {}</label>",
                svg_text(name),
                svg_text(label)
            );
        }
        out.push_str("</fieldset>\n");
    }
}

/// The status as a class name and as words.
fn status_text(status: Status) -> (&'static str, &'static str) {
    match status {
        Status::Happened => ("happened", "happened"),
        Status::Planned => ("planned", "planned"),
        Status::Reported => ("reported", "reported, not confirmed"),
    }
}

fn write_list(
    out: &mut String,
    shown: &[(&str, &Event)],
    rows: &[Row],
    sources: &HashMap<&str, &Source>,
) {
    let _ = writeln!(
        out,
        "<section class=\"events\" aria-labelledby=\"events-heading\">\n\
         <h2 id=\"events-heading\">Events <span id=\"shown\">{0}</span> of {0}</h2>\n\
         <ol id=\"events\" aria-label=\"Events in order of date; arrow keys move between them\">",
        rows.len()
    );
    for (i, ((id, event), row)) in shown.iter().zip(rows).enumerate() {
        let tabindex = if i == 0 { 0 } else { -1 };
        let _ = writeln!(
            out,
            "<li data-id=\"{}\" tabindex=\"{tabindex}\" class=\"st-{}\">",
            svg_text(id),
            status_text(event.status).0
        );
        let _ = write!(
            out,
            "<p class=\"meta\"><span class=\"date\">{}</span> <span class=\"status\">{}</span>",
            svg_text(&layout::date_text(event)),
            status_text(event.status).1
        );
        if !row.lane.is_empty() {
            let _ = write!(out, " <span class=\"lane\">{}</span>", svg_text(row.lane));
        }
        let _ = writeln!(
            out,
            "</p>\n<p class=\"title\">{}</p>",
            svg_text(&layout::clean(&event.title))
        );
        if let Some(desc) = event.description() {
            let _ = writeln!(
                out,
                "<p class=\"desc\">{}</p>",
                svg_text(&layout::clean(desc))
            );
        }
        if let Some(quote) = &event.quote {
            let _ = writeln!(
                out,
                "<blockquote>{}</blockquote>",
                svg_text(&layout::clean(quote))
            );
        }
        if let Some(source) = event.source.as_deref() {
            write_source(out, source, sources.get(source).copied());
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</section>\n");
}

/// The source's title, a link when its address is on the web: other schemes (`javascript:`,
/// `file:`) are shown as text, never followed.
fn write_source(out: &mut String, id: &str, source: Option<&Source>) {
    let title = source.map_or(id, |s| s.title.as_str());
    let title = svg_text(&layout::clean(title));
    let url = source
        .and_then(|s| s.url.as_deref())
        .map(str::trim)
        .filter(|u| {
            let lower = u.to_ascii_lowercase();
            lower.starts_with("https://") || lower.starts_with("http://")
        });
    match url {
        Some(url) => {
            let _ = writeln!(
                out,
                "<p class=\"source\">Source: <a href=\"{}\" rel=\"noopener noreferrer\">{title}</a></p>",
                svg_text(url)
            );
        }
        None => {
            let _ = writeln!(out, "<p class=\"source\">Source: {title}</p>");
        }
    }
}

#[cfg(test)]
mod tests;
