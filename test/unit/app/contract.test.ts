import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { mergeContracts } from '../../../shared/contracts/define';
import { channels, ipcChannel } from '../../../shared/contract';

describe('IPC contract', () => {
  it('a channel declared by two features is rejected at start', () => {
    const a = { ping: { input: z.object({}), output: z.null() } };
    const b = { ping: { input: z.object({}), output: z.null() } };
    expect(() => mergeContracts(a, b)).toThrow(/"ping" is declared twice/);
  });

  it('every channel maps to its own IPC name', () => {
    const names = channels.map(ipcChannel);
    expect(new Set(names).size).toBe(channels.length);
    expect(names.every((n) => n.startsWith('cal:'))).toBe(true);
  });
});

describe('preload channel list', () => {
  it('the plain channel list the preload exposes is exactly the contract (no missing, no extra)', async () => {
    const { channelNames } = await import('../../../shared/channels');
    expect([...channelNames].sort()).toEqual([...channels].sort());
  });
});
