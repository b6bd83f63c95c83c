// Prints the functions with the most self time in a .cpuprofile written by `node --cpu-prof`.
// Usage: node --cpu-prof --cpu-prof-dir=/tmp/prof out/bench/suite.js profile compliance 10000 /tmp/w
//        node test/bench/profile-top.mjs /tmp/prof/<file>.cpuprofile [top=25]
import { readFileSync } from 'node:fs';

const [file, topText = '25'] = process.argv.slice(2);
if (!file) {
  console.error('usage: profile-top.mjs <file.cpuprofile> [top]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length) / 1000;
const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const self = new Map();
for (const node of profile.nodes) {
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || '(anonymous)'}  ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (hits.get(node.id) ?? 0) * interval);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(topText))) {
  console.log(`${ms.toFixed(0).padStart(8)} ms  ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
}

// With a third argument (a function name), show that function's hottest source lines too.
const focus = process.argv[4];
if (focus) {
  const lines = new Map();
  for (const node of profile.nodes) {
    if (node.callFrame.functionName !== focus) continue;
    for (const tick of node.positionTicks ?? []) lines.set(tick.line, (lines.get(tick.line) ?? 0) + tick.ticks * interval);
  }
  console.log(`\n${focus}: self time by line`);
  for (const [line, ms] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${ms.toFixed(0).padStart(8)} ms  line ${line}`);
}
