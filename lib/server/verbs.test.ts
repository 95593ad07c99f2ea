// R-CAM-4: every exported verb of lib/server (a function whose first parameter is the context)
// names its permission — it calls ctx.authorize (or refuses by role with FORBIDDEN), itself or through
// a function of its own file that does — or says in its doc comment why it needs none: `@system` (background work, acting as no
// user), `@internal` (a step that runs inside a verb that authorized) or `@self` (a user's own
// sign-in settings). A new verb that does neither fails here.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [p] : [];
  });
}

interface Verb {
  file: string;
  name: string;
  authorizes: boolean;
  tag: string | null;
}

function verbsOf(file: string): Verb[] {
  const src = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, src, ts.ScriptTarget.Latest, true);
  const fns = sf.statements.filter(
    (s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && !!s.name && !!s.body,
  );
  // A check is ctx.authorize, or a guard of the file that refuses by role (requireOwner of Access Management).
  const direct = new Set(
    fns.filter((f) => /\.authorize\(|new AppError\('FORBIDDEN'/.test(f.body!.getText())).map((f) => f.name!.text),
  );
  // One step through the file's own helpers: `appFor(ctx, id)` that authorizes counts for its callers.
  const viaHelper = (f: ts.FunctionDeclaration) =>
    [...direct].some((h) => h !== f.name!.text && new RegExp(`\\b${h}\\(`).test(f.body!.getText()));
  return fns
    .filter((f) => (f.modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
    .filter((f) => f.parameters[0]?.type && /\bCtx\b/.test(f.parameters[0].type.getText()))
    .map((f) => {
      const doc = ts.getJSDocTags(f).map((t) => t.tagName.text);
      return {
        file: path
          .relative(path.resolve(import.meta.dirname, '../..'), file)
          .split(path.sep)
          .join('/'),
        name: f.name!.text,
        authorizes: direct.has(f.name!.text) || viaHelper(f),
        tag: doc.find((t) => t === 'system' || t === 'internal' || t === 'self') ?? null,
      };
    });
}

describe('every verb names its permission or says why not (R-CAM-4)', () => {
  const verbs = sourceFiles(path.resolve(import.meta.dirname)).flatMap(verbsOf);

  it('finds the verbs', () => {
    if (process.env.LIST_VERBS)
      console.log(
        verbs
          .filter((v) => !v.authorizes && !v.tag)
          .map((v) => `${v.file}: ${v.name}`)
          .join('\n'),
      );
    expect(verbs.length).toBeGreaterThan(150);
  });

  it('a verb without ctx.authorize carries @system, @internal or @self', () => {
    expect(verbs.filter((v) => !v.authorizes && !v.tag).map((v) => `${v.file}: ${v.name}`)).toEqual([]);
  });

  it('a verb that authorizes is not also marked as needing no permission', () => {
    expect(verbs.filter((v) => v.authorizes && v.tag).map((v) => `${v.file}: ${v.name} (@${v.tag})`)).toEqual([]);
  });
});
