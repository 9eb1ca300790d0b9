import { expect, it } from 'vitest';
import { slugOf } from './tenant-slug.js';

it('turns a tenant name into a typeable login handle', () => {
  expect(slugOf('Acme Support GmbH')).toBe('acme-support-gmbh');
  expect(slugOf('  Café Ünïcode!! ')).toBe('cafe-unicode');
  expect(slugOf('***')).toBe('tenant');
});
