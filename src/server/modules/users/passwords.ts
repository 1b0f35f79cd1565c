import { createHash, pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const pbkdf2Async = promisify(pbkdf2);

// PBKDF2-HMAC-SM3 (国密 hash from node:crypto's OpenSSL), per-user 16-byte salt, 32-byte key.
const algorithm = 'sm3';
const defaultIterations = 120_000;
const keyLength = 32;

/** Format: pbkdf2-sm3$<iterations>$<salt b64>$<hash b64>, so the cost can rise without a migration. */
export async function hashPassword(password: string, iterations = defaultIterations): Promise<string> {
  const salt = randomBytes(16);
  const key = await pbkdf2Async(password, salt, iterations, keyLength, algorithm);
  return `pbkdf2-sm3$${iterations}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, iterationsText, saltText, hashText] = stored.split('$');
  if (scheme !== 'pbkdf2-sm3' || !iterationsText || !saltText || !hashText) return false;
  const expected = Buffer.from(hashText, 'base64');
  const actual = await pbkdf2Async(
    password,
    Buffer.from(saltText, 'base64'),
    Number(iterationsText),
    expected.length,
    algorithm,
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A random secret for cookies, CSRF and API tokens. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Tokens and session ids are stored only as this digest. */
export function digestToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
