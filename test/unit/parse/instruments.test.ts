// Treaties, conventions, declarations, programmes of action and guidelines, in sentences written the
// way resolutions write them (not taken from the corpus).
import { describe, expect, it } from 'vitest';
import { findInstrumentRefs } from '../../../ingest/parse/references/instruments.ts';

const names = (text: string): string[] => findInstrumentRefs(text).map((h) => h.name);

describe('instruments by name', () => {
  it.each([
    ['Recalling the Vienna Convention on the Law of Treaties of 23 May 1969,', ['Vienna Convention on the Law of Treaties']],
    ['Guided by the Universal Declaration of Human Rights,', ['Universal Declaration of Human Rights']],
    ['implementation of the Guiding Principles on Internal Displacement,', ['Guiding Principles on Internal Displacement']],
    ['Welcoming the Voluntary Guidelines on the Responsible Governance of Tenure,', ['Voluntary Guidelines on the Responsible Governance of Tenure']],
    ['Recalling the Final Document of the First Special Session of the General Assembly devoted to disarmament,', ['Final Document of the First Special Session of the General Assembly']],
    ['Noting Protocol II on Prohibitions or Restrictions on the Use of Mines,', ['Protocol II on Prohibitions or Restrictions on the Use of Mines']],
    ['the Agreement concerning the Relationship between the United Nations and the International Seabed Authority,', ['Agreement concerning the Relationship between the United Nations and the International Seabed Authority']],
    ['Recalling the Hague Code of Conduct against Ballistic Missile Proliferation,', ['Hague Code of Conduct against Ballistic Missile Proliferation']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('reads a list of capitalised words inside a name', () => {
    expect(names('the International Covenant on Economic, Social and Cultural Rights,')).toEqual(['International Covenant on Economic, Social and Cultural Rights']);
  });

  it('ends a name where "and the" begins another', () => {
    expect(names('the International Covenant on Civil and Political Rights and the Convention on the Rights of the Child,')).toEqual([
      'International Covenant on Civil and Political Rights',
      'Convention on the Rights of the Child',
    ]);
  });

  it('keeps a date after the name out of it', () => {
    expect(names('the entry into force of the Treaty on the Prohibition of Nuclear Weapons on 22 January 2021,')).toEqual([
      'Treaty on the Prohibition of Nuclear Weapons',
    ]);
  });

  it('reads names spelled with non-breaking hyphens', () => {
    expect(names('the Treaty on the Non\u2011Proliferation of Nuclear Weapons,')).toEqual(['Treaty on the Non\u2011Proliferation of Nuclear Weapons']);
  });

  it('gives the short name in brackets as an alias, not as an instrument', () => {
    const hits = findInstrumentRefs('the Convention on the Prohibition of the Use of Anti-Personnel Mines (the Ottawa Convention), and');
    expect(hits).toEqual([expect.objectContaining({ name: 'Convention on the Prohibition of the Use of Anti-Personnel Mines', alias: 'Ottawa Convention' })]);
  });

  it('marks the instrument the document adopts in its annex', () => {
    const [hit] = findInstrumentRefs('1. Adopts the Political Declaration of the High-level Meeting on Antimicrobial Resistance, annexed to the present resolution;');
    expect(hit?.own).toBe(true);
  });
});

describe('instruments in lower case', () => {
  it.each([
    ['Welcoming the draft convention on the protection of persons in the event of disasters, submitted by the Commission,', 'draft convention on the protection of persons in the event of disasters'],
    ['under the memorandum of understanding between the United Nations and the European Union of 2018,', 'memorandum of understanding between the United Nations and the European Union'],
    ['the relationship agreement between the United Nations and the World Tourism Organization,', 'relationship agreement between the United Nations and the World Tourism Organization'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('not instruments', () => {
  it.each([
    ['a keyword alone', 'in accordance with the Convention and its Protocol,'],
    ['a keyword that names something else', 'the statement by the New Agenda Coalition,'],
    ['the place of a meeting', 'the second Meeting of States Parties to the Treaty in New York,'],
    ['a report’s title', 'the report of the Secretary-General entitled “A Framework for Cooperation”,'],
    ['a plan of the Secretary-General', 'the Secretary-General’s Agenda for Humanity,'],
    ['earlier declarations in the plural', 'building on the Political Declarations of 2016 and 2021,'],
    ['the final document of a conference (a conference reference)', 'the Final Document of the 2015 Review Conference of the Parties,'],
    ['consent', 'with the agreement of the Government of Iraq,'],
  ])('%s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
