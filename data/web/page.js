// The web page's behaviour (`timeliner render --format html`): zoom and pan along time, the
// list of events linked to the chart's marks, the filters by lane and tag, and the theme
// switch. It reads the events from the JSON in #page-data and fetches nothing.
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('page-data').textContent);
  const root = document.documentElement;
  const chart = document.getElementById('chart');
  const svg = chart.querySelector('svg');
  const list = document.getElementById('events');
  const marks = new Map();
  for (const g of svg.querySelectorAll('g.event')) marks.set(g.dataset.id, g);
  const items = [...list.children];
  // The list and data.events are written in the same order.
  const events = data.events.map((e, i) => ({ ...e, item: items[i], mark: marks.get(e.id) }));

  // Zoom and pan. The chart is drawn `fit() * zoom` times its size in a scrolling box, where
  // fit() makes the whole width visible; panning scrolls that box along the time axis.
  const MAX_ZOOM = 16;
  let zoom = 1;
  const along = data.vertical ? 'scrollTop' : 'scrollLeft';
  const viewLength = () => (data.vertical ? chart.clientHeight : chart.clientWidth);
  const fit = () => Math.min(1, chart.clientWidth / data.width);
  const scale = () => fit() * zoom;

  function draw() {
    svg.style.width = `${data.width * scale()}px`;
    svg.style.height = `${data.height * scale()}px`;
  }

  // Keeps the point `at` pixels into the view where it is while the scale changes.
  function setZoom(next, at = viewLength() / 2) {
    const point = (chart[along] + at) / scale();
    zoom = Math.min(MAX_ZOOM, Math.max(1, next));
    draw();
    chart[along] = point * scale() - at;
  }

  function pan(direction) {
    chart[along] += direction * viewLength() * 0.25;
  }

  const actions = {
    'zoom-in': () => setZoom(zoom * 1.5),
    'zoom-out': () => setZoom(zoom / 1.5),
    reset: () => setZoom(1),
    back: () => pan(-1),
    forward: () => pan(1),
  };
  for (const button of document.querySelectorAll('button[data-act]')) {
    button.addEventListener('click', () => actions[button.dataset.act]());
  }

  const earlier = data.vertical ? 'ArrowUp' : 'ArrowLeft';
  const later = data.vertical ? 'ArrowDown' : 'ArrowRight';
  const chartKeys = {
    '+': 'zoom-in', '=': 'zoom-in', '-': 'zoom-out', '0': 'reset',
    [earlier]: 'back', [later]: 'forward',
  };
  chart.addEventListener('keydown', (event) => {
    const act = chartKeys[event.key];
    if (!act || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    actions[act]();
  });

  // Ctrl + wheel (and a touchpad's pinch) zooms at the pointer; the wheel pans a zoomed
  // horizontal chart along time.
  chart.addEventListener('wheel', (event) => {
    const box = chart.getBoundingClientRect();
    if (event.ctrlKey) {
      event.preventDefault();
      const at = data.vertical ? event.clientY - box.top : event.clientX - box.left;
      setZoom(zoom * Math.exp(-event.deltaY * 0.002), at);
    } else if (!data.vertical && !event.shiftKey && event.deltaX === 0
      && chart.scrollWidth > chart.clientWidth) {
      event.preventDefault();
      chart.scrollLeft += event.deltaY;
    }
  }, { passive: false });

  // Dragging the chart pans it; a drag is not a click on the mark it started on.
  let drag = null;
  chart.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, left: chart.scrollLeft, top: chart.scrollTop, moved: false };
  });
  chart.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) {
      drag.moved = true;
      chart.setPointerCapture(event.pointerId);
      chart.classList.add('dragging');
    }
    chart.scrollLeft = drag.left - dx;
    chart.scrollTop = drag.top - dy;
  });
  const endDrag = () => {
    chart.classList.remove('dragging');
    setTimeout(() => { drag = null; });
  };
  chart.addEventListener('pointerup', endDrag);
  chart.addEventListener('pointercancel', endDrag);

  // The list and the marks: hovering or focusing either highlights both.
  function highlight(e, on) {
    e.item.classList.toggle('hl', on);
    if (e.mark) e.mark.classList.toggle('hl', on);
  }

  // Scrolls the chart so that the event's mark is in view.
  function reveal(e) {
    if (!e.mark) return;
    const box = e.mark.getBoundingClientRect();
    const view = chart.getBoundingClientRect();
    if (box.left < view.left || box.right > view.right) {
      chart.scrollLeft += box.left - view.left - (view.width - box.width) / 2;
    }
    if (box.top < view.top || box.bottom > view.bottom) {
      chart.scrollTop += box.top - view.top - (view.height - box.height) / 2;
    }
  }

  for (const e of events) {
    e.item.addEventListener('mouseenter', () => highlight(e, true));
    e.item.addEventListener('mouseleave', () => highlight(e, e.item === document.activeElement));
    e.item.addEventListener('focus', () => {
      for (const other of items) other.tabIndex = other === e.item ? 0 : -1;
      highlight(e, true);
      reveal(e);
    });
    e.item.addEventListener('blur', () => highlight(e, false));
    if (!e.mark) continue;
    e.mark.addEventListener('mouseenter', () => highlight(e, true));
    e.mark.addEventListener('mouseleave', () => highlight(e, e.item === document.activeElement));
    e.mark.addEventListener('click', () => {
      if (drag && drag.moved) return;
      e.item.scrollIntoView({ block: 'nearest' });
      e.item.focus({ preventScroll: true });
    });
  }

  // Arrow keys, Home and End move through the events the filters show; Tab leaves the list.
  list.addEventListener('keydown', (event) => {
    const shown = items.filter((item) => !item.hidden);
    const at = shown.indexOf(document.activeElement);
    if (at < 0 || event.ctrlKey || event.metaKey || event.altKey) return;
    const next = {
      ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1,
      Home: 0, End: shown.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = shown[Math.min(shown.length - 1, Math.max(0, next))];
    target.scrollIntoView({ block: 'nearest' });
    target.focus({ preventScroll: true });
  });

  // Filters: an event shows when its lane is ticked and one of its tags is (an event with
  // no tag follows the "(no tag)" box, whose value is empty).
  const lanes = [...document.querySelectorAll('input[data-lane]')];
  const tags = [...document.querySelectorAll('input[data-tag]')];
  const ticked = (boxes, key) =>
    (boxes.length ? new Set(boxes.filter((b) => b.checked).map((b) => b.dataset[key])) : null);
  function filter() {
    const laneOn = ticked(lanes, 'lane');
    const tagOn = ticked(tags, 'tag');
    let count = 0;
    for (const e of events) {
      const show = (!laneOn || laneOn.has(e.lane))
        && (!tagOn || (e.tags.length ? e.tags.some((t) => tagOn.has(t)) : tagOn.has('')));
      e.item.hidden = !show;
      if (e.mark) e.mark.classList.toggle('off', !show);
      count += show;
    }
    document.getElementById('shown').textContent = count;
    // Keep one shown event in the Tab order.
    const shown = items.filter((item) => !item.hidden);
    if (shown.length && !shown.some((item) => item.tabIndex === 0)) {
      for (const item of items) item.tabIndex = item === shown[0] ? 0 : -1;
    }
  }
  for (const box of [...lanes, ...tags]) box.addEventListener('change', filter);

  // Theme: the timeline's choice or the reader's preference, until the switch says otherwise.
  const themeButton = document.getElementById('theme');
  const prefersDark = window.matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => root.dataset.theme === 'dark' || (!root.dataset.theme && prefersDark.matches);
  const showTheme = () => themeButton.setAttribute('aria-pressed', String(isDark()));
  themeButton.addEventListener('click', () => {
    root.dataset.theme = isDark() ? 'light' : 'dark';
    showTheme();
  });
  prefersDark.addEventListener('change', showTheme);

  window.addEventListener('resize', draw);
  showTheme();
  filter();
  draw();
})();
