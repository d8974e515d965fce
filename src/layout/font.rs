//! Text measurement with the advance widths of the bundled Liberation Sans (metric-compatible
//! with Arial), so that a box computed here is the box a browser draws with that font.
//! Kerning is ignored: it only narrows Latin text, and the layout keeps a gap between boxes.

use std::sync::OnceLock;

/// Liberation Sans Regular, SIL Open Font License 1.1 (see `data/fonts/LICENSE`).
pub const REGULAR: &[u8] = include_bytes!("../../data/fonts/LiberationSans-Regular.ttf");
/// Liberation Sans Bold, same licence.
pub const BOLD: &[u8] = include_bytes!("../../data/fonts/LiberationSans-Bold.ttf");

/// The `font-family` written into the SVG: the measured font first, then its metric twins.
pub const FAMILY: &str = "'Liberation Sans', Arimo, Arial, Helvetica, sans-serif";

/// Ascent and descent of Liberation Sans in em (hhea 1854/-434 over 2048 units), which is the
/// height a browser gives a text element's bounding box.
pub const ASCENT_EM: f64 = 0.905;
pub const DESCENT_EM: f64 = 0.212;

/// Advance widths of one face, in font units, for fast lookup.
struct Metrics {
    units_per_em: f64,
    /// Advances of U+0000..U+2200 (Latin, Greek, Cyrillic, general punctuation such as the
    /// ellipsis and dashes), by code point.
    low: Vec<u16>,
    /// Advance of `?`, used where the font has no glyph (the browser falls back to another
    /// font whose widths we cannot know; a mid-width glyph is the honest guess).
    missing: u16,
    face: ttf_parser::Face<'static>,
}

const TABLE_END: u32 = 0x2200;

impl Metrics {
    fn load(data: &'static [u8]) -> Self {
        // The bundled font is part of the binary and parsed in tests, so failure here is a
        // build defect, not an input error.
        let face = ttf_parser::Face::parse(data, 0).expect("bundled font parses");
        let missing = advance(&face, '?').unwrap_or(1139);
        let low = (0..TABLE_END)
            .map(|cp| {
                char::from_u32(cp)
                    .and_then(|c| advance(&face, c))
                    .unwrap_or(missing)
            })
            .collect();
        Self {
            units_per_em: f64::from(face.units_per_em()),
            low,
            missing,
            face,
        }
    }

    fn char_units(&self, c: char) -> u16 {
        match self.low.get(c as usize) {
            Some(&units) => units,
            None => advance(&self.face, c).unwrap_or(self.missing),
        }
    }
}

fn advance(face: &ttf_parser::Face, c: char) -> Option<u16> {
    face.glyph_index(c).and_then(|g| face.glyph_hor_advance(g))
}

fn metrics(bold: bool) -> &'static Metrics {
    static REGULAR_METRICS: OnceLock<Metrics> = OnceLock::new();
    static BOLD_METRICS: OnceLock<Metrics> = OnceLock::new();
    if bold {
        BOLD_METRICS.get_or_init(|| Metrics::load(BOLD))
    } else {
        REGULAR_METRICS.get_or_init(|| Metrics::load(REGULAR))
    }
}

/// Width in pixels of `text` set in Liberation Sans at `size` pixels.
#[must_use]
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let m = metrics(bold);
    // Summed in f64: a u32 of font units overflows past a few million characters.
    let units: f64 = text.chars().map(|c| f64::from(m.char_units(c))).sum();
    units * size / m.units_per_em
}

/// The longest prefix of `text` that, followed by an ellipsis, fits in `max_width` pixels;
/// `text` itself when it fits whole. `None` when not even one character fits.
#[must_use]
pub fn fit(text: &str, size: f64, bold: bool, max_width: f64) -> Option<String> {
    if text_width(text, size, bold) <= max_width {
        return Some(text.to_string());
    }
    let m = metrics(bold);
    let to_units = |px: f64| px * m.units_per_em / size;
    let budget = to_units(max_width) - f64::from(m.char_units('…'));
    let mut used = 0.0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        used += f64::from(m.char_units(c));
        if used > budget {
            break;
        }
        end = i + c.len_utf8();
    }
    let kept = text[..end].trim_end();
    (!kept.is_empty()).then(|| format!("{kept}…"))
}

/// Splits `text` at a space into a first line of at most `first_width` pixels and a second of
/// at most `width`, the second ending in an ellipsis if even two lines are too short. The first
/// line may be empty (when `first_width` has no room for the first word); `None` when `text`
/// fits on the first line or the second line has no room at all.
#[must_use]
pub fn wrap(
    text: &str,
    size: f64,
    bold: bool,
    first_width: f64,
    width: f64,
) -> Option<(String, String)> {
    if text_width(text, size, bold) <= first_width {
        return None;
    }
    let mut split = 0;
    for (i, _) in text.match_indices(' ') {
        if text_width(&text[..i], size, bold) > first_width {
            break;
        }
        split = i;
    }
    let rest = fit(text[split..].trim_start(), size, bold, width)?;
    Some((text[..split].to_string(), rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_the_fonts_not_a_flat_guess() {
        // Liberation Sans advances (units of 2048): 'i' 455, 'W' 1933, space 569.
        let at_2048 = |s: &str| text_width(s, 2048.0, false);
        assert!((at_2048("i") - 455.0).abs() < 1e-9);
        assert!((at_2048("W") - 1933.0).abs() < 1e-9);
        assert!((at_2048("W i") - (1933.0 + 569.0 + 455.0)).abs() < 1e-9);
        assert!(text_width("W", 12.0, true) > text_width("W", 12.0, false) * 0.99);
    }

    #[test]
    fn fitting_adds_an_ellipsis_only_when_needed() {
        assert_eq!(fit("Summit", 12.0, false, 200.0).as_deref(), Some("Summit"));
        let cut = fit("A very long event title indeed", 12.0, false, 60.0).unwrap();
        assert!(cut.ends_with('…'), "{cut}");
        assert!(text_width(&cut, 12.0, false) <= 60.0);
        assert_eq!(fit("Summit", 12.0, false, 2.0), None);
    }

    #[test]
    fn wrapping_splits_at_a_space_and_cuts_only_the_second_line() {
        assert_eq!(wrap("Hanoi summit", 12.0, false, 200.0, 200.0), None);
        let (first, second) = wrap("Talks break down in Hanoi", 12.0, false, 80.0, 200.0).unwrap();
        assert_eq!(format!("{first} {second}"), "Talks break down in Hanoi");
        assert!(text_width(&first, 12.0, false) <= 80.0);
        let (first, second) = wrap("Talks break down in Hanoi", 12.0, false, 10.0, 60.0).unwrap();
        assert_eq!(first, "");
        assert!(
            second.starts_with("Talks") && second.ends_with('…'),
            "{second}"
        );
    }
}
