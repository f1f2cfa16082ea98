// doc.js -- the dispatch view (#/doc/ID): the text with its people, places,
// organisations, time expressions, quotations and speakers marked in
// distinct colours, a legend that also switches each kind on and off, and
// the lists of what was found. The API's offsets are Unicode code points
// into `text`; JavaScript strings are UTF-16, so the text is cut as an
// array of code points (Array.from), never with String.slice.

import {api, list} from './api.js';
import {show, entityHref, fmtNumber, h, notAvailable, routeHref, section, setStatus, TYPE_ONE} from './dom.js';

// The kinds of marks, outermost first when two cover the same text.
const KINDS = [
  {key: 'quote', label: 'Quotation'},
  {key: 'speaker', label: 'Speaker'},
  {key: 'event', label: 'Event'},
  {key: 'PER', label: 'Person'},
  {key: 'ORG', label: 'Organisation'},
  {key: 'LOC', label: 'Place'},
  {key: 'MISC', label: 'Other name'},
  {key: 'timex', label: 'Time expression'},
];
const RANK = Object.fromEntries(KINDS.map((k, i) => [k.key, i]));
RANK.at = -1; // the span a link pointed at (#/doc/ID?at=S-E) wraps all

function timexTitle(t) {
  let s = `${t.type || 'time'}: ${t.value || '?'}`;
  if (t.mod) s += ` (${t.mod})`;
  if (t.begin && t.end_date) s += `, ${t.begin} to ${t.end_date}`;
  return s;
}

// The marks of a document as [{start, end, kind, make(children)}], kept
// only when their offsets are sane for a text of n code points.
function collectMarks(doc, n) {
  const marks = [];
  const ok = (a, b) => Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a < b && b <= n;
  for (const e of list(doc.entities)) {
    if (!ok(e.start, e.end)) continue;
    const kind = RANK[e.type] !== undefined ? e.type : 'MISC';
    const name = e.canonical || e.text;
    marks.push({start: e.start, end: e.end, kind, make: (kids) => h('a', {
      href: entityHref(name), class: `mark ent-${kind}`,
      title: `${TYPE_ONE[kind] || kind}: ${name}`}, kids)});
  }
  for (const t of list(doc.timexes)) {
    if (!ok(t.start, t.end)) continue;
    const title = timexTitle(t);
    marks.push({start: t.start, end: t.end, kind: 'timex', make: (kids) => h('span', {
      class: 'mark timex', tabindex: '0', title, 'aria-label': `${t.text}, ${title}`,
      dataset: {value: t.value || ''}}, kids)});
  }
  for (const q of list(doc.quotes)) {
    if (ok(q.start, q.end)) {
      marks.push({start: q.start, end: q.end, kind: 'quote', make: (kids) => h('q', {
        class: 'mark quote', title: `quoted${q.speaker ? ', said by ' + q.speaker : ''}`}, kids)});
    }
    if (ok(q.speaker_start, q.speaker_end)) {
      marks.push({start: q.speaker_start, end: q.speaker_end, kind: 'speaker', make: (kids) => h('span', {
        class: 'mark speaker', title: `speaker${q.speaker_canonical ? ': ' + q.speaker_canonical : ''}`}, kids)});
    }
  }
  for (const ev of list(doc.events)) {
    if (!ok(ev.start, ev.end)) continue;
    const title = [ev.actor, ev.action, ev.target].filter(Boolean).join(' → ') + (ev.code ? ` [${ev.code}]` : '');
    marks.push({start: ev.start, end: ev.end, kind: 'event', make: (kids) => h('span', {
      class: 'mark event', title}, kids)});
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind]);
  return marks;
}

// The text between start and end as nodes, marks nested inside the marks
// that contain them; a mark that crosses the end of its container is split
// in two there, so that the elements always nest.
function renderRange(cps, start, end, marks) {
  const out = [];
  let pos = start;
  let i = 0;
  while (i < marks.length) {
    const m = marks[i];
    const mStart = Math.max(m.start, pos);
    const mEnd = Math.min(m.end, end);
    if (mStart >= mEnd) {
      i++;
      continue;
    }
    if (mStart > pos) out.push(cps.slice(pos, mStart).join(''));
    // The marks that begin inside this one go inside it.
    let j = i + 1;
    while (j < marks.length && marks[j].start < mEnd) j++;
    const el = m.make(renderRange(cps, mStart, mEnd, marks.slice(i + 1, j)));
    if (mStart === m.start) el.dataset.span = `${m.start}-${m.end}`;
    out.push(el);
    pos = mEnd;
    // Marks that began inside but run past its end continue after it.
    const rest = marks.slice(i + 1, j).filter((x) => x.end > mEnd);
    marks = rest.concat(marks.slice(j)).sort((a, b) => Math.max(a.start, pos) - Math.max(b.start, pos) || b.end - a.end);
    i = 0;
  }
  if (pos < end) out.push(cps.slice(pos, end).join(''));
  return out;
}

// Paragraphs of the text (blank lines), each rendered with its marks.
function renderText(text, marks) {
  const cps = Array.from(text);
  const paras = [];
  let s = 0;
  for (let i = 0; i <= cps.length; i++) {
    const atBreak = i === cps.length || (cps[i] === '\n' && cps[i + 1] === '\n');
    if (!atBreak) continue;
    if (i > s) paras.push([s, i]);
    while (i < cps.length && cps[i] === '\n') i++;
    s = i;
  }
  return paras.map(([a, b]) => h('p', {}, renderRange(cps, a, b, marks.filter((m) => m.end > a && m.start < b))));
}

function legend(marks, textBox) {
  const counts = {};
  for (const m of marks) counts[m.kind] = (counts[m.kind] || 0) + 1;
  const items = KINDS.filter((k) => counts[k.key]).map((k) => {
    const id = `show-${k.key}`;
    const cb = h('input', {type: 'checkbox', id, checked: true, onchange: () => {
      textBox.classList.toggle(`hide-${k.key}`, !cb.checked);
    }});
    return h('li', {}, cb, h('label', {for: id}, h('span', {class: `swatch mark ${k.key.length === 3 ? 'ent-' + k.key : k.key}`}, k.label),
      h('span', {class: 'count'}, fmtNumber(counts[k.key]))));
  });
  if (!items.length) return h('p', {class: 'na'}, 'Nothing is marked in this dispatch.');
  return h('ul', {class: 'legend', 'aria-label': 'Legend: untick a kind to hide its colour'}, items);
}

function entityList(doc) {
  const ents = list(doc.entities);
  if (!('entities' in doc)) return section('Names', h('p', {class: 'na'}, 'Names: not available on this server.'));
  if (!ents.length) return section('Names', h('p', {class: 'na'}, 'No names found.'));
  const by = new Map();
  for (const e of ents) {
    const name = e.canonical || e.text;
    const k = `${e.type}\u0000${name}`;
    if (!by.has(k)) by.set(k, {name, type: e.type, n: 0});
    by.get(k).n++;
  }
  const rows = [...by.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  return section('Names', h('ul', {class: 'chips'}, rows.map((r) => h('li', {},
    h('a', {href: entityHref(r.name), class: `chip ent-${r.type}`}, r.name, h('span', {class: 'count'}, r.n))))));
}

function timexList(doc) {
  const tx = list(doc.timexes);
  if (!tx.length) return null;
  return section('Time expressions', h('table', {class: 'data'},
    h('thead', {}, h('tr', {}, h('th', {}, 'text'), h('th', {}, 'type'), h('th', {}, 'value'))),
    h('tbody', {}, tx.map((t) => h('tr', {}, h('td', {}, t.text), h('td', {}, t.type),
      h('td', {}, h('code', {}, t.value), t.mod ? ` (${t.mod})` : ''))))));
}

function quoteList(doc) {
  if (!Array.isArray(doc.quotes)) return null;
  if (!doc.quotes.length) return section('Quotations', h('p', {class: 'na'}, 'No quotation found.'));
  return section('Quotations', h('ul', {class: 'quotes'}, doc.quotes.map((q) => h('li', {},
    h('blockquote', {}, q.text),
    h('p', {class: 'meta'}, '— ', q.speaker_canonical || q.speaker
      ? h('a', {href: entityHref(q.speaker_canonical || q.speaker)}, q.speaker || q.speaker_canonical) : 'unknown speaker',
    q.verb ? `, ${q.verb}` : '', q.direct === false ? ' (reported)' : '')))));
}

function eventList(doc) {
  if (!Array.isArray(doc.events) || !doc.events.length) return null;
  return section('Events', h('ul', {class: 'events'}, doc.events.map((e) => h('li', {},
    e.date ? h('time', {}, e.date + ' ') : null,
    h('strong', {}, e.actor || '?'), ` ${e.action || ''} `, e.target || '',
    e.place ? ` (${e.place})` : '', e.code ? h('span', {class: 'code'}, ` ${e.code}`) : null))));
}

// A dispatch without a title field is named by its first line, as the
// search results name it.
function headline(text) {
  const line = text.split('\n', 1)[0].trim();
  return line.length > 0 && line.length <= 300 ? line : '';
}

export async function renderDoc(ctx, id, params) {
  const {view} = ctx;
  setStatus('Loading…');
  const res = await api('/api/docs/' + encodeURIComponent(id));
  if (!ctx.isCurrent()) return;
  setStatus('');
  if (!res.ok) {
    show(view, h('h1', {tabindex: '-1'}, 'Dispatch'),
      res.status === 404 ? h('p', {class: 'na'}, `No dispatch “${id}” (${res.message}).`) : notAvailable('This dispatch', res),
      h('p', {}, h('a', {href: '#/search'}, 'Back to search')));
    return;
  }
  const doc = res.data;
  const text = typeof doc.text === 'string' ? doc.text : '';
  const n = Array.from(text).length;
  const marks = collectMarks(doc, n);
  // #/doc/ID?at=START-END (from the timeline) shows and scrolls to a span.
  const at = /^(\d+)-(\d+)$/.exec(params.get('at') || '');
  if (at && +at[1] < +at[2] && +at[2] <= n) {
    marks.unshift({start: +at[1], end: +at[2], kind: 'at', make: (kids) => h('span', {class: 'flash'}, kids)});
    marks.sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind]);
  }
  const textBox = h('article', {class: 'doc-text', lang: doc.lang || null, 'aria-label': 'Text of the dispatch'}, renderText(text, marks));
  const meta = h('p', {class: 'meta'}, h('time', {datetime: doc.date}, doc.date), ' · ', h('span', {class: 'lang'}, doc.lang),
    doc.source ? ` · ${doc.source}` : '',
    doc.url && /^https?:\/\//.test(doc.url) ? [' · ', h('a', {href: doc.url, rel: 'noopener noreferrer external'}, 'original')] : '',
    ' · ', h('a', {href: routeHref('timeline', {q: '', from: doc.date, to: doc.date})}, 'timeline of the day'));
  show(view, 
    h('h1', {tabindex: '-1', lang: doc.lang || null}, doc.title || headline(text) || doc.id),
    meta,
    h('div', {class: 'doc-layout'},
      h('div', {class: 'doc-main'}, textBox),
      h('aside', {class: 'doc-side'}, section('Legend', legend(marks, textBox)), entityList(doc))),
    quoteList(doc), eventList(doc), timexList(doc));
  const flash = textBox.querySelector('.flash');
  if (flash) flash.scrollIntoView({block: 'center'});
}
