import type { UserEvent } from '@testing-library/user-event';
import { afterAll, beforeAll } from 'vitest';

/**
 * jsdom has no layout, so every element's offsetParent is null and Fluent's focus manager
 * (Tabster) takes every element for display:none and lets Tab fall to <body>. Tests that walk
 * with Tab give rendered elements their parent as offsetParent, and <body> a size, as a laid-out page would.
 */
export function withLayoutForTabbing(): void {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetParent');
  const bodyRect = Object.getOwnPropertyDescriptor(HTMLBodyElement.prototype, 'getBoundingClientRect');
  beforeAll(() => {
    HTMLBodyElement.prototype.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 1280, height: 800 });
    Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
      configurable: true,
      get(this: HTMLElement) {
        return this.parentElement;
      },
    });
  });
  afterAll(() => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'offsetParent', original);
    if (bodyRect) Object.defineProperty(HTMLBodyElement.prototype, 'getBoundingClientRect', bodyRect);
    else delete (HTMLBodyElement.prototype as Partial<HTMLBodyElement>).getBoundingClientRect;
  });
}

/** Presses Tab until `target` has focus, like a keyboard user would; fails when it is never reached. */
export async function tabTo(user: UserEvent, target: HTMLElement, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (document.activeElement === target) return;
    await user.tab();
  }
  if (document.activeElement !== target) throw new Error(`Tab never reached ${target.outerHTML.slice(0, 160)}`);
}
