// timeline.js -- the timeline view (#/timeline?q=&entity=&from=&to=): the
// events and dated facts of a query or an entity, in the order of the
// dates they are about (not of the dispatches that tell them), grouped by
// day, each linked to the place in its dispatch that says it.

import {api, list} from './api.js';
import {show, docHref, entityHref, fmtNumber, h, routeHref, setStatus} from './dom.js';

const KIND_NAMES = {event: 'event', timex: 'date', fact: 'dated fact', quote: 'quote'};

function form(p) {
  const field = (name, label, type) => [h('label', {for: `t-${name}`}, label),
    h('input', {id: `t-${name}`, name, type: type || 'text', value: p.get(name) || ''})];
  return h('form', {class: 'timeline-form', 'aria-label': 'What the timeline shows', onsubmit: (e) => {
    e.preventDefault();
    const o = {};
    for (const el of e.target.elements) if (el.name && el.value.trim()) o[el.name] = el.value.trim();
    location.hash = routeHref('timeline', o);
  }},
  field('q', 'Words'), field('entity', 'Name'), field('from', 'From', 'date'), field('to', 'To', 'date'),
  h('button', {type: 'submit'}, 'Show'));
}

export async function renderTimeline(ctx, p) {
  const {view} = ctx;
  const params = {q: p.get('q'), entity: p.get('entity'), from: p.get('from'), to: p.get('to')};
  const what = [params.q ? `“${params.q}”` : null, params.entity].filter(Boolean).join(', ');
  const heading = h('h1', {tabindex: '-1'}, 'Timeline' + (what ? ` of ${what}` : ''));
  const head = [heading, form(p)];
  if (params.entity) head.push(h('p', {}, h('a', {href: entityHref(params.entity)}, `Page of ${params.entity} →`)));
  setStatus('Loading…');
  const res = await api('/api/timeline', params);
  if (!ctx.isCurrent()) return;
  setStatus('');
  if (!res.ok) {
    show(view, ...head, h('p', {class: 'na'}, res.status === 404
      ? 'The timeline is not available on this server.' : `The timeline failed: ${res.message}.`));
    return;
  }
  // Items as docs/api.md gives them ({date, kind, text, doc, doc_date,
  // start, end, code?}), or as the library's chronology does ({begin,
  // end_date, value, id or doc_id, event: {code, actor, ...}}): all are read.
  const items = list(res.data.items).map((it) => it && {
    label: it.date || it.value || it.begin,
    sort: it.begin || it.date || it.value,
    kind: it.kind,
    text: it.text,
    doc: it.doc || it.doc_id || it.id,
    doc_date: it.doc_date,
    start: it.start,
    end: it.end,
    code: it.code || (it.event && it.event.code),
    who: it.event ? [it.event.actor, it.event.action, it.event.target].filter(Boolean).join(' · ') : null,
  }).filter((it) => it && it.label && it.sort);
  if (!items.length) {
    show(view, ...head, h('p', {class: 'na'}, 'Nothing dated to show for this.'));
    return;
  }
  items.sort((a, b) => String(a.sort).localeCompare(String(b.sort)) || String(a.doc_date).localeCompare(String(b.doc_date)));
  const groups = new Map();
  for (const it of items) {
    if (!groups.has(it.label)) groups.set(it.label, []);
    groups.get(it.label).push(it);
  }
  const ol = h('ol', {class: 'timeline'});
  for (const [date, its] of groups) {
    ol.append(h('li', {class: 'tl-day', dataset: {sort: its[0].sort}},
      h('h2', {class: 'tl-date'}, h('time', {datetime: /^\d{4}(-\d\d){0,2}$/.test(date) ? date : null}, date)),
      h('ul', {}, its.map((it) => h('li', {class: `tl-item kind-${it.kind}`},
        h('span', {class: 'badge'}, KIND_NAMES[it.kind] || it.kind || 'item'), ' ',
        it.doc ? h('a', {href: docHref(it.doc, Number.isInteger(it.start) && Number.isInteger(it.end) ? `at=${it.start}-${it.end}` : '')}, it.text || it.doc)
          : (it.text || ''),
        it.who ? h('span', {class: 'meta'}, ` (${it.who})`) : null,
        it.code ? h('span', {class: 'code', title: 'event code'}, ` ${it.code}`) : null,
        it.doc_date && it.doc_date !== date ? h('span', {class: 'meta'}, ` (told on ${it.doc_date})`) : null)))));
  }
  show(view, ...head, h('p', {class: 'summary'}, `${fmtNumber(items.length)} dated item${items.length === 1 ? '' : 's'} on ${fmtNumber(groups.size)} date${groups.size === 1 ? '' : 's'}`), ol);
}
