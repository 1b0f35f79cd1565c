// C0 and C1 control characters, plus the Unicode line/paragraph separators and bidi overrides that spoof text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this rule
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export function hasControlCharacters(value: string): boolean {
  return controlCharacters.test(value);
}
