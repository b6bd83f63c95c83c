import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { channels, contract } from '../../../shared/contract';

/** Keys that would let the renderer name a file or folder for main to read or write. */
const pathLike = /path|file|dir|folder|url|uri|location|src|dest|target/i;

/**
 * Reviewed exceptions: keys that look like paths but only pick among things main already holds.
 * Each must say why it cannot reach the file system.
 */
const reviewed: Record<string, { key: string; reason: string }[]> = {
  importRemap: [{ key: 'fileName', reason: 'names one of the files main picked for this import token; the handler matches it against that list and never opens it' }],
};

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema | JsonSchema[]; additionalProperties?: JsonSchema | boolean; anyOf?: JsonSchema[]; oneOf?: JsonSchema[]; allOf?: JsonSchema[]; prefixItems?: JsonSchema[] };

/** Every property name anywhere in a JSON schema (nested objects, arrays, unions). */
function propertyKeys(schema: JsonSchema | boolean | undefined, into: string[] = []): string[] {
  if (!schema || typeof schema === 'boolean') return into;
  for (const [key, value] of Object.entries(schema.properties ?? {})) {
    into.push(key);
    propertyKeys(value, into);
  }
  for (const child of [schema.items, schema.additionalProperties, ...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? []), ...(schema.prefixItems ?? [])].flat()) {
    propertyKeys(child as JsonSchema, into);
  }
  return into;
}

const keysOf = (channel: (typeof channels)[number]) => propertyKeys(z.toJSONSchema(contract[channel].input as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema);

describe('the renderer cannot name a file: no contract input carries a path', () => {
  it.each(channels)('channel %s has no path-like input key', (channel) => {
    const allowed = new Set((reviewed[channel] ?? []).map((r) => r.key));
    const suspicious = keysOf(channel).filter((key) => pathLike.test(key) && !allowed.has(key));
    expect(suspicious).toEqual([]);
  });

  it('every reviewed exception still exists and is justified (a stale entry would hide a new key)', () => {
    for (const [channel, entries] of Object.entries(reviewed)) {
      expect(channels).toContain(channel);
      for (const entry of entries) {
        expect(keysOf(channel as (typeof channels)[number])).toContain(entry.key);
        expect(entry.reason.length).toBeGreaterThan(30);
      }
    }
  });

  it('the scan sees nested keys (a path hidden inside an object or array is found)', () => {
    const schema = z.object({ options: z.object({ list: z.array(z.object({ sourcePath: z.string() })) }) }).strict();
    expect(propertyKeys(z.toJSONSchema(schema, { io: 'input' }) as JsonSchema)).toContain('sourcePath');
  });
});
