// docs/rules.md is the map from a rule id to its code and tests; this keeps it true.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedRules, documentedRules, renderRules, ruleSites } from './rule-map';

const root = path.resolve(import.meta.dirname, '../..');
const md = fs.readFileSync(path.join(root, 'docs/rules.md'), 'utf8');
const sites = ruleSites(root);

describe('docs/rules.md', () => {
  it('reads ids and the runs comments write', () => {
    expect([...citedRules('R-SIG-3/4 and R-STA-1..3, R-QUA-1a; not R-X-1')]).toEqual([
      'R-SIG-3',
      'R-SIG-4',
      'R-STA-1',
      'R-STA-2',
      'R-STA-3',
      'R-QUA-1a',
    ]);
  });

  it('lists the code and tests of every rule as they are now (run `npm run docs:rules` after a change)', () => {
    expect(renderRules(md, sites)).toBe(md);
  });

  it('every rule has a test that cites it, and every id the code cites is a documented rule', () => {
    const rules = documentedRules(md);
    expect(rules.length).toBeGreaterThan(80);
    expect(rules.filter((id) => !sites.get(id)?.tests.length)).toEqual([]);
    expect([...sites.keys()].filter((id) => !rules.includes(id)).sort()).toEqual([]);
  });
});
