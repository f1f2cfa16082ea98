// dom.js -- small helpers to build the page's DOM without innerHTML (so that
// no text from a dispatch can ever become markup), and to format values.

// h('a', {href: '#/x', class: 'y'}, 'text', child...) -> an element.
// Attributes named on* take functions (event listeners); null/false skip.
export function h(tag, attrs, ...children) {
  const svg = tag.startsWith('svg:');
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
                 : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

// The API's snippets are HTML-escaped text with <mark>...</mark> around the
// matches. Only those two tags are let through: any other '<' is escaped
// again, so a server bug cannot inject markup.
export function snippetNode(snippet) {
  const span = document.createElement('span');
  span.className = 'snippet';
  const safe = String(snippet || '').replace(/<(?!\/?mark>)/g, '&lt;');
  span.innerHTML = safe;
  return span;
}

// "#/entity/Name" for an entity name, "#/doc/ID" for a dispatch.
export const docHref = (id, extra) => '#/doc/' + encodeURIComponent(id) + (extra ? '?' + extra : '');
export const entityHref = (name) => '#/entity/' + encodeURIComponent(name);

export function routeHref(view, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {}))
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return '#/' + view + (s ? '?' + s : '');
}

export const TYPE_NAMES = {
  PER: 'People', LOC: 'Places', ORG: 'Organisations', MISC: 'Other names',
};
export const TYPE_ONE = {
  PER: 'person', LOC: 'place', ORG: 'organisation', MISC: 'other name',
};

export function fmtNumber(n) {
  return typeof n === 'number' ? n.toLocaleString('en-GB') : String(n ?? '');
}

// A YYYY-MM-DD day as a Unix time in seconds (UTC midnight), or NaN.
export function dayToSeconds(day) {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(String(day || ''));
  if (!m) return NaN;
  return Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1) / 1000;
}

export function secondsToDay(s) {
  return new Date(s * 1000).toISOString().slice(0, 10);
}

// A panel that says why it is empty, instead of a blank or a broken view.
export function notAvailable(what, res) {
  const why = res && res.status === 404 ? 'not available on this server'
    : res && res.message ? res.message : 'not available';
  return h('p', {class: 'na'}, `${what}: ${why}.`);
}

export function section(title, ...children) {
  return h('section', {class: 'panel'}, h('h2', {}, title), ...children);
}

export function setStatus(text) {
  const s = document.getElementById('status');
  if (s) s.textContent = text;
}

// Replaces what an element shows (null children are skipped).
export function show(el, ...children) {
  return append(clear(el), children);
}
