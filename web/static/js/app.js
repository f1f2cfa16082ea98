// app.js -- the page's entry point: hash routing between the views
// (#/search?q=..., #/doc/ID, #/entity/NAME, #/timeline?...), the search box
// in the header (results as you type, debounced), and keyboard handling.

import {show, h, setStatus} from './dom.js';
import {renderSearch, searchParamsFromBox} from './search.js';
import {renderDoc} from './doc.js';
import {renderEntity} from './entity.js';
import {renderTimeline} from './timeline.js';

const view = document.getElementById('view');
const box = document.getElementById('q');
const form = document.getElementById('search-form');

// The route of the current hash: {name, arg, params}.
export function parseRoute(hash) {
  const s = (hash || '').replace(/^#\/?/, '');
  const qi = s.indexOf('?');
  const path = qi < 0 ? s : s.slice(0, qi);
  const params = new URLSearchParams(qi < 0 ? '' : s.slice(qi + 1));
  const slash = path.indexOf('/');
  const name = (slash < 0 ? path : path.slice(0, slash)) || 'search';
  let arg = slash < 0 ? '' : path.slice(slash + 1);
  try {
    arg = decodeURIComponent(arg);
  } catch (e) {
    // a malformed escape: keep the raw text, the server will say not found
  }
  return {name, arg, params};
}

// Each render gets a token; a view checks it is still current before it
// writes, so that a slow answer never overwrites a newer view.
let generation = 0;
export const isCurrent = (g) => g === generation;

async function route(opts = {}) {
  const r = parseRoute(location.hash);
  const g = ++generation;
  for (const a of document.querySelectorAll('[data-nav]'))
    a.toggleAttribute('aria-current', a.dataset.nav === r.name);
  if (r.name === 'search' && document.activeElement !== box)
    box.value = r.params.get('q') || '';
  const ctx = {g, isCurrent: () => isCurrent(g), view};
  let focusTarget = null;
  try {
    if (r.name === 'search') await renderSearch(ctx, r.params);
    else if (r.name === 'doc') await renderDoc(ctx, r.arg, r.params);
    else if (r.name === 'entity') await renderEntity(ctx, r.arg);
    else if (r.name === 'timeline') await renderTimeline(ctx, r.params);
    else {
      show(view, h('h1', {tabindex: '-1'}, 'Page not found'),
        h('p', {}, 'Nothing here. ', h('a', {href: '#/search'}, 'Back to search.')));
    }
    focusTarget = view.querySelector('h1');
  } catch (e) {
    // A view must never leave the page broken: say what went wrong.
    if (!isCurrent(g)) return;
    show(view, h('h1', {tabindex: '-1'}, 'Something went wrong'),
      h('p', {class: 'na'}, String(e && e.message ? e.message : e)));
    console.error(e);
  }
  // After a navigation (not while typing) the view's heading takes the
  // focus, so that keyboard and screen-reader users land on the new view.
  if (!isCurrent(g)) return;
  // Enter in the box: the focus goes to the first result, if any.
  const first = opts.focusResults ? view.querySelector('.hits a') : null;
  if (first) first.focus();
  else if (!opts.keepFocus && focusTarget) focusTarget.focus({preventScroll: false});
}

// Search as you type: the hash follows the box (replaceState, so typing
// does not fill the history), and results come after a short pause.
let timer = 0;
let pendingNav = null; // options of the next hashchange, when the box caused it
function searchFromBox(delay, focusResults) {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const cur = parseRoute(location.hash);
    const params = searchParamsFromBox(cur.name === 'search' ? cur.params : new URLSearchParams(), box.value);
    const target = '#/search' + (params.toString() ? '?' + params : '');
    if (cur.name === 'search') {
      if (location.hash !== target) history.replaceState(null, '', target);
      route({keepFocus: true, focusResults});
    } else {
      // From another view: a real navigation (Back returns to it), but the
      // focus stays in the box, where the person is typing.
      pendingNav = {keepFocus: true, focusResults};
      location.hash = target;
    }
  }, delay);
}

box.addEventListener('input', () => searchFromBox(180));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  // Enter: search at once and go to the results.
  searchFromBox(0, true);
});
box.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    e.preventDefault();
    if (box.value) {
      // Clearing the box redoes the search only on the search view; on
      // another view it does not take the reader away from it.
      box.value = '';
      if (parseRoute(location.hash).name === 'search') searchFromBox(0);
    } else {
      box.blur();
    }
  }
});
// Escape anywhere else brings the focus back to the search box; '/' too.
document.addEventListener('keydown', (e) => {
  const t = e.target;
  const typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable);
  if (e.key === 'Escape' && !typing) {
    box.focus();
  } else if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    box.focus();
    box.select();
  }
});

window.addEventListener('hashchange', () => {
  const opts = pendingNav || {};
  pendingNav = null;
  route(opts);
});
setStatus('');
route({keepFocus: true});
