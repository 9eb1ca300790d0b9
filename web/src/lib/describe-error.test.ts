import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../i18n/index.js';
import { ApiError, describeError } from './api.js';

const conflict = new ApiError(409, 'CONFLICT', 'A user with this email already exists');

describe('an error on screen', () => {
  beforeAll(() => i18n.changeLanguage('en'));
  afterAll(() => i18n.changeLanguage('en'));

  it("keeps the API's specific message in English", () => {
    expect(describeError(conflict)).toBe('A user with this email already exists');
  });

  it('says what a code means when the API message adds nothing', () => {
    expect(describeError(new ApiError(403, 'FORBIDDEN', 'Forbidden'))).toBe('Your role may not do this.');
    expect(describeError(new TypeError('Failed to fetch'))).toBe(
      'Switchboard is not reachable. Try again in a moment.',
    );
  });

  it("falls back to the API's message for a code it does not know", () => {
    expect(describeError(new ApiError(400, 'SOMETHING_NEW', 'Pick another slot'))).toBe('Pick another slot');
  });

  it('is in Spanish after switching, with the specifics kept', async () => {
    await i18n.changeLanguage('es');
    expect(describeError(conflict)).toBe(
      'No se pudo hacer por un conflicto: A user with this email already exists',
    );
    expect(describeError(new ApiError(429, 'RATE_LIMITED', 'Too many'))).toBe(
      'Demasiadas solicitudes. Espera un momento y vuelve a intentarlo.',
    );
  });
});
