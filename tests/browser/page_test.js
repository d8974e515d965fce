// Injected by check_page.sh into a copy of a page written by `render --format html`: checks
// that the list matches the chart, that keyboard navigation moves focus and highlights the
// mark, that a filter hides both, that zoom, pan and the theme switch work, and writes the
// result into a <pre id="result"> at the end of the page: ok, or FAIL and what failed.
window.addEventListener('load', () => document.fonts.ready.then(() => {
  const problems = [];
  const check = (ok, what) => { if (!ok) problems.push(what); };
  const key = (target, name) => target.dispatchEvent(
    new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
  const items = [...document.querySelectorAll('#events > li')];
  const marks = [...document.querySelectorAll('#chart svg g.event')];
  const markOf = new Map(marks.map((g) => [g.dataset.id, g]));
  const data = JSON.parse(document.getElementById('page-data').textContent);

  // The list matches the chart.
  const listed = items.map((li) => li.dataset.id);
  check(items.length === marks.length, `list ${items.length} vs chart ${marks.length}`);
  check(listed.every((id) => markOf.has(id)), 'a listed event has no mark');
  check(new Set(listed).size === listed.length, 'an event is listed twice');
  check(JSON.stringify(data.events.map((e) => e.id)) === JSON.stringify(listed), 'data order');
  check(items.filter((li) => li.tabIndex === 0).length === 1, 'not one event in the Tab order');
  check(document.fonts.check('12px "Liberation Sans"'), 'bundled font not loaded');

  // Keyboard: focus moves through the list and highlights the mark.
  if (items.length > 1) {
    items[0].focus();
    check(document.activeElement === items[0], 'first event does not take focus');
    check(markOf.get(listed[0]).classList.contains('hl'), 'focus does not highlight the mark');
    key(document.activeElement, 'ArrowDown');
    check(document.activeElement === items[1], 'ArrowDown does not move focus');
    check(markOf.get(listed[1]).classList.contains('hl'), 'ArrowDown does not highlight the mark');
    check(!markOf.get(listed[0]).classList.contains('hl'), 'old mark stays highlighted');
    check(items[1].tabIndex === 0 && items[0].tabIndex === -1, 'Tab stop does not follow focus');
    key(document.activeElement, 'End');
    check(document.activeElement === items[items.length - 1], 'End does not reach the last');
    key(document.activeElement, 'Home');
    check(document.activeElement === items[0], 'Home does not reach the first');
    key(document.activeElement, 'ArrowUp');
    check(document.activeElement === items[0], 'ArrowUp leaves the list');
    items[0].blur();
  }

  // A filter hides the events both in the list and on the chart: unticking one box hides
  // the events of that lane, or those whose only tag it is.
  const boxes = [...document.querySelectorAll('input[data-lane], input[data-tag]')];
  let filtered = 0;
  for (const box of boxes) {
    const label = box.parentNode.textContent.trim();
    const lane = box.dataset.lane;
    const tag = box.dataset.tag;
    const expected = data.events.filter((e) => (lane !== undefined ? e.lane === lane
      : (e.tags.length ? e.tags.every((t) => t === tag) : tag === ''))).map((e) => e.id);
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    const hidden = items.filter((li) => li.hidden).map((li) => li.dataset.id);
    const off = marks.filter((g) => g.classList.contains('off')).map((g) => g.dataset.id);
    check(JSON.stringify(hidden) === JSON.stringify(expected),
      `unticking "${label}" hides ${hidden.length} items, not ${expected.length}`);
    check(JSON.stringify([...off].sort()) === JSON.stringify([...hidden].sort()),
      `"${label}" hides ${hidden.length} items but ${off.length} marks`);
    check(off.every((id) => getComputedStyle(markOf.get(id)).display === 'none'),
      'a filtered mark is drawn');
    check(document.getElementById('shown').textContent === String(items.length - hidden.length),
      'the count does not follow the filter');
    filtered = Math.max(filtered, hidden.length);
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    check(!items.some((li) => li.hidden), 'ticking again does not show all');
  }
  check(!boxes.length || filtered > 0, 'no filter hides anything');

  // Zoom and pan along time.
  const chart = document.getElementById('chart');
  const svg = chart.querySelector('svg');
  const along = data.vertical ? 'scrollTop' : 'scrollLeft';
  const width = svg.getBoundingClientRect().width;
  document.querySelector('button[data-act=zoom-in]').click();
  document.querySelector('button[data-act=zoom-in]').click();
  const zoomed = svg.getBoundingClientRect().width;
  check(zoomed > width * 2, `zoom in: ${width} -> ${zoomed}`);
  chart[along] = 0;
  document.querySelector('button[data-act=forward]').click();
  const panned = chart[along];
  check(panned > 0, 'pan forward does not move');
  key(chart, data.vertical ? 'ArrowUp' : 'ArrowLeft');
  check(chart[along] < panned, 'arrow key does not pan back');
  key(chart, '0');
  check(Math.abs(svg.getBoundingClientRect().width - width) < 1, 'key 0 does not reset');

  // The theme switch changes the chart's colours and says so.
  const bg = chart.querySelector('rect.bg');
  const before = getComputedStyle(bg).fill;
  const button = document.getElementById('theme');
  const pressed = button.getAttribute('aria-pressed');
  button.click();
  check(getComputedStyle(bg).fill !== before, 'theme switch does not recolour the chart');
  check(button.getAttribute('aria-pressed') !== pressed, 'theme switch state not announced');

  const out = document.createElement('pre');
  out.id = 'result';
  out.textContent = `RESULT: ${problems.length ? 'FAIL' : 'ok'} events=${items.length} ` +
    `marks=${marks.length} filters=${boxes.length} most-filtered=${filtered} ` +
    `vertical=${data.vertical} ${problems.slice(0, 8).join('; ')}`;
  document.body.appendChild(out);
}));
