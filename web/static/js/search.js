// search.js -- the search view (#/search?q=&from=&to=&lang=&entity=
// &mentions_from=&mentions_to=&offset=): hits with highlighted snippets,
// paging, and the facets (a date histogram to brush a period, languages,
// top people/places/organisations) as filters. The filters live in the
// hash, so a search can be bookmarked and Back undoes a filter.

import {api, list} from './api.js';
import {dayHistogram} from './charts.js';
import {show, docHref, entityHref, fmtNumber, h, routeHref, section,
  setStatus, snippetNode, TYPE_NAMES} from './dom.js';

const FILTERS = ['q', 'from', 'to', 'lang', 'entity', 'mentions_from', 'mentions_to'];
const LIMIT = 20;
let inflight = null;

export function searchParamsFromBox(params, value) {
  const p = new URLSearchParams(params);
  if (value.trim()) p.set('q', value);
  else p.delete('q');
  p.delete('offset');
  return p;
}

function paramsObject(params) {
  const o = {};
  for (const k of FILTERS) if (params.get(k)) o[k] = params.get(k);
  const off = parseInt(params.get('offset') || '0', 10);
  if (off > 0) o.offset = off;
  return o;
}

// The hash of the current search with some parameters changed (a null
// value removes one); any change of filter goes back to the first page.
function withParams(cur, changes) {
  const o = Object.assign({}, cur, changes);
  if (!('offset' in changes)) delete o.offset;
  return routeHref('search', o);
}

async function renderWelcome(ctx) {
  const {view} = ctx;
  const res = await api('/api/stats');
  if (!ctx.isCurrent()) return;
  const body = [h('h1', {tabindex: '-1'}, 'Search the dispatches'),
    h('p', {}, 'Type in the box above: results come as you type. ',
      'Press / to go to the box from anywhere, Escape to leave a field.')];
  if (res.ok) {
    const s = res.data;
    const facts = [];
    if (typeof s.docs === 'number') facts.push(`${fmtNumber(s.docs)} dispatch${s.docs === 1 ? '' : 'es'}`);
    if (s.first_date && s.last_date) facts.push(`published from ${s.first_date} to ${s.last_date}`);
    // langs: [{lang, docs}] from the API, {lang: n} from `veille stats`.
    const langs = Array.isArray(s.langs) ? s.langs.map((l) => [l.lang, l.docs ?? l.count])
      : s.langs && typeof s.langs === 'object' ? Object.entries(s.langs) : [];
    const named = langs.filter(([l, n]) => typeof l === 'string' && typeof n === 'number');
    if (named.length) facts.push(named.map(([l, n]) => `${l} ${fmtNumber(n)}`).join(', '));
    if (facts.length) {
      body.push(section('The collection', h('p', {}, facts.join(' · ')),
        s.first_date ? h('p', {}, h('a', {href: routeHref('search', {from: s.first_date}), class: 'button'}, 'Browse them all')) : null));
    }
  }
  const ents = await api('/api/entities', {limit: 30});
  if (!ctx.isCurrent()) return;
  if (ents.ok && list(ents.data.entities).length) {
    body.push(section('Most mentioned', h('ul', {class: 'chips'},
      list(ents.data.entities).map((e) => h('li', {}, h('a', {href: entityHref(e.name), class: `chip ent-${e.type}`},
        e.name, h('span', {class: 'count'}, fmtNumber(e.mentions))))))));
  }
  show(view, ...body);
  setStatus('');
}

function facetPeriod(cur, days) {
  const pick = (from, to) => {
    location.hash = withParams(cur, {from, to});
  };
  const from = h('input', {type: 'date', id: 'f-from', value: cur.from || ''});
  const to = h('input', {type: 'date', id: 'f-to', value: cur.to || ''});
  const form = h('form', {class: 'period-form', onsubmit: (e) => {
    e.preventDefault();
    location.hash = withParams(cur, {from: from.value || null, to: to.value || null});
  }},
  h('label', {for: 'f-from'}, 'From'), from,
  h('label', {for: 'f-to'}, 'to'), to,
  h('button', {type: 'submit'}, 'Apply'));
  // Dispatches that speak of a period, whenever they were published.
  const mfrom = h('input', {type: 'date', id: 'f-mfrom', value: cur.mentions_from || ''});
  const mto = h('input', {type: 'date', id: 'f-mto', value: cur.mentions_to || ''});
  const mform = h('form', {class: 'period-form', onsubmit: (e) => {
    e.preventDefault();
    location.hash = withParams(cur, {mentions_from: mfrom.value || null, mentions_to: mto.value || null});
  }},
  h('span', {class: 'form-title'}, 'Speaks of'),
  h('label', {for: 'f-mfrom'}, 'from'), mfrom,
  h('label', {for: 'f-mto'}, 'to'), mto,
  h('button', {type: 'submit'}, 'Apply'));
  const parts = [];
  if (days.length) parts.push(dayHistogram(days, pick));
  else parts.push(h('p', {class: 'na'}, 'No counts by day.'));
  parts.push(form);
  if (cur.from || cur.to)
    parts.push(h('a', {href: withParams(cur, {from: null, to: null}), class: 'clear'}, 'Any date'));
  parts.push(mform);
  return section('Published', ...parts);
}

function facetLangs(cur, langs) {
  if (!langs.length) return null;
  return section('Languages', h('ul', {class: 'facet'}, langs.map((l) => {
    const on = cur.lang === l.lang;
    return h('li', {}, h('a', {href: withParams(cur, {lang: on ? null : l.lang}),
      class: 'facet-item lang-facet' + (on ? ' on' : ''), 'aria-pressed': on ? 'true' : 'false',
      dataset: {lang: l.lang}},
    h('span', {}, l.lang), h('span', {class: 'count'}, fmtNumber(l.count))));
  })));
}

function facetEntities(cur, ents) {
  if (!ents) return section('Names', h('p', {class: 'na'}, 'Entity facets: not available on this server yet.'));
  const out = [];
  for (const type of ['PER', 'LOC', 'ORG', 'MISC']) {
    const mine = ents.filter((e) => e.type === type).slice(0, 10);
    if (!mine.length) continue;
    out.push(section(TYPE_NAMES[type], h('ul', {class: 'facet'}, mine.map((e) => {
      const on = cur.entity === e.name;
      return h('li', {class: 'facet-row'},
        h('a', {href: withParams(cur, {entity: on ? null : e.name}),
          class: `facet-item entity-facet ent-${type}` + (on ? ' on' : ''), 'aria-pressed': on ? 'true' : 'false',
          title: on ? 'Remove this filter' : 'Only dispatches that name ' + e.name},
        h('span', {}, e.name), h('span', {class: 'count'}, fmtNumber(e.count))),
        h('a', {href: entityHref(e.name), class: 'to-entity', title: 'Page of ' + e.name,
          'aria-label': 'Page of ' + e.name}, '→'));
    }))));
  }
  return out.length ? out : null;
}

function activeFilters(cur) {
  const names = {from: 'from', to: 'to', lang: 'language', entity: 'name',
    mentions_from: 'mentions from', mentions_to: 'mentions to'};
  const chips = [];
  for (const k of Object.keys(names)) {
    if (!cur[k]) continue;
    chips.push(h('li', {}, h('a', {href: withParams(cur, {[k]: null}), class: 'chip removable',
      'aria-label': `Remove filter ${names[k]} ${cur[k]}`}, `${names[k]}: ${cur[k]}`, h('span', {'aria-hidden': 'true'}, ' ×'))));
  }
  return chips.length ? h('ul', {class: 'chips active-filters', 'aria-label': 'Active filters'}, chips) : null;
}

function pager(cur, total, offset, limit) {
  if (total <= limit && offset === 0) return null;
  const prev = offset > 0 ? h('a', {href: withParams(cur, {offset: Math.max(0, offset - limit) || null}), rel: 'prev', class: 'button'}, '← Previous') : null;
  const next = offset + limit < total ? h('a', {href: withParams(cur, {offset: offset + limit}), rel: 'next', class: 'button'}, 'Next →') : null;
  return h('nav', {class: 'pager', 'aria-label': 'Pages'}, prev,
    h('span', {}, `${fmtNumber(offset + 1)}–${fmtNumber(Math.min(total, offset + limit))} of ${fmtNumber(total)}`), next);
}

export async function renderSearch(ctx, params) {
  const {view} = ctx;
  const cur = paramsObject(params);
  const anyFilter = FILTERS.some((k) => cur[k]);
  if (inflight) inflight.abort();
  if (!anyFilter) {
    inflight = null;
    return renderWelcome(ctx);
  }
  inflight = new AbortController();
  setStatus('Searching…');
  const res = await api('/api/search', Object.assign({limit: LIMIT}, cur), inflight.signal);
  if (!ctx.isCurrent() || res.aborted) return;
  const heading = h('h1', {tabindex: '-1'}, cur.q ? `Search: ${cur.q}` : 'Dispatches');
  if (!res.ok) {
    show(view, heading, activeFilters(cur),
      h('p', {class: 'na error'}, res.status === 404 ? 'Search is not available on this server.' : `The search failed: ${res.message}.`));
    setStatus('');
    return;
  }
  const d = res.data;
  const hits = list(d.hits);
  const total = Number(d.total) || 0;
  const offset = Number(d.offset) || 0;
  const limit = Number(d.limit) || LIMIT;
  const facets = d.facets || {};
  const summary = h('p', {class: 'summary'}, total ? `${fmtNumber(total)} dispatch${total === 1 ? '' : 'es'}` : 'No dispatch found',
    typeof d.took_ms === 'number' ? h('span', {class: 'took'}, ` in ${d.took_ms < 10 ? d.took_ms.toFixed(1) : Math.round(d.took_ms)} ms`) : null);
  const results = h('section', {class: 'results', 'aria-label': 'Results'}, summary,
    h('ol', {class: 'hits', start: offset + 1}, hits.map((hit) => h('li', {class: 'hit'},
      h('a', {href: docHref(hit.id), class: 'hit-title'}, hit.title || hit.id),
      h('div', {class: 'meta'}, h('time', {datetime: hit.date}, hit.date), ' · ', h('span', {class: 'lang'}, hit.lang)),
      hit.snippet ? h('p', {}, snippetNode(hit.snippet)) : null))),
    pager(cur, total, offset, limit));
  const aside = h('aside', {class: 'facets', 'aria-label': 'Filters'},
    facetPeriod(cur, list(facets.days)),
    facetLangs(cur, list(facets.langs)),
    facetEntities(cur, Array.isArray(facets.entities) ? facets.entities : null),
    h('p', {}, h('a', {href: routeHref('timeline', {q: cur.q, entity: cur.entity, from: cur.from, to: cur.to})}, 'Timeline of this search →')));
  show(view, heading, activeFilters(cur), h('div', {class: 'search-layout'}, results, aside));
  setStatus(total ? `${fmtNumber(total)} results` : 'No results');
}
