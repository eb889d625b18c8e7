import { z } from 'zod';

/** A problem met while reading or parsing one input: errors mean no document came out, warnings that one did. */
export const ParseIssue = z.object({
  severity: z.enum(['error', 'warning']),
  /** Stable machine-readable code, e.g. "empty-input", "no-paragraphs", "footnote-unmatched". */
  code: z.string(),
  message: z.string(),
  /** The file (or other source name) the input came from. */
  source: z.string().optional(),
  /** 1-based line in the text as given, where one applies. */
  line: z.number().int().positive().optional(),
  /** The output field concerned, e.g. "adopted" or "paragraphs". */
  field: z.string().optional(),
});
export type ParseIssue = z.infer<typeof ParseIssue>;
