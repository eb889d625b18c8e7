// A Security Council resolution in the raw PDF layout: no session, the meeting in the heading line,
// "The Security Council," and references to Council and Assembly resolutions.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../ingest/parse/parse-document.ts';

const text = `United Nations S/RES/2334 (2016)
 
Security Council Distr.: General
23 December 2016
 
16-22434 (E)
*1622434*
 
Resolution 2334 (2016)
 
Adopted by the Security Council at its 7853rd meeting, on
23 December 2016
 
 
The Security Council,
 
Reaffirming its relevant resolutions, including resolutions 242 (1967), 338 (1973),
446 (1979), 452 (1979), 465 (1980), 476 (1980), 478 (1980), 1397 (2002), 1515 (2003),
and 1850 (2008),
 
Guided by the purposes and principles of the Charter of the United Nations, and
reaffirming, inter alia, the inadmissibility of the acquisition of territory by force,
 
Recalling the advisory opinion rendered on 9 July 2004 by the International Court of
Justice, and General Assembly resolution ES-10/15 of 20 July 2004,1
 
Condemning all measures aimed at altering the demographic composition,
 
1. 
Reaffirms that the establishment by Israel of settlements in the Palestinian
territory occupied since 1967 has no legal validity;
 
2. 
Reiterates its demand that Israel immediately and completely cease all
settlement activities, and calls for the implementation of resolution 1515 (2003);
_______________
 
1 See A/ES-10/273 and Corr.1.
 
S/RES/2334 (2016)
 
16-22434 2/2
 
3. 
Decides to remain seized of the matter.
`;

describe('a Security Council resolution', () => {
  const { document, issues } = parseDocument(text, { source: 'S-RES-2334.txt' });

  it('reads the masthead and the meeting from the heading', () => {
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(document).toMatchObject({
      symbol: 'S/RES/2334(2016)',
      body: 'SC',
      session: null,
      adopted: '2016-12-23',
      issued: '2016-12-23',
      meeting: '7853rd meeting',
    });
  });

  it('counts 4 preambular and 3 operative paragraphs, the page break removed', () => {
    const kinds = document?.paragraphs.map((p) => p.id);
    expect(kinds).toEqual(['pp1', 'pp2', 'pp3', 'pp4', 'op1', 'op2', 'op3']);
    expect(document?.paragraphs[6]?.text).toBe('Decides to remain seized of the matter.');
    expect(document?.paragraphs[1]?.lead).toBe('Guided by');
  });

  it('reads bare resolution numbers as Security Council resolutions and named Assembly ones as Assembly resolutions', () => {
    const res = document?.references.filter((r) => r.kind === 'resolution').map((r) => ('symbol' in r ? r.symbol : ''));
    expect(res).toEqual([
      'S/RES/242(1967)', 'S/RES/338(1973)', 'S/RES/446(1979)', 'S/RES/452(1979)', 'S/RES/465(1980)', 'S/RES/476(1980)',
      'S/RES/478(1980)', 'S/RES/1397(2002)', 'S/RES/1515(2003)', 'S/RES/1850(2008)', 'A/RES/ES-10/15', 'S/RES/1515(2003)',
    ]);
    const es = document?.references.find((r) => r.kind === 'resolution' && r.symbol === 'A/RES/ES-10/15');
    expect(es).toMatchObject({ date: '2004-07-20', paragraph: 'pp3', lead: 'Recalling' });
  });

  it('ties the footnote to its paragraph and expands "and Corr.1"', () => {
    expect(document?.footnotes).toEqual([{ mark: '1', text: 'See A/ES-10/273 and Corr.1.', paragraph: 'pp3' }]);
    const docs = document?.references.filter((r) => r.kind === 'document');
    expect(docs?.map((d) => ('symbol' in d ? d.symbol : ''))).toEqual(['A/ES-10/273', 'A/ES-10/273/Corr.1']);
    expect(docs?.[0]).toMatchObject({ paragraph: 'pp3', footnote: '1' });
  });
});
