import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The machine is shared; give findBy/waitFor room before calling a slow render a failure.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  delete window.calRegister;
  delete document.body.dataset.appState;
});

// jsdom has no matchMedia; Fluent and useHighContrast query it.
if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  });
}

// jsdom has no ResizeObserver; Fluent's positioning uses it for popovers.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
