// What every citation builder gets: the spec, the document's PRNG and what the document already cites.
import { isoDate, longDate } from './calendar.ts';
import type { ParagraphDraft } from './draft.ts';
import type { Random } from './random.ts';
import type { ResolutionFact, ResolutionSpec } from './spec.ts';

export interface CiteContext {
  spec: ResolutionSpec;
  r: Random;
  /** keys of things already cited, so that a block is not repeated */
  used: Set<string>;
}

/**
 * A citation builder: paragraphs with their references, sized to `room` references where it can be,
 * or null when it has nothing (left) to cite in this document.
 */
export type CitationBlock = (ctx: CiteContext, room: number) => ParagraphDraft[] | null;

export const shortSymbol = (f: { session: number; number: number }): string => `${f.session}/${f.number}`;
export const resolutionSymbol = (f: { session: number; number: number }): string => `A/RES/${f.session}/${f.number}`;

/** "53/70 of 4 December 1998" and its reference. */
export function datedResolution(f: ResolutionFact): { written: string; ref: { kind: 'resolution'; symbol: string; date: string; quote: string } } {
  const written = `${shortSymbol(f)} of ${longDate(f.adopted)}`;
  return { written, ref: { kind: 'resolution', symbol: resolutionSymbol(f), date: isoDate(f.adopted), quote: written } };
}

/** The session after this series' next regular consideration: "sixty-fifth". */
export const nextSession = (spec: ResolutionSpec): number => spec.session + Math.max(1, spec.period);
