/** Shows the first and last four characters of a secret, the rest as asterisks. */
export function maskSecret(secret: string): string {
  if (secret.length <= 8) return '*'.repeat(secret.length);
  return `${secret.slice(0, 4)}${'*'.repeat(secret.length - 8)}${secret.slice(-4)}`;
}

/** SdkAppId shape (R-APP-2): 10 digits starting with 1400. */
export function isSdkAppId(value: string): boolean {
  return /^1400\d{6}$/.test(value);
}
