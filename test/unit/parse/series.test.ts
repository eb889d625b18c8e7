// Series of resolutions cited by topic, in sentences written the way General Assembly, Security Council
// and Human Rights Council resolutions write them (not taken from the corpus).
import { describe, expect, it } from 'vitest';
import { findSeriesRefs } from '../../../ingest/parse/references/series.ts';

const topics = (text: string, title = ''): string[] => findSeriesRefs(text, title).map((s) => s.name);

describe('series by topic', () => {
  it.each([
    ['Recalling its resolutions on the question of Western Sahara,', 'the question of Western Sahara'],
    ['Recalling all its previous resolutions on the Sudan, in particular resolution 2725 (2024),', 'the Sudan'],
    ['Reaffirming its relevant resolutions on the question of Cyprus, including resolution 3212 (XXIX) of 1 November 1974,', 'the question of Cyprus'],
    ['Recalling the resolutions of the General Assembly on the rights of persons with disabilities and noting', 'the rights of persons with disabilities'],
    ['Recalling Security Council resolutions on children and armed conflict and taking note of the report,', 'children and armed conflict'],
    ['Recalling all previous Human Rights Council resolutions on the right to development, including 54/18,', 'the right to development'],
    ['Reaffirming its previous resolutions and decisions on the situation of human rights in Myanmar;', 'the situation of human rights in Myanmar'],
    ['Recalling its previous resolutions and statements of its President concerning the situation in Somalia,', 'the situation in Somalia'],
    ['Recalling all previous resolutions adopted by the Commission on Human Rights and the Human Rights Council on the right to food, as well as', 'the right to food'],
    ['Recalling all relevant resolutions of the Economic and Social Council relating to the coordination of humanitarian assistance,', 'the coordination of humanitarian assistance'],
    ['Recalling also its resolutions on the promotion of a democratic and equitable international order of 19 December 2023 and', 'the promotion of a democratic and equitable international order'],
    ['Recalling its resolutions on the elimination of violence against women 77/193 of 15 December 2022 and 79/152,', 'the elimination of violence against women'],
    ['Reaffirming its resolutions on the subject of torture and reaffirming that no one shall be subjected to torture,', 'torture'],
    ['Recalling its previous resolutions on the safety of journalists and the issue of impunity, the most recent of which is resolution 78/215,', 'the safety of journalists and the issue of impunity'],
    ['Welcomes the full implementation of the resolutions on peacebuilding and sustaining peace', 'peacebuilding and sustaining peace'],
    ['Recalling its resolutions entitled “Strengthening of the coordination of emergency humanitarian assistance of the United Nations”,', 'Strengthening of the coordination of emergency humanitarian assistance of the United Nations'],
  ])('%s', (text, topic) => {
    expect(topics(text)).toEqual([topic]);
  });

  it('quotes the whole phrase, with the bodies named before "resolutions"', () => {
    const [s] = findSeriesRefs('and reaffirming all General Assembly and Security Council resolutions on women and peace and security, and');
    expect(s?.quote).toBe('all General Assembly and Security Council resolutions on women and peace and security');
  });
});

describe('the document’s own series', () => {
  const title = 'Assistance in mine action';

  it.each([
    'Recalling its previous resolutions, in particular resolution 79/73 of 2 December 2024,',
    'Recalling all its previous relevant resolutions,',
    'Recalling its previous resolutions on this subject, the most recent of which is resolution 79/73,',
    'Reaffirming its resolutions 78/70 and 79/73, as well as its other resolutions and decisions on the matter,',
    'Recalling its previous resolutions and decisions, including resolution 79/73,',
  ])('%s', (text) => {
    expect(topics(text, title)).toEqual([title]);
  });

  it('names no topic when the document has no title (a Security Council resolution)', () => {
    expect(topics('Recalling all its previous resolutions, in particular resolution 2719 (2023),', '')).toEqual([]);
    expect(topics('Reaffirming its relevant resolutions, including resolutions 242 (1967) and 338 (1973),', 'Resolution 2720 (2023)')).toEqual([]);
  });
});

describe('not a series', () => {
  it.each([
    ['a numbered resolution alone', 'Recalling its resolution 79/73 of 2 December 2024,'],
    ['numbered resolutions', 'Recalling its resolutions 53/70 of 4 December 1998 and 54/49 of 1 December 1999,'],
    ['Council resolutions by number', 'Recalling Security Council resolutions 1325 (2000) and 2250 (2015),'],
    ['"resolutions on" in a quoted title', 'Taking note of the report of the Secretary-General entitled “Implementation of the resolutions on peacebuilding”,'],
    ['resolutions of another body with no topic', 'in accordance with relevant Security Council resolutions, and'],
    ['previous resolutions of another body with no topic', 'Recalling the previous resolutions of the Economic and Social Council,'],
    ['resolutions named by nobody', 'Calls upon States to implement relevant General Assembly resolutions;'],
    ['a resolution on a topic, singular', 'Recalling its resolution on the question of Palestine,'],
    ['resolutions of a conference', 'Reaffirms the continued validity of the decisions, resolutions and commitments agreed at the Review Conferences;'],
    ['its resolutions adopted at a session', 'Recalling its resolutions adopted at its tenth special session,'],
    ['its resolutions among other texts', 'the principles set out in its resolutions and reports and those of other initiatives,'],
  ])('%s', (_, text) => {
    expect(topics(text, 'Some title')).toEqual([]);
  });

  it('keeps looking after a quoted title', () => {
    expect(topics('the study entitled “Resolutions on trade”, and recalling its resolutions on international trade and development,')).toEqual([
      'international trade and development',
    ]);
  });
});
