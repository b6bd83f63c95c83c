import { describe, expect, it } from 'vitest';
import { earlyReassignment, replaySeats, type SeatAssignment } from '../../../shared/licensing/seats';

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
});
