// Preloaded into the electronegativity scan: its only network use (fetching translations
// and Electron release notes) fails at once, so the scan is offline and deterministic.
// eslint-disable-next-line @typescript-eslint/no-require-imports, no-undef -- a CommonJS preload (node -r) by nature
const Module = require('node:module');

const load = Module._load;
const offline = () => Promise.reject(new Error('offline: the security scan makes no network requests'));
Module._load = function loadOffline(request, ...rest) {
  if (request === 'got') return { __esModule: true, default: offline };
  return load.call(this, request, ...rest);
};
