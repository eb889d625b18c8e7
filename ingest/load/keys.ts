// Keys of the non-document nodes: one node per thing however the texts spell it.

/** Lower case, one space, no leading article or trailing punctuation, typographic quotes and dashes made plain. */
export function toNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\*/g, '')
    .replace(/[\u2018\u2019\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201F]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/[\s.,;:]+$/, '');
}

/** A group is one node per establishment: the 2004 group and the 2009 group of one series are two nodes. */
export function toGroupKey(name: string, established: string | null | undefined): string {
  const year = established?.slice(0, 4);
  return year ? `${toNameKey(name)} (${year})` : toNameKey(name);
}

/** Places keep their written name, with whitespace made regular. */
export function toPlaceName(place: string): string {
  return place.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(/[\s.,;:]+$/, '');
}

/** Which extra labels a document takes from its symbol alone, so every writer agrees. */
export function toDocumentKind(symbol: string): 'resolution' | 'decision' | 'document' {
  if (/\/RES\//.test(symbol)) return 'resolution';
  if (/\/DEC\//.test(symbol)) return 'decision';
  return 'document';
}

/** "A/RES/64/25" -> "64/25", "A/RES/1514(XV)" -> "1514 (XV)", "S/RES/1373(2001)" -> "1373 (2001)"; null for other documents. */
export function toDocumentNumber(symbol: string): string | null {
  const match = /\/(?:RES|DEC)\/(.+)$/.exec(symbol);
  return match?.[1] ? match[1].replace(/\(/, ' (') : null;
}

/** A limited-distribution draft (A/64/L.40) is not a report, even when a resolution was adopted on it. */
export function isDraft(symbol: string): boolean {
  return /\/L\.\d/.test(symbol);
}
