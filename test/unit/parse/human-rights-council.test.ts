// A Human Rights Council resolution: "A/HRC/RES/20/8", session in words, adoption date in the
// heading, "The Human Rights Council,", bare numbers meaning Council resolutions.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../ingest/parse/parse-document.ts';

const text = `United Nations A/HRC/RES/20/8
General Assembly Distr.: General
16 July 2012

Original: English

Human Rights Council
Twentieth session
Agenda item 3
Promotion and protection of all human rights, civil,
political, economic, social and cultural rights,
including the right to development

GE.12-15519

Resolution adopted by the Human Rights Council on 5 July 2012

20/8. The promotion, protection and enjoyment of human rights on the Internet

The Human Rights Council,

Guided by the Charter of the United Nations,

Reaffirming the human rights and fundamental freedoms enshrined in the Universal Declaration of Human Rights and relevant international human rights treaties, including the International Covenant on Civil and Political Rights and the International Covenant on Economic, Social and Cultural Rights,

Recalling all relevant resolutions of the Commission on Human Rights and the Human Rights Council on the right to freedom of opinion and expression, in particular Council resolution 12/16 of 2 October 2009, and also recalling General Assembly resolution 66/184 of 22 December 2011,

Noting that the exercise of human rights, in particular the right to freedom of expression, on the Internet is an issue of increasing interest and importance,

1. Affirms that the same rights that people have offline must also be protected online;

2. Recognizes the global and open nature of the Internet as a driving force in accelerating progress towards development in its various forms;

3. Decides to continue its consideration of the promotion, protection and enjoyment of human rights, including the right to freedom of expression, on the Internet and in other technologies, in accordance with its programme of work, and recalls its resolution 19/36.

31st meeting
5 July 2012

[Adopted without a vote.]
`;

describe('a Human Rights Council resolution', () => {
  const { document, issues } = parseDocument(text, { source: 'A-HRC-RES-20-8.txt' });

  it('reads the masthead', () => {
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(document).toMatchObject({
      symbol: 'A/HRC/RES/20/8',
      body: 'HRC',
      session: 20,
      title: 'The promotion, protection and enjoyment of human rights on the Internet',
      adopted: '2012-07-05',
      issued: '2012-07-16',
      agendaItem: '3',
      meeting: '31st meeting',
      report: null,
    });
  });

  it('finds 4 preambular and 3 operative paragraphs', () => {
    expect(document?.paragraphs.map((p) => `${p.id} ${p.lead}`)).toEqual([
      'pp1 Guided by', 'pp2 Reaffirming', 'pp3 Recalling', 'pp4 Noting', 'op1 Affirms', 'op2 Recognizes', 'op3 Decides',
    ]);
  });

  it('reads "Council resolution" and bare numbers as Council resolutions, the Assembly one as an Assembly resolution', () => {
    const res = document?.references.filter((r) => r.kind === 'resolution');
    expect(res?.map((r) => [r.symbol, r.date ?? null, r.paragraph])).toEqual([
      ['A/HRC/RES/12/16', '2009-10-02', 'pp3'],
      ['A/RES/66/184', '2011-12-22', 'pp3'],
      ['A/HRC/RES/19/36', null, 'op3'],
    ]);
  });
});
