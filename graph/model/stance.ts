import { z } from 'zod';

/** How the citing text stands towards what it cites, read from the paragraph's lead phrase. */
export const Stance = z.enum(['neutral', 'affirming', 'concerned']);
export type Stance = z.infer<typeof Stance>;

// First match wins, so the concerned forms come before "noting" ("Noting with concern")
// and the affirming forms before "recalling"/"affirming" overlaps ("Reaffirming").
const table: ReadonlyArray<readonly [RegExp, Stance]> = [
  [/\bconcern|\bdeplor|\bcondemn|\balarm|\bregret|\bdismay|\bdistress|\bdeeply disturbed|\bgravely/, 'concerned'],
  [/affirm|\bwelcom|\bendors|\bcommend|\bappreciat|\bsatisfaction|\bsupport|\bapprov|\bpraise|\bencouraged by|\bgratitude|\bcongratulat/, 'affirming'],
];

/**
 * The stance of a lead phrase: "Recalling", "Noting", "Taking note of", "Bearing in mind" and anything
 * not in the table are neutral; "Reaffirming", "Welcoming", "Endorsing" affirming; "Expressing concern",
 * "Deploring", "Condemning" concerned.
 */
export function toStance(lead: string | null | undefined): Stance {
  if (!lead) return 'neutral';
  const phrase = lead.normalize('NFKC').toLowerCase().replace(/\*/g, '');
  for (const [pattern, stance] of table) if (pattern.test(phrase)) return stance;
  return 'neutral';
}
