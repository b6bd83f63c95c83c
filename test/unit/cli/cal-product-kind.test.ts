import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

// Found in review (12-08): "Exchange Server 2019 Standard CAL", which says neither User nor Device, was saved as a User CAL
// without a word, while a name without a version is refused because a guess would misstate compliance. A guessed kind would too.
describe('purchase add and purchase edit --product', () => {
  it('refuse a CAL name that says neither User nor Device, listing the two it may be, in English and Polish; nothing is written', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '2', '--date', '2024-03-01', '--document', 'FV/1');
    const before = readFileSync(join(dir, 'register.json'), 'utf8');
    const add = (product: string, ...more: string[]) => cli('purchase', 'add', dir, '--product', product, '--quantity', '5', '--date', '2024-03-01', '--document', 'FV/2', ...more);
    expect(await add('Exchange Server 2019 Standard CAL')).toMatchObject({
      code: 2,
      stderr:
        'cal-register purchase add: "Exchange Server 2019 Standard CAL" does not say whether it is a User or a Device CAL; name one of: Exchange Server 2019 Standard User CAL; Exchange Server 2019 Standard Device CAL\n',
    });
    expect(await add('Exchange Server 2016 Enterprise CAL', '--lang', 'pl')).toMatchObject({
      code: 2,
      stderr:
        'cal-register purchase add: „Exchange Server 2016 Enterprise CAL” nie mówi, czy to licencja CAL na użytkownika (User), czy na urządzenie (Device); podaj jedną z: Exchange Server 2016 Enterprise User CAL; Exchange Server 2016 Enterprise Device CAL\n',
    });
    expect((await cli('purchase', 'edit', dir, 'FV/1', '--product', 'Exchange Server SE Enterprise CAL')).stderr).toBe(
      'cal-register purchase edit: "Exchange Server SE Enterprise CAL" does not say whether it is a User or a Device CAL; name one of: Exchange Server SE Enterprise User CAL; Exchange Server SE Enterprise Device CAL\n',
    );
    expect(readFileSync(join(dir, 'register.json'), 'utf8')).toBe(before);
  });

  it('still take a name that says the kind as a license does (DvcCAL), and refuse one without a version as before', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    const device = await cli('purchase', 'add', dir, '--product', 'ExchgSvrEntCAL 2019 SNGL OLP NL DvcCAL', '--quantity', '1', '--date', '2024-03-01', '--document', 'FV/1', '--json');
    expect(device.code, device.stderr).toBe(0);
    expect(JSON.parse(device.stdout)).toMatchObject({ productId: 'exchange-2019-enterprise-device-cal' });
    expect((await cli('purchase', 'add', dir, '--product', 'Exchange Standard CAL', '--quantity', '1', '--date', '2024-03-01')).stderr).toContain('name the CAL with its version');
  });
});
