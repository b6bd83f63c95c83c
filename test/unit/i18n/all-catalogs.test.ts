import { describe, expect, it } from 'vitest';
import { launchMessages } from '../../../electron/main/launch';
import { exportLabels } from '../../../shared/export/labels';
import { helpContent, helpTopics, type HelpSection } from '../../../shared/help';
import { flattenCatalog, uiCatalogs, type MessageCatalog } from '../../../shared/i18n';
import { en as coreEn } from '../../../shared/i18n/en';
import { featureCatalogs } from '../../../shared/i18n/features';
import { importMessages } from '../../../shared/import/messages';
import { checklistPointNames, checklistReasonsEn, checklistReasonsPl } from '../../../shared/ledger/checklist';
import { licensingEn, licensingPl } from '../../../shared/licensing/messages';

/** A counted text's forms (`x_one`, `x_few`…) share their base `x`; each language has the forms it counts with (catalog.test.ts). */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const keys = (catalog: MessageCatalog) => [...new Set([...flattenCatalog(catalog).keys()].map(base))].sort();
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w-]+)/g)].map((m) => m[1]).sort();

/** Same keys, text in both or neither (an intentionally empty label), and the same placeholders (a Polish count form: those of the English form "other"). */
function expectTwins(name: string, en: MessageCatalog, pl: MessageCatalog) {
  expect({ name, keys: keys(pl) }).toEqual({ name, keys: keys(en) });
  const flatEn = flattenCatalog(en);
  for (const [key, other] of flattenCatalog(pl)) {
    const text = flatEn.get(key) ?? flatEn.get(`${base(key)}_other`) ?? '';
    expect({ name, key, empty: other.trim() === '' }).toEqual({ name, key, empty: text.trim() === '' });
    expect({ name, key, names: placeholders(other) }).toEqual({ name, key, names: placeholders(text) });
  }
}

describe('every message catalog outside the UI catalog has both languages', () => {
  it('the licensing engine (findings, fixes, assignment problems)', () => expectTwins('licensing', licensingEn as MessageCatalog, licensingPl as MessageCatalog));
  it('the import messages', () => expectTwins('import', importMessages.en, importMessages.pl));
  it('the export workbook labels', () => expectTwins('export', exportLabels.en, exportLabels.pl));
  it('the checklist reasons and point names', () => {
    expectTwins('checklist reasons', checklistReasonsEn, checklistReasonsPl);
    expectTwins('checklist points', checklistPointNames.en, checklistPointNames.pl);
  });
  it('the messages main shows about a bad .calreg link', () => expectTwins('launch', launchMessages.en, launchMessages.pl));

  it('the help page: every topic in both languages, with the same kinds of blocks in the same order', () => {
    const shape = (s: HelpSection) => s.blocks.map((b) => (b.kind === 'list' ? `list:${b.items.length}` : b.kind === 'table' ? `table:${b.rows.length}` : b.kind));
    for (const topic of helpTopics) {
      const [en, pl] = [helpContent.en[topic], helpContent.pl[topic]];
      expect({ topic, id: pl.id, shape: shape(pl) }).toEqual({ topic, id: topic, shape: shape(en) });
      // PowerShell is the same in both languages: it is typed, not read. Only the <placeholders> to fill in are translated, as in the wizard.
      const commands = (s: HelpSection) => s.blocks.flatMap((b) => (b.kind === 'command' ? [b.text.replace(/<[^<>]+>/g, '<…>')] : []));
      expect(commands(pl)).toEqual(commands(en));
      expect(en.id).toBe(topic);
    }
  });
});

describe('UI catalog assembly', () => {
  it('no two feature catalogs, nor a feature and the core, claim the same top-level namespace (one would silently replace the other)', () => {
    const owners = new Map<string, string>();
    for (const key of Object.keys(coreEn)) owners.set(key, 'core');
    const clashes: string[] = [];
    featureCatalogs.forEach((catalog, i) => {
      for (const key of Object.keys(catalog.en)) {
        const owner = owners.get(key);
        if (owner) clashes.push(`${key}: feature #${i} and ${owner}`);
        owners.set(key, `feature #${i}`);
      }
    });
    expect(clashes).toEqual([]);
  });

  it('the merged UI catalogs hold every key of every feature catalog', () => {
    const merged = { en: flattenCatalog(uiCatalogs.en), pl: flattenCatalog(uiCatalogs.pl) };
    for (const catalog of featureCatalogs) {
      for (const key of flattenCatalog(catalog.en).keys()) expect({ key, en: merged.en.has(key) }).toEqual({ key, en: true });
      for (const key of flattenCatalog(catalog.pl).keys()) expect({ key, pl: merged.pl.has(key) }).toEqual({ key, pl: true });
    }
  });
});
