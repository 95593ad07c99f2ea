// docs/rules.md keeps, under each rule, where the code and the tests that cite its id live.
// That part is generated from the source tree so it cannot go stale: `npm run docs:rules`
// rewrites it, and scripts/docs/rule-map.test.ts fails when the file is behind the code.
import fs from 'node:fs';
import path from 'node:path';

const ROOTS = ['app', 'components', 'lib', 'db', 'i18n', 'scripts', 'e2e'];
// An id, or a short run of them as comments write it: R-SIG-3/4, R-STA-1..5.
const RULE = /\bR-([A-Z]{2,4})-(\d+[a-z]?)((?:\/\d+[a-z]?)+|\.\.\d+)?\b/g;

/** The rule ids a text cites, runs expanded. */
export function citedRules(text: string): Set<string> {
  const ids = new Set<string>();
  for (const [, area, first, more] of text.matchAll(RULE)) {
    ids.add(`R-${area}-${first}`);
    if (more?.startsWith('..'))
      for (let n = parseInt(first, 10) + 1; n <= Number(more.slice(2)); n++) ids.add(`R-${area}-${n}`);
    else if (more) for (const n of more.slice(1).split('/')) ids.add(`R-${area}-${n}`);
  }
  return ids;
}

export interface RuleSites {
  code: string[];
  tests: string[];
}

function files(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(dir, d.name);
    if (d.isDirectory())
      return d.name === 'node_modules' || d.name.startsWith('.') || d.name === 'migrations' ? [] : files(root, rel);
    return /\.(ts|tsx|mjs)$/.test(d.name) ? [rel] : [];
  });
}

const isTest = (file: string) =>
  /\.test\.tsx?$/.test(file) || file.startsWith(`e2e${path.sep}`) || file.startsWith('e2e/');

/** Every rule id cited in the tree, with the files of code and of tests that cite it. */
export function ruleSites(root: string): Map<string, RuleSites> {
  const map = new Map<string, RuleSites>();
  for (const file of ROOTS.flatMap((r) => files(root, r)).sort()) {
    if (file.includes(`scripts${path.sep}docs`)) continue; // this generator names ids as examples
    const ids = citedRules(fs.readFileSync(path.join(root, file), 'utf8'));
    for (const id of ids) {
      const sites = map.get(id) ?? { code: [], tests: [] };
      (isTest(file) ? sites.tests : sites.code).push(file.split(path.sep).join('/'));
      map.set(id, sites);
    }
  }
  return map;
}

const START = '<!-- sites:';
const END = '<!-- /sites -->';

/** docs/rules.md with every `<!-- sites:R-… -->…<!-- /sites -->` block filled from `sites`. */
export function renderRules(md: string, sites: Map<string, RuleSites>): string {
  return md.replace(/<!-- sites:(R-[A-Z]+-\d+[a-z]?) -->[\s\S]*?<!-- \/sites -->/g, (_, id: string) => {
    const s = sites.get(id) ?? { code: [], tests: [] };
    const list = (xs: string[]) => (xs.length ? xs.map((x) => `\`${x}\``).join(', ') : '—');
    return `${START}${id} -->\nCode: ${list(s.code)}  \nTests: ${list(s.tests)}\n${END}`;
  });
}

/** The rule ids docs/rules.md describes (one `### R-…` heading each). */
export function documentedRules(md: string): string[] {
  return [...md.matchAll(/^### (R-[A-Z]+-\d+[a-z]?)\b/gm)].map((m) => m[1]);
}

if (process.argv[1]?.endsWith('rule-map.ts')) {
  const file = path.join(process.cwd(), 'docs/rules.md');
  const next = renderRules(fs.readFileSync(file, 'utf8'), ruleSites(process.cwd()));
  fs.writeFileSync(file, next);
  console.log(`docs/rules.md: ${documentedRules(next).length} rules, code and test sites regenerated`);
}
