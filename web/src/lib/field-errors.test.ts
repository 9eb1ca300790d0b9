import { describe, expect, it } from 'vitest';
import { ApiError } from './api.js';
import { fieldErrors } from './field-errors.js';

describe('fieldErrors', () => {
  it("places each of the API's messages under its field, without the body prefix", () => {
    const err = new ApiError(400, 'VALIDATION_FAILED', 'The request is not valid', [
      { field: 'body.subject', message: 'Too small: expected string to have >=1 characters' },
      { field: 'body.customer.email', message: 'Invalid email address' },
      { field: 'body.customer.email', message: 'a second problem' },
    ]);
    expect(fieldErrors(err)).toEqual({
      subject: 'Too small: expected string to have >=1 characters',
      'customer.email': 'Invalid email address',
    });
  });

  it('has nothing for other failures or malformed details', () => {
    expect(fieldErrors(new Error('offline'))).toEqual({});
    expect(fieldErrors(new ApiError(403, 'FORBIDDEN', 'no'))).toEqual({});
    expect(fieldErrors(new ApiError(400, 'VALIDATION_FAILED', 'x', ['oops', { field: 1 }]))).toEqual({});
  });
});
