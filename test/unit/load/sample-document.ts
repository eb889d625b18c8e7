import { ParsedDocument } from '../../../graph/model/parsed-document.ts';

/** A small parsed document in the public format, shaped after A/RES/64/25, for the row-building tests. */
export function sampleDocument(overrides: Partial<ParsedDocument> = {}): ParsedDocument {
  return ParsedDocument.parse({
    symbol: 'A/RES/64/25',
    body: 'GA',
    session: 64,
    title: 'Developments in the field of information and telecommunications in the context of international security',
    adopted: '2009-12-02',
    issued: '2010-01-14',
    agendaItem: '91',
    report: 'A/64/386',
    meeting: '55th plenary meeting',
    paragraphs: [
      { id: 'pp1', kind: 'preambular', lead: 'Recalling', text: 'Recalling its resolutions 53/70 of 4 December 1998 and 63/37 of 2 December 2008,' },
      { id: 'pp6', kind: 'preambular', lead: 'Bearing in mind', text: 'Bearing in mind the results of the Ministerial Conference on Terrorism,' },
      { id: 'op1', kind: 'operative', lead: 'Calls upon', text: 'Member States to promote further ...;' },
    ],
    footnotes: [{ mark: '1', text: 'See A/51/261, annex.', paragraph: 'pp6' }],
    references: [
      { kind: 'resolution', symbol: 'A/RES/53/70', date: '1998-12-04', paragraph: 'pp1', lead: 'Recalling', quote: '53/70 of 4 December 1998' },
      { kind: 'resolution', symbol: 'A/RES/63/37', date: '2008-12-02', paragraph: 'pp1', lead: 'Recalling', quote: '63/37 of 2 December 2008' },
      { kind: 'resolution', symbol: 'A/RES/63/37', date: '2008-12-02', paragraph: 'pp1', lead: 'Recalling', quote: '63/37 of 2 December 2008' },
      { kind: 'resolution', symbol: 'A/RES/58/32', paragraph: 'pp15', lead: 'Bearing in mind', quote: 'in fulfilment of resolution 58/32' },
      { kind: 'resolution', symbol: 'A/RES/60/45', paragraph: 'pp11', lead: 'Noting', quote: 'resolutions 60/45' },
      { kind: 'resolution', symbol: 'A/RES/64/25', paragraph: 'op1', lead: 'Calls upon', quote: 'A/RES/64/25' },
      { kind: 'document', symbol: 'A/51/261', paragraph: 'pp6', lead: 'Bearing in mind', quote: 'See A/51/261, annex.', footnote: '1' },
      { kind: 'decision', symbol: 'A/DEC/73/512', paragraph: 'op1', lead: 'Calls upon', quote: 'decision 73/512' },
      {
        kind: 'summit', name: 'World Summit on the Information Society', paragraph: 'pp7', lead: 'Bearing in mind also',
        quote: 'the World Summit on the Information Society, held in Geneva ... and in Tunis ...',
        sessions: [
          { place: 'Geneva', start: '2003-12-10', end: '2003-12-12', label: 'first phase' },
          { place: 'Tunis', start: '2005-11-16', end: '2005-11-18', label: 'second phase' },
        ],
      },
      {
        kind: 'meeting', name: 'international meetings of experts', conveners: ['Secretariat', 'UNIDIR'], paragraph: 'pp13', lead: 'Welcoming',
        quote: 'international meetings of experts in Geneva in August 1999 and April 2008', sessions: [{ place: 'Geneva', start: '1999-08' }, { start: '2008-04' }],
      },
      {
        kind: 'group', name: 'group of governmental experts', established: '2004', establishedBy: 'A/RES/58/32', reports: ['A/60/202'],
        paragraph: 'pp15', lead: 'Bearing in mind', quote: 'established in 2004 a group of governmental experts',
      },
      { kind: 'instrument', name: 'Charter of the United Nations', paragraph: 'op1', lead: 'Calls upon', quote: 'the Charter' },
      { kind: 'series', topic: 'the role of science and technology in the context of international security', paragraph: 'pp2', lead: 'Recalling also', quote: 'its resolutions on the role of science and technology' },
      { kind: 'resolution', symbol: 'A/RES/62/17', paragraph: 'op5', lead: 'Expressing its concern', quote: 'resolution 62/17' },
    ],
    warnings: ['footnote 5 has no marker in the body'],
    ...overrides,
  });
}
