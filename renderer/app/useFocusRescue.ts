import { useEffect } from 'react';

/** What can take focus from the keyboard: what a rescued focus may land on. */
const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Marks the element that holds the screen (App.tsx): an ancestor at or above it means the whole screen was replaced. */
const SCREEN_ROOT = 'data-screen-root';

/** The first element under `within` that the keyboard can reach and that is shown. */
function firstFocusable(within: Element): HTMLElement | null {
  for (const candidate of within.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    // Not asked whether it is aria-hidden: a closing dialog still hides the screen behind it when its act removes the row that opened it.
    if (candidate.getClientRects().length > 0 && !candidate.closest('[inert]')) return candidate;
  }
  return null;
}

/**
 * Where focus goes when the element that had it is gone (a button that opened another screen, the
 * row of a purchase just voided or a person just filtered out) and the browser left it on the page
 * body, from where the keyboard starts again at the top and a screen reader says nothing: the
 * nearest control still there in the same part of the screen, or else the screen's title (h1).
 * Focus moved on purpose (a click on empty space, a dialog restoring it) is left alone.
 */
function rescueTarget(lost: { element: Element; ancestors: readonly Element[] }, main: Element): HTMLElement | null {
  if (lost.element.isConnected) return null;
  for (const ancestor of lost.ancestors) {
    if (!ancestor.isConnected) continue;
    if (ancestor.hasAttribute(SCREEN_ROOT) || ancestor === main) break;
    const near = firstFocusable(ancestor);
    if (near) return near;
  }
  return main.querySelector<HTMLElement>('h1') ?? (main instanceof HTMLElement ? main : null);
}

/** What focus can go to and come back from without leaving the screen: a dialog, a menu, a list of options. */
const OVERLAY = '[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"], [role="tooltip"]';
/** An open dialog, which keeps the user from the screen behind it. */
const MODAL = '[role="dialog"][aria-modal="true"], [role="alertdialog"]';

/**
 * Watches the screen (`#mainId`) for a focused element that disappears, and puts focus back in it
 * (`rescueTarget`). Only a control removed while it had focus, or while a dialog or menu it opened
 * had it, is rescued: not one the user left (for the navigation, the title bar, empty space), and
 * not a row a virtual list let go of because it was scrolled away.
 */
export function useFocusRescue(mainId: string): void {
  useEffect(() => {
    let last: { element: Element; ancestors: Element[] } | null = null;
    const onFocusIn = (event: FocusEvent) => {
      const main = document.getElementById(mainId);
      const target = event.target;
      if (!main || !(target instanceof Element)) return;
      if (!main.contains(target)) {
        // Into a dialog or menu opened from the screen: the control that opened it is kept. Anywhere else: left.
        if (!target.closest(OVERLAY)) last = null;
        return;
      }
      const ancestors: Element[] = [];
      for (let at = target.parentElement; at && at !== main; at = at.parentElement) ancestors.push(at);
      last = { element: target, ancestors };
    };
    const onFocusOut = (event: FocusEvent) => {
      const left = event.target;
      // Blurred while still there (a click on empty space): left on purpose. Removed: the check below decides.
      queueMicrotask(() => {
        if (last && left === last.element && last.element.isConnected && document.activeElement === document.body) last = null;
      });
    };
    // A list scrolled since focus was placed lets its rows go as they leave the view: not a control lost.
    // Not while a dialog is open: nothing behind it is scrolled by the user, but the screen may move as the
    // dialog's act changes it (the Import screen drops its preview while the commit's dialog is still busy).
    const onScroll = () => {
      if (last && !document.querySelector(MODAL)) last = null;
    };
    const rescue = () => {
      const main = document.getElementById(mainId);
      const active = document.activeElement;
      // Still there (a dialog closed and gave focus back to nothing): kept, for when it goes.
      if (!main || !last || last.element.isConnected || (active !== null && active !== document.body)) return;
      const target = rescueTarget(last, main);
      last = null;
      // In a list, the control nearest the one that went; a list must not jump to it.
      target?.focus({ preventScroll: target.tagName !== 'H1' });
    };
    // Removals are what lose focus: checked after each batch of DOM changes (a comparison when nothing was lost).
    const observer = new MutationObserver(rescue);
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    document.addEventListener('wheel', onScroll, { capture: true, passive: true });
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('wheel', onScroll, { capture: true });
      document.removeEventListener('scroll', onScroll, { capture: true });
    };
  }, [mainId]);
}

/**
 * After an act that put another screen in place from outside it (a dialog of the File menu): the screen's title (h1) takes
 * focus, its top in view, once no dialog is left to give focus back to the control that opened it (gone with its menu).
 * Without it focus stays on the page body, where the keyboard starts again at the top and a screen reader says nothing.
 */
export function focusScreenTitle(mainId = 'main', framesLeft = 60): void {
  requestAnimationFrame(() => {
    const title = document.getElementById(mainId)?.querySelector<HTMLElement>('h1');
    if ((!title || document.querySelector(OVERLAY)) && framesLeft > 0) return focusScreenTitle(mainId, framesLeft - 1);
    title?.focus({ preventScroll: true });
    // Optional: jsdom (the component tests) has no scrollIntoView.
    title?.scrollIntoView?.({ block: 'start' });
  });
}
