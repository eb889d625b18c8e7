// Canonical UN document symbols. A DocumentSymbol is made only by parseSymbol or toResolutionSymbol,
// so that the graph is keyed on one spelling however the texts write a symbol.

export type DocumentSymbol = string & { readonly __brand: 'DocumentSymbol' };

export type SymbolBody = 'GA' | 'SC' | 'HRC' | 'ECOSOC';

const romanNumeral = /^[IVXLC]+$/;
// Suffix components that keep their usual case: A/55/140/Corr.1, A/80/L.2/Rev.1.
const mixedCaseSuffix = /^(corr|add|rev|amend|suppl|part)\.?\s*(\d+)$/i;
const suffixCase: Record<string, string> = { corr: 'Corr', add: 'Add', rev: 'Rev', amend: 'Amend', suppl: 'Suppl', part: 'Part' };
// One component of a symbol: letters, digits, dots, hyphens; at least one component must hold a digit.
const component = /^[A-Za-z0-9][A-Za-z0-9.\-]*$/;

function canonicalComponent(part: string): string {
  const m = mixedCaseSuffix.exec(part);
  if (m?.[1] && m[2]) return `${suffixCase[m[1].toLowerCase()] ?? m[1]}.${m[2]}`;
  return part.toUpperCase();
}

/** "(Part I)", "(Parts I and II)", "(Vol. I)" and "(XV)" tails: no space before the bracket, numerals upper case. */
function canonicalTail(tail: string): string | null {
  const inner = tail.slice(1, -1).trim().replace(/\s+/g, ' ');
  const part = /^(parts?|vol\.?) ?([ivxlc]+|\d+)(?: and ([ivxlc]+|\d+))?$/i.exec(inner);
  if (part?.[1] && part[2]) {
    const word = part[1].toLowerCase().startsWith('vol') ? 'Vol.' : part[1].toLowerCase() === 'parts' ? 'Parts' : 'Part';
    return `(${word}${word === 'Vol.' ? ' ' : ' '}${part[2].toUpperCase()}${part[3] ? ` and ${part[3].toUpperCase()}` : ''})`;
  }
  if (/^(?:[IVXLC]+|\d{4}|[A-Z]{1,3})$/i.test(inner)) return `(${inner.toUpperCase()})`;
  return null;
}

// NFKC leaves ASCII text as it is; most symbols are ASCII, and normalizing costs a call into ICU.
const nonAscii = /[^\u0000-\u007f]/;
const nfkc = (text: string): string => (nonAscii.test(text) ? text.normalize('NFKC') : text);

const spacedDot = /\.\s+(?=\d)/;
/** The parts between slashes, trimmed, "Corr. 1" written "Corr.1". */
function splitParts(head: string): string[] {
  const parts = head.split('/');
  for (let i = 0; i < parts.length; i++) {
    const p = (parts[i] ?? '').trim();
    parts[i] = p.includes('.') ? p.replace(spacedDot, '.') : p;
  }
  return parts;
}

/**
 * The canonical form of a full document symbol as written ("a/55/140/corr.1", "A/RES/1514 (XV)",
 * "A/73/12 (Part I)", "NPT/CONF.1995/32 (Part I)/Corr.2"), or null when the text is not a symbol
 * ("HIV/AIDS", "2/3", "and/or").
 */
export function parseSymbol(text: string): DocumentSymbol | null {
  return plainSymbol.test(text) ? parsePlainSymbol(text) : parseWrittenSymbol(text);
}

// Most symbols are written plainly: ASCII components without spaces or brackets, not ending in a dot.
// For them the general reading below comes down to splitting at the slashes.
const plainSymbol = /^[A-Za-z][A-Za-z0-9.-]*(?:\/[A-Za-z0-9][A-Za-z0-9.-]*)+(?<!\.)$/;

/** parseWrittenSymbol for a text that plainSymbol matches. */
export function parsePlainSymbol(text: string): DocumentSymbol | null {
  if (text.length < 3 || text.length > 100) return null;
  const slash = text.indexOf('/');
  if (!/\d/.test(text.slice(slash + 1))) return null;
  const rest = text.slice(slash + 1).split('/');
  return `${text.slice(0, slash).toUpperCase()}/${rest.map(canonicalComponent).join('/')}` as DocumentSymbol;
}

/** parseSymbol for any text. */
export function parseWrittenSymbol(text: string): DocumentSymbol | null {
  const trimmed = nfkc(text).trim().replace(/[.,;:]+$/, '');
  if (trimmed.length < 3 || trimmed.length > 100) return null;
  const withTail = /^([^()]+?)\s*(\([^()]{1,24}\))((?:\/[^()/]+)*)$/.exec(trimmed);
  const head = withTail?.[1] ?? trimmed;
  const tail = withTail?.[2] ? canonicalTail(withTail[2]) : '';
  if (tail === null || /[()]/.test(head)) return null;
  const parts = splitParts(head);
  const after = withTail?.[3] ? splitParts(withTail[3].slice(1)) : [];
  if (parts.length < 2 || [...parts, ...after].some((p) => !component.test(p))) return null;
  if (!/^[A-Za-z]/.test(parts[0] ?? '')) return null;
  if (!parts.slice(1).some((p) => /\d/.test(p))) return null;
  const [first, ...rest] = parts;
  const suffix = after.length ? `/${after.map(canonicalComponent).join('/')}` : '';
  return `${(first ?? '').toUpperCase()}/${rest.map(canonicalComponent).join('/')}${tail}${suffix}` as DocumentSymbol;
}

export function isSymbol(text: string): boolean {
  return parseSymbol(text) !== null;
}

/** Roman numerals of the session, for resolutions of sessions 1 to 30 ("1514 (XV)"). */
export function isRomanNumeral(text: string): boolean {
  return romanNumeral.test(text);
}

/**
 * The canonical symbol of a resolution or decision written by its number, as in the text:
 * GA "64/25" -> A/RES/64/25, "1514 (XV)" -> A/RES/1514(XV), "2200 A (XXI)" -> A/RES/2200A(XXI),
 * "43/222 A" -> A/RES/43/222A, "S-24/2" -> A/RES/S-24/2; SC "1373 (2001)" -> S/RES/1373(2001);
 * HRC "20/8" -> A/HRC/RES/20/8; ECOSOC "2006/46" -> E/RES/2006/46; decisions go to .../DEC/...
 * Returns null when the number cannot be a resolution of that body.
 */
export function toResolutionSymbol(body: SymbolBody, number: string, kind: 'resolution' | 'decision' = 'resolution'): DocumentSymbol | null {
  const n = nfkc(number).replace(/\s+/g, ' ').trim();
  const infix = kind === 'resolution' ? 'RES' : 'DEC';
  const modern = /^((?:E?S-)?\d{1,4})\/(\d{1,4})(?: ?([A-Z]{1,2}))?$/.exec(n);
  const bracketed = /^(\d{1,4})(?: ?([A-Z]))? ?\(([IVXLC]+|\d{4})\)$/.exec(n);
  if (body === 'SC') {
    if (!bracketed?.[3] || kind === 'decision' || !/^\d{4}$/.test(bracketed[3])) return null;
    return `S/RES/${bracketed[1]}(${bracketed[3]})` as DocumentSymbol;
  }
  if (modern?.[1] && modern[2]) return numberedResolutionSymbol(body, modern[1], modern[2], modern[3] ?? '', kind);
  if (body === 'HRC') return null;
  if (body === 'ECOSOC') {
    if (bracketed?.[3] && isRomanNumeral(bracketed[3])) return `E/${infix}/${bracketed[1]}${bracketed[2] ?? ''}(${bracketed[3]})` as DocumentSymbol;
    return null;
  }
  if (bracketed?.[3] && isRomanNumeral(bracketed[3])) return `A/${infix}/${bracketed[1]}${bracketed[2] ?? ''}(${bracketed[3]})` as DocumentSymbol;
  return null;
}

/**
 * toResolutionSymbol for a number of the modern form already read in its parts: the session ("64",
 * "S-24", "ES-10"), the number and a letter suffix ("A", or "").
 */
export function numberedResolutionSymbol(body: SymbolBody, session: string, number: string, suffix: string, kind: 'resolution' | 'decision' = 'resolution'): DocumentSymbol | null {
  const infix = kind === 'resolution' ? 'RES' : 'DEC';
  if (body === 'SC') return null;
  if (body === 'HRC') return `A/HRC/${infix}/${session}/${number}${suffix}` as DocumentSymbol;
  if (body === 'ECOSOC') return `E/${infix}/${session}/${number}${suffix}` as DocumentSymbol;
  return `A/${infix}/${session}/${number}${suffix}` as DocumentSymbol;
}

/** General Assembly numbers from 401 up are decisions, not resolutions ("73/512"). */
export function isDecisionNumber(number: string): boolean {
  const m = /^\d{1,3}\/(\d{3,4})$/.exec(number.trim());
  return m?.[1] !== undefined && Number(m[1]) >= 401;
}
