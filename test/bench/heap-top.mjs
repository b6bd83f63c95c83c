// What a V8 heap snapshot holds, for the memory an open register takes (docs/performance.md).
// Usage: node --expose-gc out/bench/suite.js profile heap-app 50000 /tmp/w   (writes /tmp/w/open-register.heapsnapshot)
//        node --max-old-space-size=8000 test/bench/heap-top.mjs /tmp/w/open-register.heapsnapshot [top=20]
// Prints: self size by node type; plain objects grouped by their first keys, with the bytes of
// their out-of-object property arrays (objects built key by key keep most properties there);
// and the strings held more than once (bytes a shared copy would save), with the unique rest.
import { readFileSync } from 'node:fs';

const [file, topText = '20'] = process.argv.slice(2);
if (!file) {
  console.error('usage: heap-top.mjs <file.heapsnapshot> [top]');
  process.exit(2);
}
const top = Number(topText);
const snapshot = JSON.parse(readFileSync(file, 'utf8'));
const { node_fields: nodeFields, edge_fields: edgeFields, node_types: [nodeTypes], edge_types: [edgeTypes] } = snapshot.snapshot.meta;
const { nodes, edges, strings } = snapshot;
const [TYPE, NAME, SIZE, EDGES] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nodeFields.indexOf(f));
const [EDGE_TYPE, EDGE_NAME, EDGE_TO] = ['type', 'name_or_index', 'to_node'].map((f) => edgeFields.indexOf(f));
const mb = (bytes) => (bytes / 1e6).toFixed(1).padStart(7);

const byType = new Map();
const shapes = new Map();
const copies = new Map();
let edge = 0;
for (let n = 0; n < nodes.length; n += nodeFields.length) {
  const type = nodeTypes[nodes[n + TYPE]];
  const name = strings[nodes[n + NAME]];
  const size = nodes[n + SIZE];
  byType.set(type, (byType.get(type) ?? 0) + size);
  if (type === 'string' || type === 'concatenated string' || type === 'sliced string') {
    const seen = copies.get(name) ?? { count: 0, bytes: 0 };
    seen.count += 1;
    seen.bytes += size;
    copies.set(name, seen);
  }
  const edgesEnd = edge + nodes[n + EDGES] * edgeFields.length;
  if (type === 'object' && name === 'Object') {
    const keys = [];
    let outside = 0;
    for (; edge < edgesEnd; edge += edgeFields.length) {
      const edgeType = edgeTypes[edges[edge + EDGE_TYPE]];
      const to = edges[edge + EDGE_TO];
      if (edgeType === 'property' && keys.length < 4) keys.push(strings[edges[edge + EDGE_NAME]]);
      if (edgeType === 'internal' && strings[edges[edge + EDGE_NAME]] === 'properties' && strings[nodes[to + NAME]].includes('PropertyArray')) outside = nodes[to + SIZE];
    }
    const key = keys.join(',');
    const shape = shapes.get(key) ?? { count: 0, bytes: 0, outside: 0 };
    shape.count += 1;
    shape.bytes += size;
    shape.outside += outside;
    shapes.set(key, shape);
  }
  edge = edgesEnd;
}

console.log('MB by node type');
for (const [type, bytes] of [...byType].sort((a, b) => b[1] - a[1])) if (bytes > 1e5) console.log(`${mb(bytes)}  ${type}`);
console.log('\nplain objects by first keys: MB / out-of-object properties MB / count');
for (const [key, s] of [...shapes].sort((a, b) => b[1].bytes + b[1].outside - a[1].bytes - a[1].outside).slice(0, top)) {
  console.log(`${mb(s.bytes)} ${mb(s.outside)} ${String(s.count).padStart(9)}  ${key}`);
}
const repeated = [...copies].filter(([, c]) => c.count > 1).map(([text, c]) => ({ text, count: c.count, spare: (c.bytes * (c.count - 1)) / c.count }));
const unique = [...copies.values()].filter((c) => c.count === 1);
console.log(`\nstrings held more than once: ${mb(repeated.reduce((a, r) => a + r.spare, 0))} MB a shared copy would spare; unique strings ${mb(unique.reduce((a, c) => a + c.bytes, 0))} MB in ${unique.length}`);
for (const r of repeated.sort((a, b) => b.spare - a.spare).slice(0, top)) console.log(`${mb(r.spare)} ${String(r.count).padStart(9)}×  ${JSON.stringify(r.text.slice(0, 48))}`);
