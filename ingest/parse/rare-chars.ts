// The rare characters of a text, by kind, found in one search: the characters that the line cleaning
// removes or replaces, and those that show a text is no text. Most texts hold none of them; the texts
// that hold any mostly hold a handful.

// eslint-disable-next-line no-control-regex
const rare = /[\r\f\v\u00a0\u2007\u202f\u00ad\u200b\u200c\u200d\u2060\u0000-\u0008\u000e-\u001f*\u2070\u00b9\u00b2\u00b3\u2074-\u2079\ufffd]/g;

/** The kinds, as bits. */
export const RareKind = {
  /** \r */
  Return: 1,
  /** \f and \v */
  Feed: 2,
  /** No-break and narrow spaces */
  Space: 4,
  /** Soft hyphens, zero-width spaces and joiners */
  Invisible: 8,
  /** Other control characters (not \t, \n) */
  Control: 16,
  Star: 32,
  Superscript: 64,
  /** U+FFFD, the mark of undecodable bytes */
  Replacement: 128,
} as const;

const allKinds = 255;

function kindOf(c: number): number {
  if (c === 13) return RareKind.Return;
  if (c === 12 || c === 11) return RareKind.Feed;
  if (c === 0xa0 || c === 0x2007 || c === 0x202f) return RareKind.Space;
  if (c === 0xad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060) return RareKind.Invisible;
  if (c === 42) return RareKind.Star;
  if (c < 32) return RareKind.Control;
  if (c === 0xfffd) return RareKind.Replacement;
  return RareKind.Superscript;
}

/** The kinds of rare characters the text holds, read off its first 32 of them; all kinds when it holds more. */
export function rareKinds(text: string): number {
  let kinds = 0;
  rare.lastIndex = 0;
  for (let i = 0; i < 32; i++) {
    const m = rare.exec(text);
    if (!m) return kinds;
    kinds |= kindOf(text.charCodeAt(m.index));
  }
  return allKinds;
}
