/** Escapes the LIKE wildcards in user text, so that a search for "50%" finds "50%" and nothing else. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
