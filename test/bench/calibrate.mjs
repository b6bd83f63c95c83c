// Machine calibration for `npm run bench`: two fixed workloads that use none of our code, timed
// at the start and at the end of a bench run. On a shared machine the same code can run twice as
// slow on another day; these numbers let a reader tell a slower machine from a slower program.
//   cpuLoop: an integer loop (CPU only, no allocation).
//   heap: 200,000 small objects built and kept, then a JSON round trip of them (allocation,
//         GC promotion and memory bandwidth: what dominates the 50k steps).
// Prints one JSON line: { cpuLoopMs, heapMs } (medians of 5, after one warm-up).
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function cpuLoop() {
  let x = 2463534242;
  for (let i = 0; i < 100_000_000; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
  }
  return x;
}

function heap() {
  const people = [];
  for (let i = 0; i < 200_000; i++) people.push({ id: `p-${i}`, name: `Łukasz ${i % 977}`, n: i, tags: [i % 7, i % 11] });
  return JSON.parse(JSON.stringify(people)).length;
}

function time(fn) {
  fn();
  const samples = [];
  for (let i = 0; i < 5; i++) {
    globalThis.gc?.();
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return Math.round(median(samples));
}

process.stdout.write(`${JSON.stringify({ cpuLoopMs: time(cpuLoop), heapMs: time(heap) })}\n`);
