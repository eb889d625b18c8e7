// The lead phrase of a paragraph: the participle of a preambular paragraph ("Recalling also",
// "Bearing in mind", "Recalling, in this connection,") or the verb of an operative one ("Calls upon").

const multiword = [
  'bearing in mind', 'bears in mind', 'taking note with appreciation of', 'taking note with satisfaction of', 'taking note of',
  'taking into account', 'taking into consideration', 'takes note with appreciation of', 'takes note with satisfaction of',
  'takes note of', 'takes into account', 'noting with deep concern', 'noting with grave concern', 'noting with serious concern',
  'noting with concern', 'noting with satisfaction', 'noting with appreciation', 'notes with deep concern', 'notes with grave concern',
  'notes with concern', 'notes with satisfaction', 'notes with appreciation', 'expressing its deep concern', 'expressing its grave concern',
  'expressing its serious concern', 'expressing its concern', 'expressing deep concern', 'expressing grave concern',
  'expressing serious concern', 'expressing concern', 'expressing its appreciation', 'expressing its deep appreciation',
  'expressing its gratitude', 'expressing appreciation', 'expresses its deep concern', 'expresses its grave concern',
  'expresses its serious concern', 'expresses its concern', 'expresses deep concern', 'expresses grave concern', 'expresses concern',
  'expresses its appreciation', 'expresses its deep appreciation', 'expresses its gratitude', 'expresses appreciation',
  'calls upon', 'calls on', 'looks forward to', 'draws attention to', 'pays tribute to', 'having considered', 'having examined',
  'having regard to', 'guided by', 'acting under', 'determined to', 'deeply concerned', 'gravely concerned', 'seriously concerned',
  'deeply alarmed', 'deeply disturbed', 'deeply convinced', 'firmly convinced', 'fully aware', 'fully convinced',
];
// The phrases by their first word, each list in the order above: the first phrase that fits is taken.
const byFirstWord = new Map<string, string[]>();
for (const p of multiword) {
  const first = p.slice(0, p.indexOf(' '));
  const list = byFirstWord.get(first);
  if (list) list.push(p);
  else byFirstWord.set(first, [p]);
}

const adverbs = /^(also|further|furthermore|again|once again|strongly|deeply|firmly|fully|gravely|seriously|warmly|urgently|emphatically|moreover|in addition)\b/i;
const afterwords = /^(also|further|again|once again|moreover|in particular|in this regard|in this connection|in that regard|in this context|with appreciation|with satisfaction|with concern|with deep concern)\b/i;

/** Whether the text starts with a first letter of the adverbs (in either case): most leads start with none of them. */
function startsLikeAdverb(text: string): boolean {
  // Lower case for ASCII letters; no other character lands on a lower-case letter.
  const c = text.charCodeAt(0) | 32;
  return c === 97 || c === 102 || c === 111 || c === 115 || c === 100 || c === 103 || c === 119 || c === 117 || c === 101 || c === 109 || c === 105;
}

/** The phrase of `multiword` the text starts with (in any case), if any. */
function multiwordAt(rest: string): string | undefined {
  // Most texts start with a word that begins no phrase: only that word is lower-cased for them (when
  // lower-casing leaves its length, the text lower-cased has its first space at the same place).
  const space = rest.indexOf(' ');
  if (space > 0 && space < 64) {
    const first = rest.slice(0, space).toLowerCase();
    if (first.length === space && !byFirstWord.has(first)) return undefined;
  }
  // The longest phrase has 33 characters: lower-casing the start of the text is enough.
  const lower = rest.slice(0, 64).toLowerCase();
  const at = lower.indexOf(' ');
  const candidates = at > 0 ? byFirstWord.get(lower.slice(0, at)) : undefined;
  return candidates?.find((p) => lower.startsWith(p) && !/[a-z]/i.test(rest[p.length] ?? ''));
}

/** The lead phrase of a paragraph text; empty when the text does not start with a word. */
export function readLead(text: string): string {
  let rest = text.trim();
  let lead = '';
  const adverb = startsLikeAdverb(rest) ? adverbs.exec(rest) : null;
  if (adverb?.[1]) {
    lead = adverb[1];
    rest = rest.slice(adverb[1].length).trimStart();
  }
  const phrase = multiwordAt(rest);
  const word = phrase ? rest.slice(0, phrase.length) : /^[A-Za-z][A-Za-z\u2019'-]*/.exec(rest)?.[0];
  if (!word) return lead;
  lead = lead ? `${lead} ${word}` : word;
  rest = rest.slice(word.length);
  // "Recalling also", "Reaffirming further"
  const after = rest.charCodeAt(0) === 32 ? /^ (also|further|again|moreover)\b/i.exec(rest) : null;
  if (after?.[0]) {
    lead += after[0];
    rest = rest.slice(after[0].length);
  }
  // "Recalling, in this connection," keeps the interjection and its commas.
  const interjection = rest.charCodeAt(0) === 44 ? /^, ([a-z][a-z ]{2,40}),/.exec(rest) : null;
  if (interjection?.[1] && afterwords.test(interjection[1])) lead += interjection[0];
  return lead;
}
