// A search for " word" in text.toLowerCase() that reads the text as written: the hyphen check asks a
// document for a word or two, and lower-casing the whole document for them cost more than the searches.

/**
 * A pattern that matches in `text` exactly where text.toLowerCase() holds ` ${word}`, for a word of
 * a-z only. Under the i flag (without u) an ASCII letter matches itself in either case and no
 * other character; toLowerCase also maps two other characters onto ASCII letters: the Kelvin sign
 * (to "k") and the dotted capital I (to "i" and a combining dot, so only as the word's last letter).
 */
export function caselessWord(word: string): RegExp {
  let source = ' ';
  for (let i = 0; i < word.length; i++) {
    const c = word[i] as string;
    if (c === 'k') source += '[k\u212a]';
    else if (c === 'i' && i === word.length - 1) source += '(?:i|\u0130)';
    else source += c;
  }
  return new RegExp(source, 'i');
}

/** Only such words can be searched so. */
export const plainWord = /^[a-z]+$/;
