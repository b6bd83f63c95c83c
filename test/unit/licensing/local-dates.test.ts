/**
 * Dates are the user's calendar dates: a time stored in UTC (an import, a verification) is read in
 * the computer's time zone wherever a day is drawn from it, and a bare date is never shifted.
 * Before, the import, the compliance check and the printout cut the UTC date off the time, so an
 * import at 00:30 in Warsaw was dated the day before (and a bare date printed a day early west of
 * Greenwich).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dateOf } from '../../../shared/export/context';
import { previewImport } from '../../../shared/import/preview';
import { localDateOf } from '../../../shared/licensing/dates';
import { mailboxesSeenOn } from '../../../shared/licensing/inventory';
import { inventorySnapshotSchema } from '../../../shared/domain/model';
import { parseOk, utf8 } from '../import/helpers';
import { aMailbox, aSnapshot, buildRegister } from './builders';

const zone = process.env.TZ;
/** Runs with the computer's clock in `tz` (Node reads TZ again when it is set). */
const inZone = (tz: string) => {
  process.env.TZ = tz;
};
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('calendar dates of stored times', () => {
  it('a time is read in the computer’s zone; a bare date stays the date it is', () => {
    inZone('Europe/Warsaw');
    expect(localDateOf('2026-12-06T23:30:00.000Z')).toBe('2026-12-07');
    expect(localDateOf('2026-12-06')).toBe('2026-12-06');
    inZone('America/New_York');
    expect(localDateOf('2026-12-07T03:00:00.000Z')).toBe('2026-12-06');
    expect(localDateOf('2026-12-06')).toBe('2026-12-06');
    expect(dateOf('2026-12-06')).toBe('2026-12-06');
    expect(dateOf('')).toBeNull();
  });

  it('mailboxes imported at 00:30 in Warsaw were seen that day, for the compliance check and the printout alike', () => {
    inZone('Europe/Warsaw');
    const snapshot = inventorySnapshotSchema.parse(aSnapshot([aMailbox('jan')], { takenAt: '2026-12-06T23:30:00.000Z' }));
    expect(mailboxesSeenOn(snapshot)).toBe('2026-12-07');
  });

  it('a trial server imported at 00:30 in Warsaw counts its days left from that day', async () => {
    inZone('Europe/Warsaw');
    const servers = await parseOk('servers.csv', utf8('"Name","Edition","AdminDisplayVersion","IsExchangeTrialEdition","RemainingTrialPeriod"\r\n"EX01","Standard","Version 15.2 (Build 1544.4)","True","100.00:00:00"\r\n'));
    const preview = previewImport(buildRegister({ servers: [] }), [servers], { now: '2026-12-06T23:30:00.000Z' });
    expect(preview.servers.map((s) => s.activation)).toEqual([{ state: 'trial', daysLeft: 100, asOf: '2026-12-07' }]);
  });
});
