import ts from 'typescript';
import fs from 'fs';
import { execSync } from 'child_process';
const files = execSync(
  "find app components -name '*.tsx' -o -name '*.ts' | grep -v test | grep -v '/api/' | grep -v actions.ts",
)
  .toString()
  .trim()
  .split('\n');
const isUi = (s) =>
  /[A-Za-z]{2}/.test(s) &&
  !/^(https?:|\/|#|\.)/.test(s) &&
  (/\s/.test(s.trim()) || /^[A-Z][a-z]/.test(s)) &&
  !/^(text|bg|border|px|py|mt|mb|flex|grid|rounded|w-|h-|inline|block|hidden|min-|max-|space|gap|font|ring|focus|hover|sr-only|absolute|relative|fixed|overflow|shadow|dark:|lg:|md:|sm:|items|justify|cursor|transition|col-|row-|p-|m-|tabular)/.test(
    s,
  );
for (const f of files) {
  const src = fs.readFileSync(f, 'utf8');
  const sf = ts.createSourceFile(
    f,
    src,
    ts.ScriptTarget.Latest,
    true,
    f.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const visit = (n, inFn) => {
    if (ts.isFunctionLike(n)) inFn = true;
    if (
      !inFn &&
      (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) &&
      isUi(n.text) &&
      !ts.isImportDeclaration(n.parent) &&
      !ts.isExportDeclaration(n.parent) &&
      !ts.isExternalModuleReference(n.parent) &&
      !(ts.isPropertyAssignment(n.parent) && n.parent.name === n) &&
      !ts.isExpressionStatement(n.parent)
    )
      console.log(`${f}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.text.slice(0, 70)}`);
    ts.forEachChild(n, (c) => visit(c, inFn));
  };
  visit(sf, false);
}
