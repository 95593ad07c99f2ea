import ts from 'typescript';
import fs from 'fs';
import { execSync } from 'child_process';
const files = execSync("find app components -name '*.tsx' | grep -v test").toString().trim().split('\n');
const SKIP = new Set([
  'Asia/Shanghai',
  'AddNewsReceiver',
  'ModifySecurityRule',
  '(prefers-color-scheme: dark)',
  '【SMS Console】Test message',
]);
const isUi = (s) =>
  /[A-Za-z]{2}/.test(s) &&
  !/^(https?:|\/|#|\.)/.test(s) &&
  (/\s/.test(s.trim()) || /^[A-Z][a-z]/.test(s)) &&
  !/(^|\s)(text-|bg-|border|px-|py-|mt-|mb-|flex|grid|rounded|w-|h-|inline|block|hidden|min-|max-|space-|gap-|font-|ring|focus|hover|sr-only|absolute|relative|fixed|overflow|shadow|dark:|lg:|md:|sm:|items-|justify|cursor|transition|col-|row-|p-|m-|tabular|underline)/.test(
    s,
  );
const report = [];
for (const f of files) {
  let src = fs.readFileSync(f, 'utf8');
  const sf = ts.createSourceFile(f, src, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const edits = [];
  const fns = new Map();
  const isComp = (n) => {
    const nm = (x) => x && /^[A-Z]/.test(x.getText());
    if (ts.isFunctionDeclaration(n))
      return nm(n.name) || (n.modifiers || []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent))
      return nm(n.parent.name);
    return false;
  };
  const visit = (n, inFn) => {
    if (ts.isFunctionLike(n)) inFn = true;
    if (inFn && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && isUi(n.text) && !SKIP.has(n.text)) {
      let p = n.parent,
        skip = false;
      while (p && !ts.isSourceFile(p)) {
        if (
          ts.isJsxAttribute(p) &&
          (['className', 'href'].includes(p.name.getText()) || p.parent.parent.tagName?.getText() === 'PageHeader')
        ) {
          skip = true;
          break;
        }
        if (
          ts.isCallExpression(p) &&
          /^(tx|t|tr|uiText|useTranslations|getTranslations|redirect|matchMedia)$/.test(
            p.expression.getText().replace(/^.*\./, ''),
          )
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
      if (ts.isCaseClause(n.parent)) skip = true;
      if (!skip) {
        let c = null;
        for (let q = n.parent; q; q = q.parent)
          if (ts.isFunctionLike(q) && isComp(q)) {
            c = q;
            break;
          }
        if (!c) report.push(`${f}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.text}`);
        else {
          fns.set(c.pos, c);
          const q = n.text.includes("'") ? JSON.stringify(n.text) : `'${n.text}'`;
          edits.push([n.getStart(), n.end, `tx(${q})`]);
        }
      }
    }
    ts.forEachChild(n, (c) => visit(c, inFn));
  };
  visit(sf, false);
  if (!edits.length) continue;
  let needSync = false,
    needAsync = false;
  for (const c of fns.values()) {
    if (c.body && ts.isBlock(c.body) && /const tx = /.test(c.body.getText())) continue;
    const isAsync = (c.modifiers || []).some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
    if (isAsync) needAsync = true;
    else needSync = true;
    const decl = isAsync ? 'const tx = await getText();' : 'const tx = useText();';
    if (ts.isBlock(c.body)) edits.push([c.body.getStart() + 1, c.body.getStart() + 1, `\n  ${decl}`]);
    else {
      edits.push([c.body.getStart(), c.body.getStart(), `{\n  ${decl}\n  return `]);
      edits.push([c.body.end, c.body.end, ';\n}']);
    }
  }
  edits.sort((a, b) => b[0] - a[0]);
  for (const [a, b, r] of edits) src = src.slice(0, a) + r + src.slice(b);
  let imports = '';
  if (needSync && !src.includes("from '@/i18n/text'")) imports += "import { useText } from '@/i18n/text';\n";
  if (needAsync && !src.includes("from '@/i18n/text-server'"))
    imports += "import { getText } from '@/i18n/text-server';\n";
  const m = src.match(/^(['"]use (client|server)['"];?\s*\n)/);
  src = m ? m[1] + imports + src.slice(m[1].length) : imports + src;
  fs.writeFileSync(f, src);
}
console.log(report.join('\n'));
