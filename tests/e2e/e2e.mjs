// e2e.mjs -- end-to-end tests of veille's web page in headless Chromium
// (Debian's /usr/bin/chromium driven by playwright-core; no browser is
// downloaded). It ingests the example dispatches into a fresh database,
// starts `veille serve` on a free loopback port, and checks what a person
// does: search as they type, filter by language and by a brushed period,
// go by keyboard alone, open a dispatch and see its marks, open an entity
// page, the timeline, a phone-sized screen; and that no request left
// localhost. A failed check saves a screenshot in build/e2e/. Closing line
// "N passed, N failed"; exit status 1 when any check failed.
//
//   node tests/e2e/e2e.mjs            (make e2e runs it through run.sh)
//   VEILLE_URL=http://127.0.0.1:8080 node tests/e2e/e2e.mjs   (a running server)

import {spawn, execFileSync} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'build/e2e');
const bin = process.env.VEILLE_BIN || path.join(root, 'bin/veille');
const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';
fs.mkdirSync(out, {recursive: true});

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const {port} = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitHealthy(base, server, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (server && server.exitCode !== null) throw new Error(`veille serve exited with status ${server.exitCode}`);
    try {
      const r = await fetch(base + '/healthz');
      if (r.ok) return;
    } catch (e) {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${base}/healthz within ${ms} ms`);
}

let base = process.env.VEILLE_URL;
let server = null;
let serverLog = '';
if (!base) {
  const db = path.join(out, 'e2e.db');
  for (const f of [db, db + '-wal', db + '-shm']) fs.rmSync(f, {force: true});
  execFileSync(bin, ['--db', db, 'ingest', path.join(root, 'examples/dispatches')], {stdio: ['ignore', 'ignore', 'inherit']});
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(bin, ['--db', db, 'serve', '--bind', '127.0.0.1', '--port', String(port)], {stdio: ['ignore', 'pipe', 'pipe']});
  server.stdout.on('data', (d) => { serverLog += d; });
  server.stderr.on('data', (d) => { serverLog += d; });
  try {
    await waitHealthy(base, server, 15000);
  } catch (e) {
    console.error(`e2e: ${e.message}\n${serverLog}`);
    server.kill('SIGTERM');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const browser = await chromium.launch({executablePath: browserPath, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']});
const outside = [];   // requests to anything but the server
const pageErrors = []; // uncaught exceptions in the page
let passed = 0, failed = 0;

async function newPage(viewport) {
  const ctx = await browser.newContext({viewport: viewport || {width: 1200, height: 900}});
  const page = await ctx.newPage();
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (u.protocol === 'data:') return;
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)) outside.push(req.url());
  });
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  page.setDefaultTimeout(8000);
  return page;
}

function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

async function check(name, fn) {
  const page = await newPage(fn.viewport);
  const t0 = Date.now();
  try {
    const note = await fn(page);
    passed++;
    console.log(`ok   ${name} (${Date.now() - t0} ms)${note ? ': ' + note : ''}`);
  } catch (e) {
    failed++;
    const shot = path.join(out, name.replace(/[^a-z0-9]+/gi, '-') + '.png');
    try {
      await page.screenshot({path: shot, fullPage: true});
    } catch (e2) {
      // the page may be gone; the message says enough
    }
    console.log(`FAIL ${name}: ${e.message.split('\n')[0]} (screenshot ${path.relative(root, shot)})`);
  } finally {
    await page.context().close();
  }
}

// What the API itself says, to know whether a panel must show data or
// must say "not available".
async function apiGet(p) {
  const r = await fetch(base + p);
  let body = null;
  try {
    body = await r.json();
  } catch (e) {
    body = null;
  }
  return {status: r.status, body};
}

const hitCount = (page) => page.locator('.hits > li').count();
const hashParams = (page) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] || '');

await check('page loads from the program', async (page) => {
  const r = await page.goto(base + '/');
  assert(r.ok(), `GET / answered ${r.status()}`);
  assert((r.headers()['content-type'] || '').startsWith('text/html'), 'GET / is not text/html');
  await page.locator('#q').waitFor();
  assert(await page.title() === 'veille', 'title is not "veille"');
  await page.locator('main h1').waitFor();
});

let otanTotal = 0;
await check('search as you type', async (page) => {
  await page.goto(base + '/');
  await page.locator('#q').click();
  await page.keyboard.type('otan', {delay: 60});
  await page.locator('.hits > li').first().waitFor();
  const n = await hitCount(page);
  assert(n > 0, 'no hit for "otan"');
  assert(hashParams(page).get('q') === 'otan', `hash does not follow the box: ${page.url()}`);
  assert(await page.locator('.hits mark').count() > 0, 'no highlighted match in the snippets');
  const api = await apiGet('/api/search?q=otan');
  otanTotal = api.body.total;
  const summary = await page.locator('.summary').textContent();
  assert(summary.includes(String(otanTotal)), `summary "${summary}" does not give the API's total ${otanTotal}`);
  // Typing more narrows the results without a page load.
  await page.keyboard.type(' korvosie', {delay: 40});
  await page.waitForFunction(() => new URLSearchParams(location.hash.split('?')[1]).get('q') === 'otan korvosie');
  const narrow = await apiGet('/api/search?q=' + encodeURIComponent('otan korvosie'));
  assert(narrow.body.total < otanTotal, 'the narrower query is not narrower in the API');
  await page.waitForFunction((t) => document.querySelector('.summary') && document.querySelector('.summary').textContent.startsWith(t + ' '), String(narrow.body.total));
  return `${otanTotal} hits for otan`;
});

await check('language facet', async (page) => {
  await page.goto(base + '/#/search?q=sommet%20OR%20summit');
  const fr = page.locator('a.lang-facet[data-lang="en"]');
  await fr.waitFor();
  await fr.click();
  await page.waitForFunction(() => location.hash.includes('lang=en'));
  // The unfiltered hits stay on the page until the filtered answer comes
  // back: wait for the list to change (up to 5 s), then check it.
  await page.waitForFunction(() => {
    const l = [...document.querySelectorAll('.hits .lang')].map((e) => e.textContent);
    return l.length > 0 && l.every((x) => x === 'en');
  }, null, {timeout: 5000}).catch(() => {});
  const langs = await page.locator('.hits .lang').allTextContents();
  assert(langs.length > 0, 'no hit after the filter');
  assert(langs.every((l) => l === 'en'), `hits in other languages: ${langs.join(',')}`);
  assert(await page.locator('a.lang-facet.on').count() === 1, 'the chosen language is not shown as on');
  // Back removes the filter.
  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes('lang='));
  return `${langs.length} English hits`;
});

await check('entity facet', async (page) => {
  const api = await apiGet('/api/search?q=otan');
  const ents = api.body.facets && api.body.facets.entities;
  await page.goto(base + '/#/search?q=otan');
  await page.locator('.hits > li').first().waitFor();
  if (!Array.isArray(ents)) {
    await page.locator('.facets .na', {hasText: 'not available'}).waitFor();
    return 'no entity facets from the server; the page says so';
  }
  assert(ents.length > 0, 'no entity in the facets of "otan"');
  const link = page.locator('a.entity-facet').first();
  const name = await link.locator('span').first().textContent();
  await link.click();
  await page.waitForFunction((n) => new URLSearchParams(location.hash.split('?')[1]).get('entity') === n, name);
  const filtered = await apiGet('/api/search?q=otan&entity=' + encodeURIComponent(name));
  assert(filtered.status === 200, `search with entity answered ${filtered.status}`);
  await page.waitForFunction((t) => document.querySelector('.summary') && document.querySelector('.summary').textContent.startsWith(t + ' '), String(filtered.body.total));
  // The filter is by name: a name tagged with two types is on in both lists.
  const on = await page.locator('a.entity-facet.on > span:first-child').allTextContents();
  assert(on.length >= 1 && on.every((n) => n === name), `names shown as on: ${on.join(', ')}`);
  return `${name}: ${filtered.body.total} of ${api.body.total}`;
});

await check('brush a period on the histogram', async (page) => {
  await page.goto(base + '/#/search?q=otan');
  const over = page.locator('.chart.brushable .u-over');
  await over.waitFor();
  const box = await over.boundingBox();
  await page.mouse.move(box.x + box.width * 0.05, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, {steps: 8});
  await page.mouse.up();
  await page.waitForFunction(() => location.hash.includes('from=') && location.hash.includes('to='));
  const p = hashParams(page);
  const from = p.get('from'), to = p.get('to');
  assert(/^\d{4}-\d\d-\d\d$/.test(from) && /^\d{4}-\d\d-\d\d$/.test(to) && from <= to, `bad period ${from}..${to}`);
  // The hits of the period replace the others (one render, no reload).
  await page.waitForFunction(([a, b]) => {
    const t = [...document.querySelectorAll('.hits time')].map((e) => e.textContent);
    return t.length > 0 && t.every((d) => d >= a && d <= b);
  }, [from, to]);
  const dates = await page.locator('.hits time').allTextContents();
  const api = await apiGet(`/api/search?q=otan&from=${from}&to=${to}`);
  assert(api.body.total < otanTotal, 'the period did not narrow the search');
  assert(dates.every((d) => d >= from && d <= to), `hits outside ${from}..${to}: ${dates.join(',')}`);
  return `${from}..${to}, ${dates.length} hits`;
});

await check('browse everything, page by page', async (page) => {
  await page.goto(base + '/');
  await page.locator('a.button', {hasText: 'Browse them all'}).click();
  await page.locator('.hits > li').first().waitFor();
  const p = hashParams(page);
  const api = await apiGet('/api/search?from=' + p.get('from'));
  assert(api.status === 200, `the search without words answered ${api.status}`);
  const total = api.body.total;
  const first = await hitCount(page);
  assert(first === Math.min(20, total), `first page has ${first} hits of ${total}`);
  if (total <= 20) return `${total} dispatches, one page`;
  await page.locator('.pager a[rel=next]').click();
  await page.waitForFunction(() => location.hash.includes('offset=20'));
  await page.waitForFunction(() => document.querySelector('.hits') && document.querySelector('.hits').getAttribute('start') === '21');
  const second = await hitCount(page);
  assert(second === Math.min(20, total - 20), `second page has ${second} hits`);
  const firstIds = api.body.hits.map((x) => x.id);
  const shown = await page.locator('.hits a.hit-title').evaluateAll((els) => els.map((e) => decodeURIComponent(e.getAttribute('href').slice(6))));
  assert(!shown.some((id) => firstIds.includes(id)), 'the second page repeats hits of the first');
  return `${total} dispatches, ${first} + ${second} shown`;
});

let docId = null;
await check('keyboard alone: search, open, come back', async (page) => {
  await page.goto(base + '/');
  await page.keyboard.press('/');
  assert(await page.evaluate(() => document.activeElement.id) === 'q', '"/" does not focus the search box');
  await page.keyboard.type('frégate');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement && document.activeElement.classList.contains('hit-title'));
  const style = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert(style !== 'none', 'the focused result has no visible outline');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.startsWith('#/doc/'));
  docId = decodeURIComponent(new URL(page.url()).hash.slice('#/doc/'.length).split('?')[0]);
  await page.locator('.doc-text').waitFor();
  await page.keyboard.press('Escape');
  assert(await page.evaluate(() => document.activeElement.id) === 'q', 'Escape does not bring the focus back to the box');
  await page.keyboard.press('Escape');
  assert(await page.locator('#q').inputValue() === '', 'a second Escape does not clear the box');
  assert(page.url().includes('#/doc/'), 'clearing the box left the dispatch');
  await page.keyboard.press('Tab');
  const tag = await page.evaluate(() => document.activeElement.tagName);
  assert(tag === 'A', `Tab after the box lands on ${tag}`);
  // Typing from the dispatch view goes to the results, the focus stays in
  // the box, and what was typed after the first letters is kept.
  await page.keyboard.press('/');
  await page.keyboard.type('otan', {delay: 120});
  await page.waitForFunction(() => location.hash.startsWith('#/search?q=otan'));
  await page.locator('.hits > li').first().waitFor();
  assert(await page.evaluate(() => document.activeElement.id) === 'q', 'typing from a dispatch loses the focus');
  assert(await page.locator('#q').inputValue() === 'otan', 'keys typed during the navigation were lost');
  return docId;
});

await check('dispatch with highlighted entities and time expressions', async (page) => {
  const id = docId || '2026-03-11-fr-baltik-incident-patrouilleur';
  const api = await apiGet('/api/docs/' + encodeURIComponent(id));
  assert(api.status === 200, `/api/docs answered ${api.status}`);
  await page.goto(base + '/#/doc/' + encodeURIComponent(id));
  await page.locator('.doc-text').waitFor();
  const d = api.body;
  const cps = Array.from(d.text);
  // Every time expression is marked, its text cut at the right code
  // points, its resolved value in the title.
  const tx = (d.timexes || []).filter((t) => t.end <= cps.length);
  assert(tx.length > 0, 'the dispatch has no time expression to check');
  const shown = await page.locator('.doc-text .timex').evaluateAll((els) => els.map((e) => [e.dataset.span, e.textContent, e.title]));
  for (const t of tx) {
    const el = shown.find((s) => s[0] === `${t.start}-${t.end}`);
    assert(el, `time expression ${t.text} (${t.start}-${t.end}) is not marked`);
    assert(el[1] === cps.slice(t.start, t.end).join(''), `marked "${el[1]}" for "${t.text}"`);
    assert(el[2].includes(t.value), `title "${el[2]}" lacks the value ${t.value}`);
  }
  const ents = d.entities || [];
  if (ents.length) {
    const n = await page.locator('.doc-text a.mark[class*="ent-"]').count();
    assert(n > 0, 'no entity marked');
    const first = ents[0];
    const text = await page.locator(`.doc-text [data-span="${first.start}-${first.end}"]`).first().textContent();
    assert(text === cps.slice(first.start, first.end).join(''), `entity marked as "${text}"`);
  }
  const legend = await page.locator('.legend li').count();
  assert(legend >= 1 + (ents.length ? 1 : 0), 'the legend is missing kinds');
  // The legend switches a kind off.
  await page.locator('#show-timex').uncheck();
  assert(await page.locator('.doc-text.hide-timex').count() === 1, 'unticking the legend does not hide the time expressions');
  // Hover/focus gives the resolved value: the marks are focusable.
  await page.locator('.doc-text .timex').first().focus();
  assert(await page.evaluate(() => document.activeElement.classList.contains('timex')), 'a time expression does not take the focus');
  return `${tx.length} time expressions, ${ents.length} entities`;
});

// Offsets are code points; JavaScript strings are UTF-16. In this dispatch
// a quoted post has emoji (two UTF-16 units each) before later names and
// dates: each mark must still cover exactly the API's text.
await check('marks after characters outside the BMP', async (page) => {
  const id = '2026-03-27-en-ysolde-insurers-claims';
  const api = await apiGet('/api/docs/' + id);
  assert(api.status === 200, `/api/docs answered ${api.status}`);
  const cps = Array.from(api.body.text);
  const marks = (api.body.entities || []).concat(api.body.timexes || []);
  const astral = cps.findIndex((c) => c.codePointAt(0) > 0xffff);
  assert(astral >= 0, 'the dispatch has no character outside the BMP');
  const after = marks.filter((m) => m.start > astral);
  assert(after.length > 0, 'nothing is marked after the emoji');
  await page.goto(base + '/#/doc/' + id);
  await page.locator('.doc-text').waitFor();
  const shown = await page.locator('.doc-text [data-span]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.dataset.span, e.textContent])));
  for (const m of after) {
    const want = cps.slice(m.start, m.end).join('');
    assert(want === m.text, `the API's own offsets ${m.start}-${m.end} do not give "${m.text}"`);
    assert(shown[`${m.start}-${m.end}`] === want, `"${m.text}" marked as "${shown[`${m.start}-${m.end}`]}"`);
  }
  return `${after.length} marks after the first emoji`;
});

await check('an unknown dispatch says so', async (page) => {
  await page.goto(base + '/#/doc/no-such-dispatch-here');
  await page.locator('main .na').waitFor();
});

await check('entity page', async (page) => {
  const id = docId || '2026-03-11-fr-baltik-incident-patrouilleur';
  const doc = await apiGet('/api/docs/' + encodeURIComponent(id));
  const ents = (doc.body && doc.body.entities) || [];
  const name = ents.length ? ents[0].canonical || ents[0].text : 'OTAN';
  const api = await apiGet('/api/entities/' + encodeURIComponent(name));
  await page.goto(base + '/#/doc/' + encodeURIComponent(id));
  await page.locator('.doc-text').waitFor();
  if (ents.length) {
    await page.locator(`.doc-text [data-span="${ents[0].start}-${ents[0].end}"]`).first().click();
  } else {
    await page.goto(base + '/#/entity/' + encodeURIComponent(name));
  }
  await page.waitForFunction(() => location.hash.startsWith('#/entity/'));
  await page.locator('main h1').waitFor();
  const h1 = await page.locator('main h1').textContent();
  // the store's canonical may be another spelling of the same entity
  // (a headline's "MER BALTIQUE" for the body's "Baltique"): same letters, any case
  assert(h1.toLowerCase().includes(name.toLowerCase()), `heading "${h1}" does not name ${name}`);
  if (api.status === 200) {
    // The API's names (docs/api.md) or the library's (months, related,
    // dispatches): the page reads both.
    const e = api.body;
    const periods = e.mentions_over_time || e.months || [];
    const related = e.cooccurring || e.related || [];
    const docs = Array.isArray(e.docs) ? e.docs : e.dispatches || [];
    assert(periods.length + related.length + docs.length > 0, 'the entity endpoint gives nothing to show');
    if (periods.length) await page.locator('.chart canvas').first().waitFor();
    if (related.length) {
      await page.locator('svg.graph').waitFor();
      const nodes = await page.locator('svg.graph a.node').count();
      assert(nodes === Math.min(25, related.length), `graph has ${nodes} linked nodes for ${related.length}`);
    }
    if (docs.length) assert(await page.locator('.doclist li').count() === docs.length, 'dispatch list incomplete');
    return `${name}: ${periods.length} periods, ${related.length} related, ${docs.length} dispatches`;
  }
  await page.locator('main .na').first().waitFor();
  return `${name}: endpoint answers ${api.status}, page says not available`;
});

await check('timeline', async (page) => {
  const api = await apiGet('/api/timeline?q=otan');
  await page.goto(base + '/#/search?q=otan');
  await page.locator('a[href^="#/timeline"]').last().click();
  await page.waitForFunction(() => location.hash.startsWith('#/timeline'));
  if (api.status === 200 && (api.body.items || []).length) {
    await page.locator('.timeline li.tl-item').first().waitFor();
    // In the order of the periods' beginnings ("2025-SU" sorts as June).
    const starts = await page.locator('li.tl-day').evaluateAll((els) => els.map((e) => e.dataset.sort));
    assert(starts.length > 0 && starts.join('\n') === starts.slice().sort().join('\n'), 'timeline dates are not in order');
    await page.locator('.timeline li.tl-item a').first().click();
    await page.waitForFunction(() => location.hash.startsWith('#/doc/'));
    await page.locator('.doc-text .flash').waitFor();
    return `${api.body.items.length} items`;
  }
  await page.locator('main .na').first().waitFor();
  return `endpoint answers ${api.status}, page says so`;
});

const phone = async (page) => {
  await page.goto(base + '/#/search?q=otan');
  await page.locator('.hits > li').first().waitFor();
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert(wide <= 375 + 1, `the page is ${wide}px wide on a 375px screen`);
  await page.goto(base + '/#/doc/' + encodeURIComponent(docId || '2026-03-11-fr-baltik-incident-patrouilleur'));
  await page.locator('.doc-text').waitFor();
  const wide2 = await page.evaluate(() => document.documentElement.scrollWidth);
  assert(wide2 <= 375 + 1, `the dispatch is ${wide2}px wide on a 375px screen`);
};
phone.viewport = {width: 375, height: 740};
await check('phone-sized screen', phone);

await check('no request left localhost, no script error', async () => {
  assert(outside.length === 0, `requests outside: ${outside.slice(0, 3).join(' ')}`);
  assert(pageErrors.length === 0, `script errors: ${pageErrors.slice(0, 3).join(' | ')}`);
});

await browser.close();
if (server) {
  server.kill('SIGTERM');
  const code = await new Promise((r) => (server.exitCode !== null ? r(server.exitCode) : server.on('exit', (c) => r(c))));
  if (code !== 0) {
    failed++;
    console.log(`FAIL veille serve stopped with status ${code} on SIGTERM\n${serverLog}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
