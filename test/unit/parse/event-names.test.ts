// Short names of conferences given the full name the same document spells out.
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../graph/model/parsed-document.ts';
import { completeEventNames } from '../../../ingest/parse/references/event-names.ts';

const event = (name: string): Reference => ({ kind: 'conference', name, sessions: [], paragraph: 'pp1', lead: 'Recalling', quote: name });
const completed = (names: string[], aliases = new Map<string, string>()): string[] => {
  const refs = names.map(event);
  completeEventNames(refs, aliases);
  return refs.map((r) => (r.kind === 'conference' ? r.name : ''));
};

describe('completeEventNames', () => {
  it('gives a short name the one full name that begins with it', () => {
    expect(completed(['2015 Review Conference', '2015 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons'])).toEqual([
      '2015 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons',
      '2015 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons',
    ]);
  });

  it('leaves a short name that two different full names begin with', () => {
    const names = ['Review Conference', 'Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons', 'Review Conference of the Rome Statute'];
    expect(completed(names)[0]).toBe('Review Conference');
  });

  it('leaves a name that is complete on its own ("Conference of the States Parties" is not the review conference)', () => {
    const names = ['Conference of the States Parties', 'Conference of the States Parties to Review the Operation of the Convention'];
    expect(completed(names)[0]).toBe('Conference of the States Parties');
  });

  it('gives a name its full name through the alias written in brackets', () => {
    const aliases = new Map([['second review conference', 'Conference of the States Parties to Review the Operation of the Convention']]);
    expect(completed(['Second Review Conference'], aliases)).toEqual(['Conference of the States Parties to Review the Operation of the Convention']);
  });
});
