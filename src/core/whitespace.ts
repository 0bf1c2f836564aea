/**
 * True for the characters `\s` matches and `String.prototype.trim` removes (ECMAScript WhiteSpace
 * and LineTerminator; NaN, read past a string's end, is none). A module of its own, with no
 * imports, so the content script's eager bundle can share it without loading the analyzer. (The
 * tokenizer's `isSpace` splits words on a slightly different set and is kept apart.)
 */
export function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
