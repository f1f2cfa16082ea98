// entity.js -- the page of one person, place or organisation
// (#/entity/NAME): its aliases, a chart of its mentions over time, the
// names it is mentioned with (as a small network graph and as a list), its
// quotations and its dispatches. Each panel shows only when the server
// gives its field; the whole page says so when the endpoint is missing.

import {api, list} from './api.js';
import {periodChart} from './charts.js';
import {show, docHref, entityHref, fmtNumber, h, notAvailable, routeHref, section, setStatus, TYPE_ONE} from './dom.js';
import {cooccurrenceGraph} from './graph.js';

// The API's fields (docs/api.md); the names the library's own JSON uses
// (`veille entity --json`: months, related, dispatches) are read too, so
// the page shows the same whichever of the two the server passes on.
function normalise(e) {
  const o = Object.assign({}, e);
  if (!Array.isArray(o.mentions_over_time) && Array.isArray(e.months))
    o.mentions_over_time = e.months.map((m) => ({period: m.month, count: m.mentions}));
  if (!Array.isArray(o.cooccurring) && Array.isArray(e.related))
    o.cooccurring = e.related.map((r) => ({name: r.name, type: r.type, count: r.shared}));
  if (!Array.isArray(o.docs) && Array.isArray(e.dispatches)) o.docs = e.dispatches;
  return o;
}

export async function renderEntity(ctx, name) {
  const {view} = ctx;
  setStatus('Loading…');
  const res = await api('/api/entities/' + encodeURIComponent(name));
  if (!ctx.isCurrent()) return;
  setStatus('');
  const links = h('p', {class: 'actions'},
    h('a', {href: routeHref('search', {entity: name}), class: 'button'}, 'Dispatches naming it'), ' ',
    h('a', {href: routeHref('timeline', {entity: name}), class: 'button'}, 'Timeline'));
  if (!res.ok) {
    show(view, h('h1', {tabindex: '-1'}, name),
      res.status === 404 && /not found|no such|unknown/i.test(res.message)
        ? h('p', {class: 'na'}, `No entity named “${name}” is stored (${res.message}).`)
        : notAvailable('Entity pages', res),
      links);
    return;
  }
  const raw = res.data;
  const e = normalise(raw);
  const type = e.type || '';
  const facts = [];
  if (typeof raw.mentions === 'number') facts.push(`${fmtNumber(raw.mentions)} mention${raw.mentions === 1 ? '' : 's'}`);
  if (typeof raw.docs === 'number') facts.push(`in ${fmtNumber(raw.docs)} dispatch${raw.docs === 1 ? '' : 'es'}`);
  if (raw.first_seen && raw.last_seen) facts.push(`from ${raw.first_seen} to ${raw.last_seen}`);
  const parts = [
    h('h1', {tabindex: '-1'}, e.name || name, type ? h('span', {class: `badge ent-${type}`}, TYPE_ONE[type] || type) : null),
    facts.length ? h('p', {class: 'meta'}, facts.join(', ')) : null,
    links,
  ];
  if (Array.isArray(e.aliases)) {
    parts.push(section('Also written', e.aliases.length
      ? h('ul', {class: 'chips'}, e.aliases.map((a) => h('li', {}, h('span', {class: 'chip'}, a.name, h('span', {class: 'count'}, fmtNumber(a.count))))))
      : h('p', {class: 'na'}, 'No other spelling.')));
  }
  if (Array.isArray(e.mentions_over_time)) {
    parts.push(section('Mentions over time', e.mentions_over_time.length
      ? periodChart(e.mentions_over_time, `Mentions of ${e.name || name} per period`)
      : h('p', {class: 'na'}, 'No dated mention.')));
  } else {
    parts.push(section('Mentions over time', h('p', {class: 'na'}, 'Not available on this server.')));
  }
  if (Array.isArray(e.cooccurring)) {
    const top = e.cooccurring.slice(0, 25);
    parts.push(section('Named with it', top.length
      ? [cooccurrenceGraph({name: e.name || name, type}, top),
        h('ul', {class: 'chips'}, top.map((c) => h('li', {}, h('a', {href: entityHref(c.name), class: `chip ent-${c.type}`},
          c.name, h('span', {class: 'count'}, fmtNumber(c.count))))))]
      : h('p', {class: 'na'}, 'Named with nobody else.')));
  }
  if (Array.isArray(e.quotes)) {
    parts.push(section('Quotations', e.quotes.length
      ? h('ul', {class: 'quotes'}, e.quotes.map((q) => {
        const doc = q.doc || q.doc_id || q.id;
        const at = Number.isInteger(q.start) && Number.isInteger(q.end) ? `at=${q.start}-${q.end}` : '';
        return h('li', {}, h('blockquote', {}, q.text),
          h('p', {class: 'meta'}, q.verb ? `${q.verb} ` : '', doc ? h('a', {href: docHref(doc, at)}, q.doc_date || q.date || doc) : (q.date || '')));
      }))
      : h('p', {class: 'na'}, 'No quotation by this name.')));
  }
  if (Array.isArray(e.docs)) {
    parts.push(section('Dispatches', e.docs.length
      ? h('ul', {class: 'doclist'}, e.docs.map((d) => h('li', {}, h('time', {datetime: d.date}, d.date), ' ',
        h('a', {href: docHref(d.id)}, d.title || d.id))))
      : h('p', {class: 'na'}, 'No dispatch.')));
  }
  show(view, ...parts);
}
