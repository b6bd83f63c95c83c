import { describe, expect, it } from 'vitest';
import { earlyReassignment, replaySeats, type ReassignmentRules, type SeatAssignment } from '../../../shared/licensing/seats';

const seat = (id: string, personId: string, assignedOn: string, releasedOn: string | null = null, releaseReason: SeatAssignment['releaseReason'] = null): SeatAssignment => ({
  id,
  personId,
  assignedOn,
  releasedOn,
  releaseReason,
});

describe('seat replay', () => {
  it('a newcomer takes the freed seat whose holder started longest ago, the most charitable reading', () => {
    const takeovers = replaySeats(2, [
      seat('old', 'anna', '2024-01-01', '2024-04-01', 'other'),
      seat('new', 'bob', '2024-03-15', '2024-04-01', 'other'),
      seat('c', 'carl', '2024-04-10'),
    ]);
    const carl = takeovers.find((t) => t.assignment.id === 'c');
    expect(carl?.previous?.id).toBe('old');
    expect(carl && earlyReassignment(carl)).toBeNull();
  });

  it('a seat that passes twice within 90 days warns each time', () => {
    const takeovers = replaySeats(1, [
      seat('a', 'anna', '2024-01-01', '2024-02-01', 'role-change'),
      seat('b', 'bob', '2024-02-01', '2024-03-01', 'other'),
      seat('c', 'carl', '2024-03-01'),
    ]);
    expect(takeovers.map((t) => earlyReassignment(t)?.days ?? null)).toEqual([null, 31, 29]);
  });

  it('an over-assigned lot takes no seat from anyone', () => {
    const takeovers = replaySeats(1, [seat('a', 'anna', '2024-01-01'), seat('b', 'bob', '2024-01-02')]);
    expect(takeovers.map((t) => t.previous)).toEqual([null, null]);
  });

  it('a newcomer takes a seat freed by a leaver rather than an earlier one freed by a role change within 90 days', () => {
    const takeovers = replaySeats(2, [
      seat('anna', 'anna', '2024-02-01', '2024-03-10', 'role-change'),
      seat('bob', 'bob', '2024-02-20', '2024-03-10', 'left'),
      seat('carl', 'carl', '2024-03-15'),
    ]);
    const carl = takeovers.find((t) => t.assignment.id === 'carl');
    expect(carl?.previous?.id).toBe('bob');
    expect(carl && earlyReassignment(carl)).toBeNull();
  });

  it('the oldest freed seat is still taken when it may pass without a warning, and when no seat may', () => {
    const aged = replaySeats(2, [seat('anna', 'anna', '2023-01-01', '2024-03-10', 'other'), seat('bob', 'bob', '2024-02-20', '2024-03-10', 'left'), seat('carl', 'carl', '2024-03-15')]);
    expect(aged.find((t) => t.assignment.id === 'carl')?.previous?.id).toBe('anna');
    const none = replaySeats(2, [seat('anna', 'anna', '2024-02-01', '2024-03-10', 'other'), seat('bob', 'bob', '2024-02-20', '2024-03-10', 'role-change'), seat('carl', 'carl', '2024-03-15')]);
    const carl = none.find((t) => t.assignment.id === 'carl');
    expect(carl?.previous?.id).toBe('anna');
    expect(carl && earlyReassignment(carl)?.days).toBe(43);
  });

  it('a permanent hardware failure frees a Device CAL seat at once, never a User CAL seat', () => {
    const lot = [seat('anna', 'anna', '2024-02-01', '2024-03-01', 'hardware-failure'), seat('bob', 'bob', '2024-03-01')];
    const [, bobAsUser] = replaySeats(1, lot);
    expect(bobAsUser && earlyReassignment(bobAsUser)?.days).toBe(29);
    const device: ReassignmentRules = { device: true, leftOn: () => null };
    const [, bobAsDevice] = replaySeats(1, lot, device);
    expect(bobAsDevice && earlyReassignment(bobAsDevice, device)).toBeNull();
  });

  it('a seat released as "other" (as an import records it) by someone the register shows as left by then passes at once; a reason other than leaving (role-change) still warns', () => {
    const rules: ReassignmentRules = { device: false, leftOn: (id) => (id === 'anna' ? '2024-03-01' : null) };
    const [, bob] = replaySeats(1, [seat('anna', 'anna', '2024-02-01', '2024-03-01', 'other'), seat('bob', 'bob', '2024-03-05')], rules);
    expect(bob && earlyReassignment(bob, rules)).toBeNull();
    expect(bob && earlyReassignment(bob)?.days).toBe(33);
    const [, early] = replaySeats(1, [seat('anna', 'anna', '2024-02-01', '2024-02-10', 'role-change'), seat('bob', 'bob', '2024-03-05')], rules);
    expect(early && earlyReassignment(early, rules)?.days).toBe(33);
    // Left only after the seat passed on: the leaving did not free it.
    const later: ReassignmentRules = { device: false, leftOn: () => '2024-04-01' };
    const [, before] = replaySeats(1, [seat('anna', 'anna', '2024-02-01', '2024-03-01', 'other'), seat('bob', 'bob', '2024-03-05')], later);
    expect(before && earlyReassignment(before, later)?.days).toBe(33);
  });
});
