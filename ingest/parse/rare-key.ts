// indexOf for lower-case keywords in English prose. A search stops at every occurrence of the pattern's
// first character, which for "esolution" is every "e" of the text; searching instead for the tail that
// starts at the pattern's rarest character ("ution") and checking the letters before it stops far less
// often. Upper-case letters, digits and punctuation count as rare: such patterns are searched as they are.

export interface RareKey {
  pattern: string;
  /** The tail of the pattern that is searched for. */
  key: string;
  /** Where the key starts in the pattern. */
  offset: number;
}

// Lower-case letters and the space from the most to the least frequent in English text.
const common = ' etaoinshrdlcumwfgypbvkjxqz';

/** Keys shorter than this stop as often as they save: the characters after the first filter the stops. */
const shortestKey = 4;

export function rareKey(pattern: string): RareKey {
  let offset = 0;
  let best = -1;
  for (let i = 0; i <= pattern.length - shortestKey; i++) {
    const rank = common.indexOf(pattern[i] ?? '');
    const rarity = rank < 0 ? common.length : rank;
    if (rarity > best) {
      best = rarity;
      offset = i;
    }
    if (rank < 0) break;
  }
  return { pattern, key: pattern.slice(offset), offset };
}

/** text.indexOf(k.pattern, from). */
export function indexOfRare(text: string, k: RareKey, from = 0): number {
  if (k.offset === 0) return text.indexOf(k.pattern, from);
  for (let i = text.indexOf(k.key, Math.max(0, from) + k.offset); i >= 0; i = text.indexOf(k.key, i + 1)) {
    if (text.startsWith(k.pattern, i - k.offset)) return i - k.offset;
  }
  return -1;
}
