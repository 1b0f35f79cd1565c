import { checkPasswordStrength } from '../../../../domain/password-rule';

// No look-alike characters (0/O, 1/l/I): the password is read out or copied by hand.
const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const lower = 'abcdefghijkmnpqrstuvwxyz';
const digits = '23456789';
const symbols = '@#$%&*+=?';

function randomBelow(n: number): number {
  const [value] = crypto.getRandomValues(new Uint32Array(1));
  return value! % n;
}

function pick(alphabet: string): string {
  return alphabet[randomBelow(alphabet.length)]!;
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** A random 12-character password that passes the platform's strength rule. */
export function generatePassword(): string {
  const all = upper + lower + digits + symbols;
  for (;;) {
    const chars = [pick(upper), pick(lower), pick(digits), pick(symbols)];
    while (chars.length < 12) chars.push(pick(all));
    const password = shuffle(chars).join('');
    if (!checkPasswordStrength(password)) return password;
  }
}
