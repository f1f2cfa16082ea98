// charts.js -- the date histogram of the search facets (counts by day, a
// period is chosen by brushing it with the mouse) and the chart of an
// entity's mentions over time. Both are drawn by uPlot (web/package.json),
// loaded as /static/vendor/uPlot.iife.min.js; without it the charts say so
// and the rest of the page works.

import {dayToSeconds, h, secondsToDay} from './dom.js';

const DAY = 86400;

function cssVar(name, fallback) {
  const v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return v || fallback;
}

// "3 Mar" under the bars, the year once where it changes; days in UTC
// like the API's dates.
const dayFmt = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'short', timeZone: 'UTC'});
function dayAxis(u, splits) {
  let year = null;
  return splits.map((s) => {
    const d = new Date(s * 1000);
    const y = d.getUTCFullYear();
    const label = dayFmt.format(d) + (y !== year ? `\n${y}` : '');
    year = y;
    return label;
  });
}

// Keeps a chart as wide as its box (phones turn, windows resize).
function fitWidth(u, box) {
  if (typeof ResizeObserver === 'undefined') return;
  const ro = new ResizeObserver(() => {
    const w = Math.max(160, Math.floor(box.clientWidth));
    if (Math.abs(w - u.width) > 2) u.setSize({width: w, height: u.height});
  });
  ro.observe(box);
}

// Counts per day [{date, count}] as bars; dragging across the chart picks
// a period and calls onPick(fromDay, toDay). Days with no dispatch are
// zeros, so the time axis stays true.
export function dayHistogram(days, onPick, opts = {}) {
  const box = h('div', {class: 'chart', role: 'img',
    'aria-label': `Dispatches per day, ${days.length} days with dispatches. Drag across the chart to choose a period, or use the date fields below.`});
  if (typeof window.uPlot !== 'function') {
    box.append(h('p', {class: 'na'}, 'Chart not available (uPlot did not load).'));
    return box;
  }
  const pts = days.map((d) => [dayToSeconds(d.date), Number(d.count) || 0])
    .filter((p) => !Number.isNaN(p[0])).sort((a, b) => a[0] - b[0]);
  if (!pts.length) {
    box.append(h('p', {class: 'na'}, 'No dates to show.'));
    return box;
  }
  const xs = [], ys = [];
  const byDay = new Map(pts);
  for (let t = pts[0][0]; t <= pts[pts.length - 1][0] && xs.length < 3700; t += DAY) {
    xs.push(t);
    ys.push(byDay.get(t) || 0);
  }
  const accent = cssVar('--accent', '#1f5fa8');
  const u = new window.uPlot({
    width: 300,
    height: opts.height || 120,
    legend: {show: false},
    scales: {x: {time: true, range: (u, min, max) => [min - DAY / 2, max + DAY / 2]},
      y: {range: (u, min, max) => [0, Math.max(1, max)]}},
    axes: [{space: 60, size: 50, values: dayAxis}, {size: 32, space: 20, values: (u, vals) => vals.map((v) => (Number.isInteger(v) ? v : ''))}],
    cursor: {drag: {x: true, y: false, setScale: false}, points: {show: false}},
    series: [{value: (u, v) => (v == null ? '' : secondsToDay(v))},
      {label: 'dispatches', fill: accent, stroke: accent, width: 0,
        paths: window.uPlot.paths.bars({size: [0.85, 40]}), points: {show: false}}],
    hooks: {
      setSelect: [(u) => {
        if (!onPick || u.select.width < 2) return;
        const a = u.posToVal(u.select.left, 'x');
        const b = u.posToVal(u.select.left + u.select.width, 'x');
        // A bar covers its day +-12 h: round to the days whose bars are touched.
        const from = secondsToDay(Math.round(a / DAY) * DAY);
        const to = secondsToDay(Math.round(b / DAY) * DAY);
        u.setSelect({left: 0, width: 0, top: 0, height: 0}, false);
        onPick(from, to < from ? from : to);
      }],
    },
  }, [xs, ys], box);
  box.classList.add('brushable');
  requestAnimationFrame(() => {
    u.setSize({width: Math.max(160, box.clientWidth), height: u.height});
    fitWidth(u, box);
  });
  return box;
}

// An entity's mentions per period [{period, count}]: days (YYYY-MM-DD) or
// months (YYYY-MM) are laid on a continuous calendar (periods with no
// mention are zeros), anything else in its given order. The x axis counts
// slots, so one month alone is one bar, not a bar lost in a year.
function nextPeriod(p) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(p)) return secondsToDay(dayToSeconds(p) + DAY);
  const m = /^(\d{4})-(\d{2})$/.exec(p);
  const y = +m[1], mo = +m[2];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}

export function periodChart(rows, label) {
  const box = h('div', {class: 'chart', role: 'img', 'aria-label': label});
  if (typeof window.uPlot !== 'function') {
    box.append(h('p', {class: 'na'}, 'Chart not available (uPlot did not load).'));
    return box;
  }
  const sorted = rows.slice().sort((a, b) => String(a.period).localeCompare(String(b.period)));
  const calendar = sorted.length > 0 && (sorted.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.period)) ||
    sorted.every((r) => /^\d{4}-\d{2}$/.test(r.period)));
  let labels = sorted.map((r) => String(r.period));
  let ys = sorted.map((r) => Number(r.count) || 0);
  if (calendar) {
    const byPeriod = new Map(sorted.map((r) => [r.period, Number(r.count) || 0]));
    labels = [];
    ys = [];
    const last = sorted[sorted.length - 1].period;
    for (let p = sorted[0].period; labels.length < 800; p = nextPeriod(p)) {
      labels.push(p);
      ys.push(byPeriod.get(p) || 0);
      if (p === last) break;
    }
  }
  const xs = labels.map((_, i) => i);
  const accent = cssVar('--accent', '#1f5fa8');
  const u = new window.uPlot({
    width: 300,
    height: 160,
    legend: {show: false},
    scales: {x: {time: false, range: () => [-0.5, Math.max(labels.length, 3) - 0.5]},
      y: {range: (u, min, max) => [0, Math.max(1, max)]}},
    axes: [{incrs: [1, 2, 3, 4, 6, 7, 12, 14, 30, 60, 90, 180, 365], space: 70,
      values: (u, vals) => vals.map((v) => (Number.isInteger(v) && labels[v] ? labels[v] : ''))},
    {size: 32, values: (u, vals) => vals.map((v) => (Number.isInteger(v) ? v : ''))}],
    cursor: {drag: {x: false, y: false}},
    series: [{}, {label: 'mentions', fill: accent, stroke: accent, width: 0,
      paths: window.uPlot.paths.bars({size: [0.8, 60]}), points: {show: false}}],
  }, [xs, ys], box);
  requestAnimationFrame(() => {
    u.setSize({width: Math.max(160, box.clientWidth), height: u.height});
    fitWidth(u, box);
  });
  // The same figures as a table, for screen readers and keyboard users.
  const table = h('table', {class: 'sr-only'}, h('caption', {}, label),
    h('tr', {}, h('th', {}, 'period'), h('th', {}, 'mentions')),
    sorted.map((r) => h('tr', {}, h('td', {}, r.period), h('td', {}, r.count))));
  return h('div', {}, box, table);
}
