#!/usr/bin/env bash
# Checks the web page of `timeliner render --format html` in a real browser: for each
# timeline (default: the bundled ones), headless Chromium loads the page with page_test.js
# added, which checks that the list matches the chart, keyboard navigation, the filters, zoom,
# pan and the theme switch; any message on the browser console fails the check.
# Not part of `cargo test` (it needs Chromium: `apt-get install chromium`); run by hand after
# changes to the page:
#   cargo build --release && tests/browser/check_page.sh [TIMELINE.yaml...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
timeliner=${TIMELINER:-$root/target/release/timeliner}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [[ $# -eq 0 ]]; then
  set -- "$root"/data/*.yaml "$root"/data/gallery/*.yaml
fi
status=0
for timeline in "$@"; do
  page="$tmp/page.html"
  "$timeliner" render "$timeline" --format html -o "$tmp/plain.html"
  # The test goes in just before </body>, after the page's own script.
  {
    sed '/^<\/body>$/,$d' "$tmp/plain.html"
    printf '<script>\n'
    cat "$root/tests/browser/page_test.js"
    printf '</script>\n</body>\n</html>\n'
  } >"$page"
  profile=$(mktemp -d "$tmp/profile.XXXX")
  "$chrome" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --enable-logging=stderr --v=0 --virtual-time-budget=10000 --dump-dom "file://$page" \
    >"$tmp/dom" 2>"$tmp/log" || true
  result=$(grep -o '<pre id="result">RESULT: [^<]*' "$tmp/dom" | sed 's/^<pre id="result">//' ||
    echo 'RESULT: no result')
  console=$(grep -i 'CONSOLE' "$tmp/log" | head -5 || true)
  echo "$timeline: $result"
  if [[ -n $console ]]; then
    echo "  console: $console"
    status=1
  fi
  [[ $result == "RESULT: ok"* ]] || status=1
done
exit "$status"
