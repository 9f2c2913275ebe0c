/** Splits a base32 secret into groups of four, as authenticator apps show and people type it. */
export function groupSecret(secret: string, size = 4): string {
  const clean = secret.replace(/[\s=]/g, '').toUpperCase();
  return clean.match(new RegExp(`.{1,${size}}`, 'g'))?.join(' ') ?? '';
}
