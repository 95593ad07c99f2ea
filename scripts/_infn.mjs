import ts from 'typescript';
import fs from 'fs';
import { execSync } from 'child_process';
const files = execSync("find app components -name '*.tsx' | grep -v test").toString().trim().split('\n');
const isUi = (s) =>
  /[A-Za-z]{2}/.test(s) &&
  !/^(https?:|\/|#|\.)/.test(s) &&
  (/\s/.test(s.trim()) || /^[A-Z][a-z]/.test(s)) &&
  !/(^|\s)(text-|bg-|border|px-|py-|mt-|mb-|flex|grid|rounded|w-|h-|inline|block|hidden|min-|max-|space-|gap-|font-|ring|focus|hover|sr-only|absolute|relative|fixed|overflow|shadow|dark:|lg:|md:|sm:|items-|justify|cursor|transition|col-|row-|p-|m-|tabular|underline)/.test(
    s,
  );
for (const f of files) {
  const src = fs.readFileSync(f, 'utf8');
  const sf = ts.createSourceFile(f, src, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const visit = (n, inFn) => {
    if (ts.isFunctionLike(n)) inFn = true;
    if (inFn && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && isUi(n.text)) {
      let p = n.parent,
        skip = false;
      while (p && !ts.isSourceFile(p)) {
        if (ts.isJsxAttribute(p) && ['className', 'href'].includes(p.name.getText())) {
          skip = true;
          break;
        }
        if (
          ts.isCallExpression(p) &&
          /^(tx|t|tr|uiText|useTranslations|getTranslations)$/.test(p.expression.getText())
        ) {
          skip = true;
          break;
        }
        if (ts.isImportDeclaration(p)) {
          skip = true;
          break;
        }
        p = p.parent;
      }
      if (ts.isPropertyAssignment(n.parent) && n.parent.name === n) skip = true;
      if (ts.isBinaryExpression(n.parent) && /===|!==/.test(n.parent.operatorToken.getText())) skip = true;
      if (!skip) console.log(`${f}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.text.slice(0, 70)}`);
    }
    ts.forEachChild(n, (c) => visit(c, inFn));
  };
  visit(sf, false);
}
