import { describe, expect, it } from 'vitest';
import { CorpusError, readCorpus } from './corpus.js';
import { parseCsv } from './csv.js';

describe('reading a labelled corpus', () => {
  it('parses quoted fields with commas, doubled quotes, line breaks and CRLF', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('reads the columns by header name, sentiment optional', () => {
    const rows = readCorpus('priority,text,category\nhigh,"Refund me, now",billing\n');
    expect(rows).toEqual([{ text: 'Refund me, now', category: 'billing', priority: 'high' }]);
  });

  it('names the missing column or the bad row', () => {
    expect(() => readCorpus('text,category\nhi,billing\n')).toThrow(
      new CorpusError('the header has no "priority" column'),
    );
    expect(() => readCorpus('text,category,priority,sentiment\nhi,billing,low,angry\n')).toThrow(/row 2/);
  });
});
