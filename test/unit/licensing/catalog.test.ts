import { describe, expect, it } from 'vitest';
import { localizedProductName } from '../../../shared/licensing/product-names';
import {
  catalog,
  catalogProduct,
  compareVersions,
  endOfExtendedSupport,
  findProductByName,
  parseLicenseName,
  serverVersion,
  serverVersionFromBuild,
  versionCovers,
} from '../../../shared/licensing/catalog';

describe('catalog', () => {
  it('lists Exchange 2016, 2019 and SE × Standard/Enterprise × User/Device CALs once each', () => {
    expect(catalog).toHaveLength(12);
    expect(new Set(catalog.map((p) => p.id)).size).toBe(12);
    expect(catalog.map((p) => p.name)).toContain('Exchange Server 2019 Standard User CAL');
    expect(catalog.map((p) => p.name)).toContain('Exchange Server SE Standard User CAL');
    expect(catalog.map((p) => p.name)).toContain('Exchange Server 2016 Enterprise Device CAL');
  });

  it('finds a product by its stable id', () => {
    expect(catalogProduct('exchange-2019-standard-user-cal')).toEqual({
      id: 'exchange-2019-standard-user-cal',
      name: 'Exchange Server 2019 Standard User CAL',
      version: '2019',
      tier: 'standard',
      kind: 'user',
    });
    expect(catalogProduct('exchange-se-enterprise-device-cal')?.name).toBe('Exchange Server SE Enterprise Device CAL');
    expect(catalogProduct('office-2019')).toBeNull();
  });
});

describe('license names are matched by pattern, not exact string', () => {
  it.each([
    ['Exchange Server 2019 Standard User CAL', 'exchange-2019-standard-user-cal'],
    ['Exchange Server 2019 Standard CAL', 'exchange-2019-standard-user-cal'],
    ['Exchange Server 2016 Enterprise CAL', 'exchange-2016-enterprise-user-cal'],
    ['Exchange Server 2016 Standard 1 User CAL', 'exchange-2016-standard-user-cal'],
    ['Exchange Server 2019 Standard - 1 Device CAL', 'exchange-2019-standard-device-cal'],
    ['ExchgSvrEntCAL 2019 SNGL OLP NL DvcCAL', 'exchange-2019-enterprise-device-cal'],
    ['ExchgSvrStdCAL 2019 SNGL OLP NL UsrCAL', 'exchange-2019-standard-user-cal'],
    ['Exchange Server Subscription Edition Standard CAL', 'exchange-se-standard-user-cal'],
    ['exchange server se enterprise user cal', 'exchange-se-enterprise-user-cal'],
  ])('%s', (name, id) => {
    expect(findProductByName(name)?.id).toBe(id);
  });

  it('a name without the year counts as SE unless the caller knows the version', () => {
    expect(findProductByName('Exchange Server Standard CAL')?.id).toBe('exchange-se-standard-user-cal');
    expect(findProductByName('Exchange Server Standard CAL', { version: '2019' })?.id).toBe('exchange-2019-standard-user-cal');
    expect(parseLicenseName('Exchange Server Enterprise CAL')).toEqual({ version: null, tier: 'enterprise', kind: null });
  });

  it('names of other products or other Exchange versions match nothing', () => {
    expect(findProductByName('Windows Server 2019 User CAL')).toBeNull();
    expect(findProductByName('Exchange Server 2013 Standard CAL')).toBeNull();
    expect(findProductByName('Exchange Online Plan 1')).toBeNull();
  });
});

describe('versions', () => {
  it('orders 2016 < 2019 < SE', () => {
    expect(compareVersions('2016', '2019')).toBeLessThan(0);
    expect(compareVersions('2019', 'SE')).toBeLessThan(0);
    expect(compareVersions('SE', 'SE')).toBe(0);
  });

  it('a 2019 CAL covers 2016 and 2019 servers', () => {
    expect(versionCovers('2019', '2016')).toBe(true);
    expect(versionCovers('2019', '2019')).toBe(true);
  });

  it('a 2016 CAL does not cover a 2019 server', () => {
    expect(versionCovers('2016', '2019')).toBe(false);
  });

  it('15.1 builds are Exchange 2016', () => {
    expect(serverVersionFromBuild('15.1.2507.6')).toBe('2016');
    expect(serverVersionFromBuild('Version 15.1 (Build 2507.6)')).toBe('2016');
  });

  it('15.2 builds below 2562 are Exchange 2019', () => {
    expect(serverVersionFromBuild('15.2.1544.4')).toBe('2019');
    expect(serverVersionFromBuild('Version 15.2 (Build 1544.4)')).toBe('2019');
    expect(serverVersionFromBuild('15.02.2561.99')).toBe('2019');
  });

  it('15.2.2562 and later builds are Exchange SE', () => {
    expect(serverVersionFromBuild('15.2.2562.17')).toBe('SE');
    expect(serverVersionFromBuild('Version 15.2 (Build 2562.17)')).toBe('SE');
    expect(serverVersionFromBuild('15.2.3000.1')).toBe('SE');
  });

  it('a build that is not 2016/2019/SE gives no version', () => {
    expect(serverVersionFromBuild('15.0.1497.2')).toBeNull();
    expect(serverVersionFromBuild('15.2')).toBeNull();
    expect(serverVersionFromBuild('')).toBeNull();
    expect(serverVersionFromBuild('latest')).toBeNull();
  });

  it('a server is judged by its build when readable, else by its recorded product', () => {
    expect(serverVersion({ product: 'Exchange Server 2019', build: '15.2.2562.17' })).toBe('SE');
    expect(serverVersion({ product: 'Exchange Server 2016', build: '' })).toBe('2016');
  });

  it('Exchange 2016 and 2019 left extended support on 14 October 2025; SE has no fixed end', () => {
    expect(endOfExtendedSupport('2016')).toBe('2025-10-14');
    expect(endOfExtendedSupport('2019')).toBe('2025-10-14');
    expect(endOfExtendedSupport('SE')).toBeNull();
  });
});

describe('product names by language', () => {
  it('the English name of every catalog product is its catalog name, and the Polish one says "CAL na użytkownika/urządzenie"', () => {
    for (const product of catalog) {
      expect(localizedProductName(product.id, 'en')).toBe(product.name);
      expect(localizedProductName(product.id, 'pl')).toMatch(new RegExp(`^Exchange Server ${product.version} (Standard|Enterprise) — CAL na (użytkownika|urządzenie)$`));
    }
    expect(localizedProductName('something-else', 'pl')).toBe('something-else');
  });
});

