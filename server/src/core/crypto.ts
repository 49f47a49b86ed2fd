import { createHmac, randomBytes } from 'node:crypto';

/** A random, URL-safe token with 256 bits of entropy. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The keyed hash we store in place of a token, so a copy of the database does not hand out
 * working session cookies or invitation links.
 */
export function hashToken(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}
