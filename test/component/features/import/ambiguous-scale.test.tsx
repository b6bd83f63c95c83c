/**
 * The Import screen rendered every match to decide at once, each with its radio group: with thousands of people
 * matched by name only (a directory export against a register kept by hand) the screen stalled. It now shows them
 * a page at a time. How many decisions are in the document is counted here, not how long it takes.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AmbiguousMatch } from '../../../../shared/import/preview-types';
import { installFakeApi } from '../../fakeApi';
import { renderApp } from '../../renderApp';
import { fastUser, resetFeatureStores } from '../overview-compliance/complianceFake';
import { fakeImport, preview } from './importFake';

beforeEach(resetFeatureStores);

// The screen shows 25 matches at a time.
const pageSize = 25;

const template = preview.ambiguous[0]!;
/** `count` directory accounts, each matching one register person by name only. */
const matches = (count: number): AmbiguousMatch[] =>
  Array.from({ length: count }, (_, i) => {
    const key = `amb:osoba${i + 1}`;
    return {
      ...template,
      key,
      incoming: { ...template.incoming, key, givenName: 'Osoba', surname: `Numer${i + 1}`, email: `osoba${i + 1}@przyklad.pl`, login: `osoba${i + 1}` },
      candidates: [{ personId: `p-${i + 1}`, name: `Osoba Numer${i + 1}`, email: `o.numer${i + 1}@stara.pl`, login: '' }],
    };
  });

async function openPreview(count: number, language: 'en' | 'pl') {
  installFakeApi({ settings: { language, version: '0.1.0', recent: [] } });
  fakeImport({ token: 'token-123456', preview: { ...preview, ambiguous: matches(count) }, errors: [] });
  const view = await renderApp({ language });
  const user = fastUser();
  await user.click(screen.getByTestId('nav-import'));
  await user.click(await screen.findByTestId('import-choose'));
  return { ...view, user, section: await screen.findByTestId('import-section-ambiguous') };
}

const decisionFor = (section: HTMLElement, n: number) => within(section).getByRole('radiogroup', { name: `Decision for Osoba Numer${n}` });

describe('the Import screen’s matches to decide, 3,000 of them', { timeout: 60_000 }, () => {
  it('shows one page of decisions, says which, pages by keyboard, and keeps a decision made on a page left', async () => {
    const { user, section } = await openPreview(3_000, 'en');
    expect(within(section).getByRole('heading').textContent).toBe('Matches for you to decide (3,000)');
    // Every match was rendered with its radio group: 3,000 of them.
    expect(within(section).getAllByRole('radiogroup')).toHaveLength(pageSize);
    const range = screen.getByTestId('import-ambiguous-range');
    expect(range.textContent).toBe('Showing 1–25 of 3,000');

    await user.click(within(decisionFor(section, 3)).getByRole('radio', { name: 'Same person as Osoba Numer3 (o.numer3@stara.pl)' }));
    // 2 new + 1 changed + 1 missing, and the merge.
    expect(screen.getByTestId('import-commit').textContent).toBe('Import 5 changes');

    // The pager under the list: Tab reaches it, Enter turns the page, and focus goes up to the range shown.
    const [, bottom] = within(section).getAllByRole('group', { name: 'Pages of “Matches for you to decide”' });
    within(bottom!).getByRole('button', { name: 'Next' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(range.textContent).toBe('Showing 26–50 of 3,000'));
    expect(document.activeElement).toBe(range);
    expect(within(section).getAllByRole('radiogroup')).toHaveLength(pageSize);
    expect(within(section).queryByRole('radiogroup', { name: 'Decision for Osoba Numer3' })).toBeNull();
    await user.click(within(decisionFor(section, 26)).getByRole('radio', { name: 'A different person: add as new' }));
    expect(screen.getByTestId('import-commit').textContent).toBe('Import 6 changes');

    const [top] = within(section).getAllByRole('group', { name: 'Pages of “Matches for you to decide”' });
    await user.click(within(top!).getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(range.textContent).toBe('Showing 1–25 of 3,000'));
    expect((within(decisionFor(section, 3)).getByRole('radio', { name: 'Same person as Osoba Numer3 (o.numer3@stara.pl)' }) as HTMLInputElement).checked).toBe(true);
    // At the first page, Previous stays focusable (focus is not lost when it turns disabled) but does nothing.
    expect(within(top!).getByRole('button', { name: 'Previous' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('(pl) the last page shows what is left, with the range in Polish', async () => {
    const { user, section, missingKeys } = await openPreview(30, 'pl');
    const range = screen.getByTestId('import-ambiguous-range');
    expect(range.textContent).toBe('Wyświetlono 1–25 z 30');
    const [top] = within(section).getAllByRole('group', { name: 'Strony sekcji „Dopasowania do rozstrzygnięcia”' });
    await user.click(within(top!).getByRole('button', { name: 'Następne' }));
    await waitFor(() => expect(range.textContent).toBe('Wyświetlono 26–30 z 30'));
    expect(within(section).getAllByRole('radiogroup')).toHaveLength(5);
    expect(within(top!).getByRole('button', { name: 'Następne' }).getAttribute('aria-disabled')).toBe('true');
    expect(missingKeys).toEqual([]);
  });
});
