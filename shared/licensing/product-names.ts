/** A catalog product's name in the workbook's or the CLI's language, from the same texts the UI shows. */
import { en as ledgerEn, pl as ledgerPl } from '../i18n/features/ledger';
import { catalogProduct } from './catalog';
import { interpolate } from './messages';

/** "Exchange Server 2019 Standard User CAL" / "Exchange Server 2019 Standard — CAL na użytkownika"; an unknown id as it is. */
export function localizedProductName(productId: string, lang: 'en' | 'pl'): string {
  const product = catalogProduct(productId);
  if (!product) return productId;
  const texts = (lang === 'pl' ? ledgerPl : ledgerEn).ledger;
  return interpolate(texts.product, { version: product.version, tier: texts.tier[product.tier], kind: texts.kind[product.kind] });
}
