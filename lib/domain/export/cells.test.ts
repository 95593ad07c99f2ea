import { describe, expect, it } from 'vitest';
import { csvFile, csvLine, safeCell, xlsxCell } from './cells';

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

  it('one writer for whole files, also those built in the browser (Client Management rejected rows)', () => {
    expect(
      csvFile(
        ['Row', 'Content', 'Reason'],
        [
          [2, '=1+1', 'bad'],
          [3, '+SUM(1;2)', 'bad'],
          [4, '@cmd', 'x,y'],
        ],
      ),
    ).toBe("\uFEFFRow,Content,Reason\r\n2,'=1+1,bad\r\n3,'+SUM(1;2),bad\r\n4,'@cmd,\"x,y\"\r\n");
  });
  it('XLSX cells are text cells, without a visible apostrophe', () => {
    expect(xlsxCell('=1+1')).toBe('=1+1');
    expect(xlsxCell(5)).toBe(5);
    expect(xlsxCell(null)).toBe('');
  });
});
