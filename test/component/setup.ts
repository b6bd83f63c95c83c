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

// Fluent's CSS-in-JS (Griffel) inserts thousands of atomic rules into <style data-make-styles-bucket>
// sheets. jsdom does no layout, but its getComputedStyle (which Testing Library's role and name
// queries and tabster's visibility checks call for each element they look at) matched every element
// against every one of those rules: most of a component test's time went there. These tests see no
// real styling either way (the e2e tests render in Chromium), so Griffel's sheets are kept empty;
// its style elements stay, and inline styles and the theme's own sheet still apply.
{
  const insertRule = CSSStyleSheet.prototype.insertRule;
  // jsdom's sheets have no ownerNode: a sheet is Griffel's when a bucket's style element holds it.
  const griffel = new WeakMap<CSSStyleSheet, boolean>();
  const isGriffel = (sheet: CSSStyleSheet): boolean => {
    let known = griffel.get(sheet);
    if (known === undefined) {
      known = [...document.querySelectorAll<HTMLStyleElement>('style[data-make-styles-bucket]')].some((style) => style.sheet === sheet);
      griffel.set(sheet, known);
    }
    return known;
  };
  CSSStyleSheet.prototype.insertRule = function insertRuleUnlessGriffel(this: CSSStyleSheet, rule: string, index?: number): number {
    return isGriffel(this) ? (index ?? this.cssRules.length) : insertRule.call(this, rule, index);
  };
}
