import { describe, expect, it } from 'vitest';
import { DocumentWrite } from '../../../graph/model/graph-rows.ts';
import { toDocumentWrite } from '../../../ingest/load/to-document-write.ts';
import { fromStoredText } from '../../../graph/model/stored-text.ts';
import { sampleDocument } from './sample-document.ts';

const write = toDocumentWrite(sampleDocument(), { file: 'corpus/A-RES-64-25.txt' });
const targets = (kind: keyof DocumentWrite['edges']) => write.edges[kind].map((edge) => edge.to);

describe('toDocumentWrite', () => {
  it('produces rows that the row schema accepts', () => {
    expect(() => DocumentWrite.parse(write)).not.toThrow();
  });

  it('makes the document whole with its search text and where each paragraph lies in it, session kept as a number', () => {
    const { props } = write.document;
    expect(write.document.kind).toBe('resolution');
    expect(props.number).toBe('64/25');
    expect(props.session).toBe(64);
    expect(props.file).toBe('corpus/A-RES-64-25.txt');
    expect(JSON.parse(props.paragraphs)).toHaveLength(3);
    expect(fromStoredText(props).footnotes[0]?.text).toBe('See A/51/261, annex.');
    expect(fromStoredText(props).paragraphs.map((p) => p.text)).toEqual(sampleDocument().paragraphs.map((p) => p.text));
    expect(props.text).toContain('Calls upon Member States');
    expect(props.text).toContain('See A/51/261');
    expect(props.warnings).toEqual(['footnote 5 has no marker in the body']);
    expect(props.synthetic).toBe(false);
    expect(props.hash).toBe(write.hash);
  });

  it('recalls resolutions cited with recalling or pursuant to / in fulfilment of, and cites the rest', () => {
    expect(targets('RECALLS')).toEqual(['A/RES/53/70', 'A/RES/63/37', 'A/RES/58/32']);
    expect(targets('CITES').sort()).toEqual(['A/51/261', 'A/DEC/73/512', 'A/RES/60/45', 'A/RES/62/17']);
  });

  it('keeps provenance and stance on every edge and drops identical duplicates and self-citations', () => {
    const recall = write.edges.RECALLS[0];
    expect(recall?.props).toEqual({
      source: 'A/RES/64/25', paragraph: 'pp1', lead: 'Recalling', quote: '53/70 of 4 December 1998', stance: 'neutral', date: '1998-12-04',
    });
    const concerned = write.edges.CITES.find((edge) => edge.to === 'A/RES/62/17');
    expect(concerned?.props.stance).toBe('concerned');
    const footnoted = write.edges.CITES.find((edge) => edge.to === 'A/51/261');
    expect(footnoted?.props.footnote).toBe('1');
    for (const kind of Object.keys(write.edges) as (keyof DocumentWrite['edges'])[]) {
      for (const edge of write.edges[kind]) {
        expect(edge.props.source).toBe('A/RES/64/25');
        expect(edge.props.stance).toMatch(/^(neutral|affirming|concerned)$/);
      }
    }
    expect(write.refs.map((ref) => ref.symbol)).not.toContain('A/RES/64/25');
  });

  it('adds the masthead edges: the report it was adopted on and its agenda item', () => {
    expect(write.edges.ADOPTED_ON_REPORT_OF).toEqual([
      { from: 'A/RES/64/25', to: 'A/64/386', props: { source: 'A/RES/64/25', paragraph: 'masthead', quote: 'A/64/386', stance: 'neutral' } },
    ]);
    expect(write.refs.find((ref) => ref.symbol === 'A/64/386')?.report).toBe(true);
    expect(write.edges.UNDER[0]?.props).toMatchObject({ session: 64, item: '91', quote: 'Agenda item 91' });
    expect(write.agendaItems[0]?.title).toBe(sampleDocument().title);
  });

  it('turns events into one node each, with an edge per place and phase', () => {
    expect(write.conferences).toEqual([
      { key: 'world summit on the information society', name: 'World Summit on the Information Society', summit: true, meeting: false },
      { key: 'international meetings of experts', name: 'international meetings of experts', summit: false, meeting: true },
    ]);
    expect(write.edges.HELD_IN.map((edge) => [edge.from, edge.to, edge.props.label ?? edge.props.start])).toEqual([
      ['world summit on the information society', 'Geneva', 'first phase'],
      ['world summit on the information society', 'Tunis', 'second phase'],
      ['international meetings of experts', 'Geneva', '1999-08'],
    ]);
    expect(write.edges.REFERS_TO_CONFERENCE[1]?.props).toMatchObject({ conveners: ['Secretariat', 'UNIDIR'], stance: 'affirming' });
  });

  it('links a group to the resolution that established it and its reports', () => {
    expect(write.groups).toEqual([{ key: 'group of governmental experts (2004)', name: 'group of governmental experts', established: '2004' }]);
    expect(write.edges.ESTABLISHED_BY.map((edge) => [edge.from, edge.to])).toEqual([['group of governmental experts (2004)', 'A/RES/58/32']]);
    expect(targets('REPORTED_IN')).toEqual(['A/60/202']);
    expect(write.refs.find((ref) => ref.symbol === 'A/60/202')?.report).toBe(true);
    expect(targets('REFERS_TO_INSTRUMENT')).toEqual(['charter of the united nations']);
    expect(targets('REFERS_TO_SERIES')).toEqual(['role of science and technology in the context of international security']);
  });

  it('does not call a draft a report', () => {
    const draft = toDocumentWrite(sampleDocument({ report: 'A/64/L.40' }));
    expect(draft.refs.find((ref) => ref.symbol === 'A/64/L.40')?.report).toBe(false);
  });

  it('hashes what it writes: not the order of keys or the file, but any change to a row', () => {
    const reordered = Object.fromEntries(Object.entries(sampleDocument()).reverse()) as ReturnType<typeof sampleDocument>;
    expect(toDocumentWrite(reordered).hash).toBe(write.hash);
    expect(toDocumentWrite(sampleDocument(), { file: 'elsewhere.txt' }).hash).toBe(write.hash);
    expect(toDocumentWrite(sampleDocument({ title: 'Another title' })).hash).not.toBe(write.hash);
    const [first, ...rest] = sampleDocument().references;
    const quoted = { ...first, quote: `${first?.quote ?? ''} (changed)` } as NonNullable<typeof first>;
    expect(toDocumentWrite(sampleDocument({ references: [quoted, ...rest] })).hash).not.toBe(write.hash);
    const paragraphs = sampleDocument().paragraphs.map((p, i) => (i === 0 ? { ...p, text: `${p.text}.` } : p));
    expect(toDocumentWrite(sampleDocument({ paragraphs })).hash).not.toBe(write.hash);
    expect(toDocumentWrite(sampleDocument({ warnings: [] })).hash).not.toBe(write.hash);
    const synthetic = toDocumentWrite(sampleDocument({ synthetic: true }));
    expect(synthetic.document.synthetic).toBe(true);
    expect(synthetic.document.props.synthetic).toBe(true);
    expect(synthetic.hash).not.toBe(write.hash);
  });

});
