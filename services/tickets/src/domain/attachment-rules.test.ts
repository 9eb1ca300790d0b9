import { describe, expect, it } from 'vitest';
import { contentDisposition, safeFilename, typeAllowed } from './attachment-rules.js';

describe('attachment rules', () => {
  const allowed = ['application/pdf', 'image/*'];

  it('allows listed types, with parameters and in any case, and whole families by type/*', () => {
    expect(typeAllowed('application/PDF', allowed)).toBe(true);
    expect(typeAllowed('image/png', allowed)).toBe(true);
    expect(typeAllowed('application/pdf; name=x', allowed)).toBe(true);
  });

  it('refuses unlisted, blank and malformed types', () => {
    expect(typeAllowed('text/html', allowed)).toBe(false);
    expect(typeAllowed('', allowed)).toBe(false);
    expect(typeAllowed('image', allowed)).toBe(false);
    expect(typeAllowed('image/', allowed)).toBe(false);
  });

  it('keeps only the last part of a path and drops quotes and control characters', () => {
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
    expect(safeFilename('C:\\Users\\ada\\report "final".pdf')).toBe('report final.pdf');
    expect(safeFilename('a\r\nb.txt')).toBe('ab.txt');
    expect(safeFilename('...')).toBe('file');
    expect(safeFilename(undefined)).toBe('file');
  });

  it('gives the download an ASCII name and the exact one encoded', () => {
    expect(contentDisposition('Factura ñ.pdf')).toBe(
      `attachment; filename="Factura _.pdf"; filename*=UTF-8''Factura%20%C3%B1.pdf`,
    );
  });
});
