import { beforeEach, describe, expect, it } from 'vitest';
import { useNavigationStore } from '../../../../renderer/app/navigationStore';
import { followFix } from '../../../../renderer/features/findings/fixes';
import { defaultRegisterQuery } from '../../../../renderer/features/register/filter';
import { useRegisterStore } from '../../../../renderer/features/register/store';

describe('following a finding’s fix', () => {
  beforeEach(() => useRegisterStore.getState().setQuery({ ...defaultRegisterQuery, status: 'left', search: 'someone else' }));

  it('a fix made in the Register opens it filtered to the person the finding is about, whatever filter was set', () => {
    followFix('release-cal', { subject: 'stanislaw.wieczorek@przyklad.pl', subjectKind: 'person', subjectId: 'p-7' });
    expect(useNavigationStore.getState().screen).toBe('register');
    expect(useRegisterStore.getState().query).toMatchObject({ search: 'stanislaw.wieczorek@przyklad.pl', status: 'all', productId: 'all' });
  });

  it('a mailbox that matches no person leaves the Register filter alone (no row would show)', () => {
    followFix('convert-or-remove-mailbox', { subject: 'stary@przyklad.pl', subjectKind: 'mailbox', subjectId: null });
    expect(useNavigationStore.getState().screen).toBe('register');
    expect(useRegisterStore.getState().query).toMatchObject({ search: 'someone else', status: 'left' });
  });

  it('a fix about a lot leaves the Register filter alone', () => {
    followFix('attach-proof', { subject: 'FV/2024/03/17', subjectKind: 'purchase' });
    expect(useNavigationStore.getState().screen).toBe('purchases');
    expect(useRegisterStore.getState().query).toMatchObject({ search: 'someone else', status: 'left' });
  });
});
