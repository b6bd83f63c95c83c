import { describe, expect, it } from 'vitest';
import { en as coreEn } from '../../../shared/i18n/en';
import { featureCatalogs } from '../../../shared/i18n/features';
import { en as ledgerEn } from '../../../shared/i18n/features/ledger';
import { flattenCatalog } from '../../../shared/i18n';
import { checklistReasonsEn } from '../../../shared/ledger/checklist';

describe('feature message catalogs', () => {
  it('no feature namespace replaces a core namespace or another feature', () => {
    const seen = new Set(Object.keys(coreEn));
    for (const catalog of featureCatalogs) {
      for (const namespace of Object.keys(catalog.en)) {
        expect(seen.has(namespace), namespace).toBe(false);
        seen.add(namespace);
      }
      expect(Object.keys(catalog.pl)).toEqual(Object.keys(catalog.en));
    }
  });

  it('the checklist reasons shown in the UI are the ones main writes, word for word in English', () => {
    const ui = Object.fromEntries([...flattenCatalog(ledgerEn.ledger.checklist)]);
    expect(ui).toEqual(checklistReasonsEn);
  });
});
