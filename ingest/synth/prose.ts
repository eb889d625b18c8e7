// Paragraphs that make no reference: the body of a resolution around its citations.
// They never contain a number, so nothing in them can be mistaken for a document symbol.
import type { ParagraphDraft } from './draft.ts';
import type { Random } from './random.ts';
import { actions, actors, concerns, genericObjects, objects, qualifiers } from './vocabulary.ts';

const goals = [
  'the maintenance of international peace and security', 'the achievement of sustainable development', 'the eradication of poverty',
  'the promotion and protection of all human rights', 'the well-being of present and future generations', 'the strengthening of multilateralism',
  'the common good of all States', 'the effective functioning of the Organization',
] as const;

/** An object of the sentence: about the subject less than half the time, so that it does not ring on every line. */
function obj(r: Random, subject: string | null): string {
  return subject !== null && r.chance(0.45) ? r.pick(objects).replace('{t}', subject) : r.pick(genericObjects);
}

function clause(r: Random, subject: string | null): string {
  return `${r.pick(actions)} ${obj(r, subject)}`;
}

/** One or more clauses joined as the texts join them: "to promote ..., and to strengthen ..." */
function clauses(r: Random, subject: string, max = 2): string {
  const parts = [clause(r, subject)];
  const extra = r.int(0, max);
  for (let i = 0; i < extra; i++) parts.push(`to ${clause(r, null)}`);
  const withQualifier = r.chance(0.7) ? `${parts.join(', and ')} ${r.pick(qualifiers)}` : parts.join(', and ');
  return withQualifier;
}

const preambularPatterns: readonly ((r: Random, s: string) => [string, string])[] = [
  (r, s) => ['Noting', `that ${r.pick(actors)} continue to ${clauses(r, s)}`],
  (r, s) => ['Recognizing', `that ${obj(r, s)} contributes to ${r.pick(goals)}`],
  (r, s) => ['Convinced', `that ${obj(r, s)} is essential for ${r.pick(goals)}, and that ${r.pick(actors)} should ${clause(r, null)}`],
  (r, s) => ['Mindful', `of the need to ${clauses(r, s)}`],
  (r, s) => ['Emphasizing', `the importance of ${obj(r, s)} ${r.pick(qualifiers)}`],
  (r, s) => ['Stressing', `the need to ${clauses(r, s)}`],
  (r) => ['Deeply concerned', `about ${r.pick(concerns)}, and about ${r.pick(concerns)}`],
  (r, s) => ['Expressing its concern', `at ${r.pick(concerns)} in the field of ${s}`],
  (r, s) => ['Aware', `of the contribution that ${r.pick(actors)} can make to ${obj(r, s)}`],
  (r, s) => ['Considering', `that ${r.pick(actors)} should ${clauses(r, s)}`],
  (r, s) => ['Affirming', `that it sees in ${obj(r, s)} the broadest opportunities for ${r.pick(goals)}`],
  (r, s) => ['Acknowledging', `the efforts of ${r.pick(actors)} to ${clauses(r, s, 1)}`],
  (r, s) => ['Welcoming', `the efforts made by ${r.pick(actors)} to ${clauses(r, s, 1)}`],
];

const operativePatterns: readonly ((r: Random, s: string) => [string, string])[] = [
  (r, s) => ['Calls upon', `${r.pick(actors)} to ${clauses(r, s)}`],
  (r, s) => ['Encourages', `${r.pick(actors)} to ${clauses(r, s)}`],
  (r, s) => ['Urges', `${r.pick(actors)} to ${clauses(r, s)}`],
  (r, s) => ['Invites', `${r.pick(actors)} to ${clauses(r, s, 1)}`],
  (r, s) => ['Emphasizes', `the importance of ${obj(r, s)} ${r.pick(qualifiers)}`],
  (r, s) => ['Stresses', `the need to ${clauses(r, s)}`],
  (r, s) => ['Welcomes', `the efforts of ${r.pick(actors)} to ${clauses(r, s, 1)}`],
  (r, s) => ['Reaffirms', `the importance of ${obj(r, s)} for ${r.pick(goals)}`],
  (r, s) => ['Considers', `that the purpose of ${obj(r, s)} could be served through ${r.pick(genericObjects)}`],
  (r, s) => ['Requests', `the Secretary-General to ${clauses(r, s)}`],
  (r, s) => ['Notes with satisfaction', `the progress made by ${r.pick(actors)} in ${obj(r, s)}`],
  (r, s) => ['Recognizes', `the role of ${r.pick(actors)} in ${obj(r, s)}`],
];

export function preambularFiller(r: Random, subject: string): ParagraphDraft {
  const [lead, rest] = r.pick(preambularPatterns)(r, subject);
  return { kind: 'preambular', lead, rest, refs: [] };
}

export function operativeFiller(r: Random, subject: string): ParagraphDraft {
  if (r.chance(0.03)) {
    const actor = r.pick(actors);
    const items = [
      `General appreciation of ${obj(r, subject)}`,
      `Efforts taken at the national level to ${clause(r, subject)}`,
      `Possible measures that could be taken by ${r.pick(actors)} to ${clause(r, subject)}`,
    ];
    if (r.chance(0.5)) items.push(`Ways to ${clause(r, subject)} ${r.pick(qualifiers)}`);
    return { kind: 'operative', lead: 'Invites', rest: `${actor} to inform the Secretary-General of their views on the following questions`, refs: [], items };
  }
  const [lead, rest] = r.pick(operativePatterns)(r, subject);
  return { kind: 'operative', lead, rest, refs: [] };
}
