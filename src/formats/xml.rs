//! XML text: the one escape used by every XML writer (TimeML, SVG) and its inverse.

use std::borrow::Cow;

/// Escapes text for XML 1.0 content or a double-quoted attribute.
///
/// - `&`, `<`, `>` and `"` become entities. `'` stays: every writer quotes attributes
///   with `"`.
/// - Tab, line feed and carriage return stay, so that removing the tags of TimeML output
///   gives back the input.
/// - The characters XML 1.0 forbids even as references (the other C0 controls, U+FFFE,
///   U+FFFF) become a character of the same UTF-8 length (a space; U+FFFD), so that the
///   output is well-formed and byte offsets into the input still hold.
///
/// # Example
/// ```
/// use timeliner::formats::xml::escape;
///
/// assert_eq!(escape("AT&T <\"x\"> isn't\n"), "AT&amp;T &lt;&quot;x&quot;&gt; isn't\n");
/// assert_eq!(escape("a\u{7}b\u{FFFE}"), "a b\u{FFFD}");
/// ```
#[must_use]
pub fn escape(text: &str) -> Cow<'_, str> {
    let Some(first) = text.find(needs_escape) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 16);
    out.push_str(&text[..first]);
    for c in text[first..].chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\u{FFFE}' | '\u{FFFF}' => out.push('\u{FFFD}'),
            c if forbidden_control(c) => out.push(' '),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    matches!(c, '&' | '<' | '>' | '"' | '\u{FFFE}' | '\u{FFFF}') || forbidden_control(c)
}

fn forbidden_control(c: char) -> bool {
    c < ' ' && !matches!(c, '\t' | '\n' | '\r')
}

/// Decodes the five predefined entities (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`); anything
/// else, character references included, is left as it is.
///
/// # Example
/// ```
/// use timeliner::formats::xml::unescape;
///
/// assert_eq!(unescape("AT&amp;T &amp;lt; &#160;"), "AT&T &lt; &#160;");
/// ```
#[must_use]
pub fn unescape(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let entity = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&apos;", '\''),
        ]
        .into_iter()
        .find(|(name, _)| rest.starts_with(name));
        match entity {
            Some((name, c)) => {
                out.push(c);
                rest = &rest[name.len()..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_keeps_line_breaks_and_replaces_what_xml_forbids() {
        assert_eq!(
            escape("a<b>&\"c'\u{7}\u{1b}[31m\n\td\r\u{FFFE}\u{85}"),
            "a&lt;b&gt;&amp;&quot;c'  [31m\n\td\r\u{FFFD}\u{85}"
        );
        assert!(matches!(escape("plain text, isn't it"), Cow::Borrowed(_)));
    }

    #[test]
    fn unescaping_undoes_escaping() {
        let text = "a<b>&\"c' &amp; \n";
        assert_eq!(unescape(&escape(text)), text);
        assert_eq!(unescape("&apos;&unknown; &"), "'&unknown; &");
    }

    #[test]
    fn escaping_keeps_byte_offsets_of_forbidden_characters() {
        let text = "x\u{0}y\u{FFFF}z";
        assert_eq!(escape(text).len(), text.len());
    }
}
