// CAM-style policy evaluation (R-CAM-2, R-CAM-3): explicit deny wins, then a matching
// allow, otherwise denied. Pure: the caller supplies the actor's statements.

export interface PolicyStatement {
  effect: 'allow' | 'deny';
  action: string[];
  resource: string[];
}

/** The resource string of an application, or `*` for account-wide actions. */
export function appResourceName(uin: number, sdkAppId: string): string {
  return `qcs::sms::uin/${uin}:app/${sdkAppId}`;
}

function actionMatches(pattern: string, action: string): boolean {
  return pattern === 'name/sms:*' || pattern === '*' || pattern === `name/sms:${action}`;
}

function resourceMatches(pattern: string, resource: string, uin: number): boolean {
  if (pattern === '*') return true;
  if (pattern === resource) return true;
  // `qcs::sms::uin/<uin>:app/*` covers every application of that account
  return pattern === `qcs::sms::uin/${uin}:app/*` && resource.startsWith(`qcs::sms::uin/${uin}:app/`);
}

/** Evaluates statements for one action on one resource (`*` for account-wide actions). */
export function evaluatePolicies(
  statements: readonly PolicyStatement[],
  action: string,
  resource: string,
  uin: number,
): boolean {
  const matching = statements.filter(
    (s) => s.action.some((a) => actionMatches(a, action)) && s.resource.some((r) => resourceMatches(r, resource, uin)),
  );
  if (matching.some((s) => s.effect === 'deny')) return false;
  return matching.some((s) => s.effect === 'allow');
}
