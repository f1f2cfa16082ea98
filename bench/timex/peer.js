// peer.js -- the peer of the time-expression benchmark: Microsoft
// Recognizers-Text date-time (@microsoft/recognizers-text-date-time) on the
// same texts as veille (bench/timex/texts.py).  Loads the JSONL file once,
// builds the date-time model of the culture once (fr-fr or en-us), then
// recognizes each document against its date, ROUNDS times, timing the
// recognition only (process CPU time: one core; Node runs it on one thread).
// Only the first LIMIT_MB megabytes of documents are used when the peer is
// too slow for the whole file: its MB/s is the same rate, measured on less.
//
//   node bench/timex/peer.js FILE.jsonl fr|en [ROUNDS] [LIMIT_MB]
'use strict';
const fs = require('fs');
const { DateTimeRecognizer } = require('@microsoft/recognizers-text-date-time');

const [file, lang, roundsArg, limitArg] = process.argv.slice(2);
if (!file || (lang !== 'fr' && lang !== 'en')) {
  console.error('usage: node peer.js FILE.jsonl fr|en [ROUNDS] [LIMIT_MB]');
  process.exit(2);
}
const rounds = Math.max(1, parseInt(roundsArg || '3', 10));
const limit = limitArg ? parseFloat(limitArg) * 1e6 : Infinity;

const docs = [];
let bytes = 0;
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue;
  if (bytes >= limit) break;
  const o = JSON.parse(line);
  const [y, m, d] = o.date.split('-').map(Number);
  docs.push({ text: o.text, ref: new Date(y, m - 1, d, 12, 0, 0) });
  bytes += Buffer.byteLength(o.text, 'utf8');
}

const culture = lang === 'fr' ? 'fr-fr' : 'en-us';
const model = new DateTimeRecognizer(culture).getDateTimeModel(culture);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const secs = [];
for (let r = 0; r < rounds; r++) {
  let found = 0;
  const t0 = cpu();
  for (const d of docs) found += model.parse(d.text, d.ref).length;
  const s = cpu() - t0;
  secs.push(s);
  console.log(`peer ${lang} round ${r + 1}: ${(bytes / 1e6).toFixed(4)} MB in ${s.toFixed(3)} s = ` +
    `${(bytes / 1e6 / s).toPrecision(4)} MB/s, ${found} expressions`);
}
secs.sort((a, b) => a - b);
const med = secs[Math.floor(rounds / 2)];
console.log(`peer ${lang} median: ${docs.length} documents, ${(bytes / 1e6).toFixed(4)} MB, ` +
  `${(bytes / 1e6 / med).toPrecision(4)} MB/s`);
