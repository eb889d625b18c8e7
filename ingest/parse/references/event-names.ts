// A conference named in full once and shortly after: "the 2010 Review Conference" is the 2010 Review
// Conference of the Parties to the Treaty named earlier or later in the same document, and "the Third
// Review Conference" the one given that short name in brackets.
import type { Reference } from '../../../graph/model/parsed-document.ts';
import { nameKey } from './name-key.ts';

type EventReference = Extract<Reference, { kind: 'conference' | 'summit' | 'meeting' }>;

const key = nameKey;
// A short form ends with its keyword or with the instrument it refers back to: "2010 Review Conference",
// "Assembly of States Parties", "Review Conference of the Parties to the Treaty".
const shortForm = /(?:\b(?:conference|summit|meeting)|^assembly of (?:the )?states parties|\bto the (?:treaty|convention|statute|protocol))$/;

/** Gives each short name the full name it stands for, where the document holds exactly one. */
export function completeEventNames(refs: readonly Reference[], aliases: ReadonlyMap<string, string>): void {
  const events = refs.filter((r): r is EventReference => r.kind === 'conference' || r.kind === 'summit' || r.kind === 'meeting');
  if (aliases.size) {
    for (const e of events) {
      const full = aliases.get(key(e.name));
      if (full) e.name = full;
    }
  }
  if (!events.length) return;
  const distinct = new Set<string>();
  for (const e of events) distinct.add(e.name);
  const names = [...distinct].sort((a, b) => b.length - a.length);
  // Each name's key made once: the names are compared pair by pair.
  const keys = new Map(names.map((n) => [n, key(n)]));
  const keyOf = (n: string): string => keys.get(n) ?? '';
  const fullNames = new Map<string, string>();
  for (const name of names) {
    const k = keyOf(name);
    if (!shortForm.test(k)) continue;
    const longer = names.filter((n) => n.length > name.length && keyOf(n).startsWith(`${k} `));
    const longest = longer[0];
    // Only when the longer names are one name spelled out further and further, not two names.
    if (longest && longer.every((n) => keyOf(longest).startsWith(keyOf(n)))) fullNames.set(name, longest);
  }
  for (const e of events) {
    const full = fullNames.get(e.name);
    if (full) e.name = full;
  }
}
