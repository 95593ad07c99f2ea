import { describe, expect, it } from 'vitest';
import { columnLetter, layoutToMapping, mappingToLayout, parseMapping, sameHeader, variableKeys } from './mapping';
import { detectLayout } from './rows';

describe('column mapping', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });

  it('lists the variables a template needs, numbered first', () => {
    expect(variableKeys({ numbered: 2, named: ['name'] })).toEqual(['1', '2', 'name']);
  });

  it('turns a mapping into the row layout, phone in the third column', () => {
    const res = mappingToLayout(
      { hasHeader: true, phone: 2, vars: { '1': 0, name: 1 } },
      { numbered: 1, named: ['name'] },
    );
    expect(res).toEqual({ ok: true, layout: { hasHeader: true, phoneIndex: 2, numbered: [0], named: { name: 1 } } });
  });

  it('refuses a mapping that leaves a variable without a column or reads the phone column', () => {
    expect(mappingToLayout({ hasHeader: false, phone: 0, vars: {} }, { numbered: 2, named: ['city'] })).toEqual({
      ok: false,
      message: 'Choose a column for {1}, {2}, ${city}.',
    });
    expect(mappingToLayout({ hasHeader: false, phone: 0, vars: { '1': 0 } }, { numbered: 1, named: [] })).toEqual({
      ok: false,
      message: 'A variable cannot use the phone number column.',
    });
  });

  it('round-trips a detected standard layout, so standard files map themselves', () => {
    const detected = detectLayout(['phone', 'variable1', 'variable2'], { numbered: 2, named: [] });
    expect(detected.ok).toBe(true);
    const mapping = layoutToMapping((detected as { ok: true; layout: Parameters<typeof layoutToMapping>[0] }).layout);
    expect(mapping).toEqual({ hasHeader: true, phone: 0, vars: { '1': 1, '2': 2 } });
    expect(mappingToLayout(mapping, { numbered: 2, named: [] })).toEqual(detected);
    expect(layoutToMapping({ hasHeader: true, phoneIndex: 1, numbered: [], named: { name: 0 } })).toEqual({
      hasHeader: true,
      phone: 1,
      vars: { name: 0 },
    });
  });

  it('parses mappings from untrusted input and refuses anything malformed', () => {
    expect(parseMapping('{"hasHeader":true,"phone":2,"vars":{"1":0}}')).toEqual({
      hasHeader: true,
      phone: 2,
      vars: { '1': 0 },
    });
    expect(parseMapping({ hasHeader: false, phone: 0 })).toEqual({ hasHeader: false, phone: 0, vars: {} });
    for (const bad of [
      '{',
      'null',
      '{"hasHeader":"yes","phone":0}',
      '{"hasHeader":true,"phone":-1}',
      '{"hasHeader":true,"phone":99}',
      '{"hasHeader":true,"phone":0,"vars":[1]}',
      '{"hasHeader":true,"phone":0,"vars":{"a b":1}}',
      '{"hasHeader":true,"phone":0,"vars":{"1":1.5}}',
    ]) {
      expect(parseMapping(bad)).toBeNull();
    }
    expect(parseMapping(42)).toBeNull();
  });

  it('recognises a file with the header a mapping was saved for', () => {
    expect(sameHeader(['Name', 'City', 'Mobile No'], ['name', ' city ', 'MOBILE NO', ''])).toBe(true);
    expect(sameHeader(['Name', 'City', 'Mobile No'], ['name', 'mobile no', 'city'])).toBe(false);
    expect(sameHeader(null, ['a'])).toBe(false);
    expect(sameHeader([], [])).toBe(false);
  });
});
