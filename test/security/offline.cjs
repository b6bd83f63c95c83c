// Preloaded into the electronegativity scan (node -r).
// 1. Its only network use (fetching translations and Electron release notes) fails at once, so
//    the scan is offline and deterministic.
// 2. It writes the CSV header (truncating) and then the rows (appending) with two async
//    fs.writeFile calls it does not wait for; under load the header write could land after the
//    rows and mangle the first one (a CI run failed on a 3-column row). Writes to one file are
//    queued here, so they happen in the order the scanner issued them.
/* eslint-disable @typescript-eslint/no-require-imports, no-undef -- a CommonJS preload (node -r) by nature */
const Module = require('node:module');
const fs = require('node:fs');

const load = Module._load;
const offline = () => Promise.reject(new Error('offline: the security scan makes no network requests'));
Module._load = function loadOffline(request, ...rest) {
  if (request === 'got') return { __esModule: true, default: offline };
  return load.call(this, request, ...rest);
};

const writeFile = fs.writeFile;
const queues = new Map();
fs.writeFile = function queuedWriteFile(file, data, ...rest) {
  const callback = typeof rest[rest.length - 1] === 'function' ? rest.pop() : () => undefined;
  const key = String(file);
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(
    () =>
      new Promise((resolve) => {
        writeFile.call(fs, file, data, ...rest, (error) => {
          resolve();
          callback(error);
        });
      }),
  );
  queues.set(key, next);
};
