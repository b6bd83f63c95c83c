/**
 * The Import screen judged every new assignment against the user's choices by reading all the changes left out again,
 * once per assignment: after "Include every item of New people" was unticked on a hand-kept sheet of 5,000 people into an
 * empty register, one render took about 7 s (2 minutes at 20,000). How many entries the screen puts into sets is counted
 * here, not how long it takes.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportPreviewView } from '../../../../shared/contracts/import';
import type { AssignmentChange, NewPerson } from '../../../../shared/import/preview-types';
import { installFakeApi } from '../../fakeApi';
import { renderApp } from '../../renderApp';
import { fastUser, resetFeatureStores } from '../overview-compliance/complianceFake';
import { fakeImport, preview } from './importFake';

beforeEach(resetFeatureStores);
afterEach(() => vi.restoreAllMocks());

const PEOPLE = 600;
const newPeople: NewPerson[] = Array.from({ length: PEOPLE }, (_, i) => ({
  key: `sheet:e:osoba${i}@przyklad.pl`,
  source: 'register-sheet',
  givenName: 'Osoba',
  surname: `Numer${i}`,
  email: `osoba${i}@przyklad.pl`,
  login: '',
  department: '',
  facts: null,
}));
const assignments: AssignmentChange[] = newPeople.map((person, i) => ({
  key: `assignment:rejestr.csv:${i + 2}`,
  action: 'new',
  assignmentId: null,
  fileName: 'rejestr.csv',
  line: i + 2,
  person: { kind: 'new', key: person.key },
  personLabel: `Osoba Numer${i}`,
  purchase: { kind: 'existing', purchaseId: 'lot-1' },
  productId: 'exchange-2019-standard-user-cal',
  assignedOn: '2024-03-01',
  assignedOnAssumed: false,
  releasedOn: null,
  notes: '',
}));
const sheetPreview: ImportPreviewView = { ...preview, newPeople, updatedPeople: [], missingPeople: [], ambiguous: [], assignments, mailboxTypes: {} };

describe('the Import screen with every new person of a large sheet left out', () => {
  it('reads the changes left out once per render, not once per new assignment', async () => {
    installFakeApi();
    fakeImport({ token: 'token-123456', preview: sheetPreview, errors: [] });
    await renderApp({ language: 'en' });
    const user = fastUser();
    await user.click(screen.getByTestId('nav-import'));
    await user.click(await screen.findByRole('button', { name: 'Choose files…' }));
    expect(screen.getByTestId('import-commit').textContent).toBe('Import 1,200 changes');

    const add = vi.spyOn(Set.prototype, 'add');
    const section = screen.getByTestId('import-section-newPeople');
    await user.click(within(section).getByRole('checkbox', { name: 'Include every item of “New people”' }));

    // Each assignment's person is left out now: none of them is counted, and each says why.
    expect(screen.getByTestId('import-commit').textContent).toBe('Record the inventory');
    expect(within(screen.getByTestId('import-section-assignments')).getAllByText(/its person is left out of this import/).length).toBeGreaterThan(0);
    // A set of every key left out, made again for each of the 600 assignments, took about 600 × 600 entries per render.
    expect(add.mock.calls.length).toBeLessThan(50 * PEOPLE);
  });
});
