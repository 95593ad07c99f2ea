import { describe, expect, it } from 'vitest';
import { csvLine, safeCell } from './cells';

describe('export cells are safe against formula injection', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+8613812345678', "'+8613812345678"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['plain', 'plain'],
    [12, '12'],
    [null, ''],
  ])('%j → %j', (input, out) => expect(safeCell(input)).toBe(out));
  it('quotes commas, quotes and newlines', () => {
    expect(csvLine(['a,b', 'say "hi"', 'x\ny', '=1'])).toBe('"a,b","say ""hi""","x\ny",\'=1');
  });
});
