// compromise_peer.js -- the npm package compromise (English) tagging the
// same text as bench/ner/ner_bench.c: documents separated by blank lines,
// each parsed with nlp() and its people, places and organisations read
// out.  Prints {"tool","docs","tokens","entities","runs":[s...]}; tokens are
// counted as in ner_bench.c (runs of non-white-space characters), time is
// performance.now() around the runs (module loading excluded).
//
//   node compromise_peer.js TEXT RUNS
'use strict';
const fs = require('fs');
const { performance } = require('perf_hooks');
const nlp = require('compromise');

const [file, runsArg] = process.argv.slice(2);
const docs = fs.readFileSync(file, 'utf8').split(/\n\n+/).map((d) => d.trim()).filter((d) => d.length);
let tokens = 0;
for (const d of docs) tokens += (d.match(/\S+/g) || []).length;
const runs = [];
let entities = 0;
for (let r = 0; r < Number(runsArg); r++) {
  entities = 0;
  const t0 = performance.now();
  for (const d of docs) {
    const doc = nlp(d);
    entities += doc.people().out('array').length + doc.places().out('array').length +
      doc.organizations().out('array').length;
  }
  runs.push((performance.now() - t0) / 1000);
}
console.log(JSON.stringify({ tool: 'compromise', docs: docs.length, tokens, entities, runs }));
