// graph.js -- the network of the entities named together with one entity:
// the entity in the middle, each co-occurring one a node linked to it, the
// link as thick as the number of dispatches they share. The layout is
// d3-force's (web/package.json, /static/vendor/d3-force.min.js), run to
// rest before drawing (no animation, nothing moves under the reader);
// the drawing is plain SVG whose nodes are links, so Tab reaches each one.

import {entityHref, h} from './dom.js';

export function cooccurrenceGraph(center, others) {
  const W = 640, H = 400;
  const d3 = window.d3;
  if (!d3 || typeof d3.forceSimulation !== 'function')
    return h('p', {class: 'na'}, 'Graph not available (d3-force did not load).');
  const max = Math.max(1, ...others.map((o) => Number(o.count) || 0));
  const nodes = [{id: center.name, type: center.type, center: true, fx: W / 2, fy: H / 2}]
    .concat(others.map((o) => ({id: o.name, type: o.type, count: Number(o.count) || 0})));
  const links = others.map((o) => ({source: center.name, target: o.name, w: (Number(o.count) || 0) / max}));
  const radius = (n) => (n.center ? 14 : 5 + 7 * Math.sqrt((n.count || 0) / max));
  const sim = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(links).id((n) => n.id).distance((l) => 190 - 80 * l.w).strength(0.5))
    .force('charge', d3.forceManyBody().strength(-420))
    // Room for the label too: about 3.3 px per character on each side.
    .force('collide', d3.forceCollide().radius((n) => Math.max(radius(n) + 14, 3.3 * n.id.length)).strength(0.9))
    .force('x', d3.forceX(W / 2).strength(0.03))
    .force('y', d3.forceY(H / 2).strength(0.06))
    .stop();
  // Run to rest at once: about 300 ticks for the default alpha decay.
  const ticks = Math.ceil(Math.log(sim.alphaMin()) / Math.log(1 - sim.alphaDecay()));
  for (let i = 0; i < ticks; i++) sim.tick();
  const clampX = (x) => Math.max(60, Math.min(W - 60, x));
  const clampY = (y) => Math.max(34, Math.min(H - 12, y));
  for (const n of nodes) {
    n.x = clampX(n.x);
    n.y = clampY(n.y);
  }
  const svg = h('svg:svg', {viewBox: `0 0 ${W} ${H}`, class: 'graph', role: 'group',
    'aria-label': `${center.name} and the ${others.length} names most often in the same dispatches`});
  const gl = h('svg:g', {class: 'links'});
  for (const l of links) {
    gl.append(h('svg:line', {x1: l.source.x, y1: l.source.y, x2: l.target.x, y2: l.target.y,
      'stroke-width': 1 + 5 * l.w}));
  }
  svg.append(gl);
  for (const n of nodes) {
    const label = h('svg:text', {x: n.x, y: n.y - radius(n) - 4, 'text-anchor': 'middle'}, n.id);
    const circle = h('svg:circle', {cx: n.x, cy: n.y, r: radius(n), class: `ent-${n.type}`});
    const title = h('svg:title', {}, n.center ? n.id : `${n.id}: ${n.count} dispatch${n.count === 1 ? '' : 'es'} together`);
    const g = n.center ? h('svg:g', {class: 'node center'}, title, circle, label)
      : h('svg:a', {href: entityHref(n.id), class: 'node'}, title, circle, label);
    svg.append(g);
  }
  return h('div', {class: 'graph-box'}, svg);
}
