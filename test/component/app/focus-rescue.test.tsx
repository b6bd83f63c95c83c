/**
 * useFocusRescue in jsdom: the rules that decide whether a control that went while it had focus (or
 * while a dialog it opened had it) is rescued. The browser cases (real dialogs, virtual lists) are in
 * test/e2e/focus-rescue.e2e.ts.
 */
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useFocusRescue } from '../../../renderer/app/useFocusRescue';

/** A screen with a title, a control that opens a modal dialog, and the dialog's button that removes the control. */
function Screen() {
  useFocusRescue('main');
  const [opener, setOpener] = useState(true);
  const [dialog, setDialog] = useState(false);
  return (
    <>
      <main id="main">
        <h1 tabIndex={-1}>Import</h1>
        {opener && <button onClick={() => setDialog(true)}>Import 4 changes</button>}
      </main>
      {dialog && (
        <div role="alertdialog" aria-modal="true">
          <button
            onClick={() => {
              setOpener(false);
              setDialog(false);
            }}
          >
            Import
          </button>
        </div>
      )}
    </>
  );
}

const flush = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

describe('focus rescue', () => {
  it('a dialog whose act removes the control that opened it leaves focus on the screen, even if the screen scrolled while the dialog was open', async () => {
    render(<Screen />);
    const opener = screen.getByRole('button', { name: 'Import 4 changes' });
    act(() => opener.focus());
    act(() => opener.click());
    const confirm = screen.getByRole('button', { name: 'Import' });
    act(() => confirm.focus());
    // The screen moves under the open dialog (its content changes as the commit runs): not the user scrolling a list.
    act(() => {
      document.getElementById('main')!.dispatchEvent(new Event('scroll'));
    });
    act(() => confirm.click());
    await flush();
    expect(document.activeElement?.tagName).toBe('H1');
  });

  it('a control scrolled away with no dialog open is a list letting its rows go: focus is left alone', async () => {
    render(<Screen />);
    const opener = screen.getByRole('button', { name: 'Import 4 changes' });
    act(() => opener.focus());
    act(() => {
      document.getElementById('main')!.dispatchEvent(new Event('scroll'));
    });
    act(() => opener.remove());
    await flush();
    expect(document.activeElement).toBe(document.body);
  });
});
