// The ways General Assembly texts cite other documents, one phrase at a time.
import { describe, expect, it } from 'vitest';
import { findDocumentRefs } from '../../../ingest/parse/references/documents.ts';
import { findEventRefs } from '../../../ingest/parse/references/events.ts';
import { findGroupRefs } from '../../../ingest/parse/references/groups.ts';
import { findResolutionRefs } from '../../../ingest/parse/references/resolutions.ts';
import { findSeriesRefs } from '../../../ingest/parse/references/series.ts';

const resolutions = (text: string, body: 'GA' | 'SC' | 'HRC' = 'GA') =>
  findResolutionRefs(text, body).map((h) => [h.kind, h.symbol, h.date ?? null]);

describe('resolutions and decisions', () => {
  it('dates each resolution of a list with the date written after it', () => {
    expect(resolutions('Recalling its resolutions 53/70 of 4 December 1998, 54/49 of 1 December 1999 and 63/37 of 2 December 2008,')).toEqual([
      ['resolution', 'A/RES/53/70', '1998-12-04'],
      ['resolution', 'A/RES/54/49', '1999-12-01'],
      ['resolution', 'A/RES/63/37', '2008-12-02'],
    ]);
  });

  it('gives both resolutions of "71/31 and 71/32 of 5 December 2016" the date, and keeps decisions apart', () => {
    expect(resolutions('its resolutions 71/31 and 71/32 of 5 December 2016, 71/90 of 6 December 2016, and its decisions 73/512 of 5 December 2018 and 75/514 of 7 December 2020')).toEqual([
      ['resolution', 'A/RES/71/31', '2016-12-05'],
      ['resolution', 'A/RES/71/32', '2016-12-05'],
      ['resolution', 'A/RES/71/90', '2016-12-06'],
      ['decision', 'A/DEC/73/512', '2018-12-05'],
      ['decision', 'A/DEC/75/514', '2020-12-07'],
    ]);
  });

  it('reads old numbers with Roman sessions and letters', () => {
    expect(resolutions('resolutions 1514 (XV) of 14 December 1960 and 2200 A (XXI)')).toEqual([
      ['resolution', 'A/RES/1514(XV)', '1960-12-14'],
      ['resolution', 'A/RES/2200A(XXI)', null],
    ]);
  });

  it('expands "43/222 A to E" into five resolutions', () => {
    expect(resolutions('resolution 43/222 A to E').map((r) => r[1])).toEqual(['A/RES/43/222A', 'A/RES/43/222B', 'A/RES/43/222C', 'A/RES/43/222D', 'A/RES/43/222E']);
  });

  it('follows the body named in front', () => {
    expect(resolutions('Security Council resolution 1373 (2001) and Human Rights Council resolution 20/8 and Economic and Social Council resolution 2006/46')).toEqual([
      ['resolution', 'S/RES/1373(2001)', null],
      ['resolution', 'A/HRC/RES/20/8', null],
      ['resolution', 'E/RES/2006/46', null],
    ]);
  });

  it('ignores resolutions of other organizations', () => {
    expect(resolutions('World Health Assembly resolution 58/33 and decision 1/CP.21 and IAEA resolution GC(69)/RES/15')).toEqual([]);
  });
});

describe('documents', () => {
  it('expands corrigenda and addenda and splits joint symbols', () => {
    expect(findDocumentRefs('A/55/140 and Corr.1 and Add.1, and A/79/552-S/2024/767.').map((h) => h.symbol)).toEqual([
      'A/55/140', 'A/55/140/Corr.1', 'A/55/140/Add.1', 'A/79/552', 'S/2024/767',
    ]);
  });

  it('classifies full resolution symbols and skips web addresses and non-symbols', () => {
    expect(findDocumentRefs('See A/RES/64/25, https://example.org/A/1/2 and HIV/AIDS.').map((h) => [h.kind, h.symbol])).toEqual([['resolution', 'A/RES/64/25']]);
  });
});

describe('conferences, summits and meetings', () => {
  it('reads places, dates and phases', () => {
    const [wsis] = findEventRefs('the World Summit on the Information Society, held in Geneva from 10 to 12 December 2003 (first phase) and in Tunis from 16 to 18 November 2005 (second phase),');
    expect(wsis).toMatchObject({
      kind: 'summit',
      name: 'World Summit on the Information Society',
      sessions: [
        { place: 'Geneva', start: '2003-12-10', end: '2003-12-12', label: 'first phase' },
        { place: 'Tunis', start: '2005-11-16', end: '2005-11-18', label: 'second phase' },
      ],
    });
  });

  it('keeps month precision', () => {
    const [m] = findEventRefs('in convening international meetings of experts in Geneva in August 1999 and April 2008 on developments');
    expect(m).toMatchObject({ kind: 'meeting', name: 'international meetings of experts', sessions: [{ place: 'Geneva', start: '1999-08' }, { place: 'Geneva', start: '2008-04' }] });
  });

  it('reads a place with its country and a single day', () => {
    const [c] = findEventRefs('the Information Society and Development Conference, held in Midrand, South Africa, from 13 to 15 May 1996,');
    expect(c).toMatchObject({ kind: 'conference', sessions: [{ place: 'Midrand, South Africa', start: '1996-05-13', end: '1996-05-15' }] });
  });

  it('reads "the 2015 and 2020 Review Conferences" as two conferences', () => {
    expect(findEventRefs('the outcomes of the 2015 and 2020 Review Conferences, and').map((e) => e.name)).toEqual(['2015 Review Conference', '2020 Review Conference']);
  });

  it('keeps the short name in brackets after a conference as its alias', () => {
    const [c] = findEventRefs('the Second Special Session of the Conference of the States Parties to Review the Operation of the Convention, held in Vienna from 1 to 5 May 2018 (the Second Review Conference),');
    expect(c).toMatchObject({ name: 'Conference of the States Parties to Review the Operation of the Convention', alias: 'Second Review Conference' });
  });

  it('leaves out "See", a footnote number run into the name and a space left by a line break', () => {
    expect(findEventRefs('See Third International Conference on Small Island Developing States4').map((e) => e.name)).toEqual(['Third International Conference on Small Island Developing States']);
    expect(findEventRefs('the Conference of Nuclear- Weapon-Free Zones,').map((e) => e.name)).toEqual(['Conference of Nuclear-Weapon-Free Zones']);
  });
});

describe('groups and series', () => {
  it('reads the year and the resolution that established a group', () => {
    const [g] = findGroupRefs('the group of governmental experts, established in 2009 on the basis of equitable geographical distribution pursuant to General Assembly resolution 63/37, to continue', 'GA');
    expect(g).toMatchObject({ generic: true, established: '2009', establishedBy: 'A/RES/63/37' });
  });

  it('reads a series of resolutions by topic', () => {
    expect(findSeriesRefs('Recalling also its resolutions on the role of science and technology in the context of international security, in which').map((s) => s.name)).toEqual([
      'the role of science and technology in the context of international security',
    ]);
  });
});
