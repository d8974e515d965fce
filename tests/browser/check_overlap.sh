#!/usr/bin/env bash
# Checks charts in a real browser: headless Chromium lays out each SVG with the bundled
# Liberation Sans and overlap.js compares the getBBox of every <text> element.
# Not part of `cargo test` (it needs Chromium); run by hand after layout changes:
#   DENSE_SVG_DIR=target/dense cargo test --test layout_dense
#   tests/browser/check_overlap.sh output/gallery/*.svg target/dense/*.svg
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for svg in "$@"; do
  page="$tmp/page.html"
  {
    printf '<!doctype html><html><head><meta charset="utf-8"><style>'
    printf '@font-face{font-family:"Liberation Sans";src:url("file://%s/data/fonts/LiberationSans-Regular.ttf")}' "$root"
    printf '@font-face{font-family:"Liberation Sans";font-weight:bold;src:url("file://%s/data/fonts/LiberationSans-Bold.ttf")}' "$root"
    printf 'body{margin:0}</style></head><body>\n'
    cat "$svg"
    printf '<script>\n'
    cat "$root/tests/browser/overlap.js"
    printf '</script></body></html>\n'
  } >"$page"
  result=$("$chrome" --headless --no-sandbox --disable-gpu --allow-file-access-from-files \
    --virtual-time-budget=10000 --dump-dom "file://$page" 2>/dev/null |
    grep -o 'RESULT: \(ok\|FAIL\)[^<]*' || echo 'RESULT: no result')
  echo "$svg: $result"
  [[ $result == "RESULT: ok"* && $result == *"font=Liberation Sans"* ]] || status=1
done
exit "$status"
