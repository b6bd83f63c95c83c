/**
 * The wizard's person step sorted the people its search matched on every keystroke, with the collator: at 50,000 people
 * a keystroke matching most of them took about 0.6 s (0.1 s at 5,000), where the Register screen, which sorts once and
 * only filters as the user types, took 33 ms. How many names the step compares while the user types is counted here, not
 * how long it takes.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PersonRow } from '../../../shared/contracts/ledger';
import { anna, installLedgerFake } from './ledgerFake';
import { renderLedgerScreen } from './renderLedger';

afterEach(() => vi.restoreAllMocks());

// Surnames given in reverse order, so the list shown is sorted by the step, not by main.
const people: PersonRow[] = Array.from({ length: 300 }, (_, i) => {
  const n = String(299 - i).padStart(3, '0');
  return { ...anna, id: `p-${n}`, givenName: 'Jan', surname: `Nowak ${n}`, email: `jan.nowak${n}@przyklad.pl`, login: `jnowak${n}` };
});

/** The wizard opened over `people` and taken to its person step: the server and the product chosen. */
async function atPersonStep() {
  installLedgerFake({ people });
  const { user } = await renderLedgerScreen('assign');
  await user.click(await screen.findByRole('radio', { name: /EX01/ }));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await user.click(await screen.findByRole('radio', { name: /Exchange Server 2019 Standard User CAL/ }));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  return { user, search: await screen.findByRole('searchbox', { name: 'Find a person' }) };
}

describe('the wizard’s person step at its search', () => {
  it('sorts the people once, not the matches on every keystroke, and shows the matches in name order', async () => {
    const { user, search } = await atPersonStep();
    await screen.findByRole('radio', { name: /Nowak 000/ });

    const compares = vi.spyOn(Intl.Collator.prototype, 'compare', 'get');
    await user.type(search, 'nowak 1');
    await waitFor(() => expect(screen.queryByRole('radio', { name: /Nowak 000/ })).toBeNull());

    const shown = screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'));
    // Everyone with a 1 in their number (their name, e-mail and login hold it), in name order: 001, 010, 011…
    expect(shown).toEqual(people.map((p) => p.id).filter((id) => id.includes('1')).sort().slice(0, 25));
    // Each keystroke sorted what it matched: hundreds of names compared, many times each.
    expect(compares).not.toHaveBeenCalled();
  });

  it('the search’s clear button is named “Clear search”, not Fluent’s own “clear”, and empties the search', async () => {
    const { user, search } = await atPersonStep();
    await user.type(search, 'nowak 1');
    expect(screen.queryByRole('button', { name: 'clear' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect((search as HTMLInputElement).value).toBe('');
  });
});
