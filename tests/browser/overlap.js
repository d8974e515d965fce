// Loaded by check_overlap.sh into a page holding one chart: measures every <text> with the
// browser's own getBBox and reports any two that overlap, or any that overlaps an event mark.
document.fonts.ready.then(() => {
  const eps = 0.5; // sub-pixel rounding of glyph advances
  const hit = (a, b) =>
    a.x + eps < b.x + b.width && b.x + eps < a.x + a.width &&
    a.y + eps < b.y + b.height && b.y + eps < a.y + a.height;
  const texts = [...document.querySelectorAll('svg text')]
    .map((t) => ({ box: t.getBBox(), text: t.textContent }))
    .sort((a, b) => a.box.x - b.box.x);
  const marks = [...document.querySelectorAll(
    'svg g.event > circle, svg g.event > rect, svg g.event > path')].map((m) => m.getBBox());
  const problems = [];
  texts.forEach((a, i) => {
    for (let j = i + 1; j < texts.length && texts[j].box.x < a.box.x + a.box.width; j++) {
      if (hit(a.box, texts[j].box)) problems.push(`"${a.text}" / "${texts[j].text}"`);
    }
    if (marks.some((m) => hit(a.box, m))) problems.push(`"${a.text}" / a mark`);
  });
  const font = document.fonts.check('12px "Liberation Sans"') ? 'Liberation Sans' : 'FALLBACK';
  const out = document.createElement('pre');
  out.id = 'result';
  out.textContent = `RESULT: ${problems.length ? 'FAIL' : 'ok'} texts=${texts.length} ` +
    `marks=${marks.length} font=${font} ${problems.slice(0, 5).join('; ')}`;
  document.body.appendChild(out);
});
