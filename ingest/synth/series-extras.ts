// Facts that belong to a series rather than to one resolution: the conferences on its subject and the
// kind of expert body it sets up. Derived from the series key alone, so every document agrees on them.
import { type CalendarDate, addDays } from './calendar.ts';
import { Random } from './random.ts';
import type { ConferenceFact, ConferencePhase } from './spec.ts';
import { conferencePatterns, groupPatterns, places, titleCase } from './vocabulary.ts';

export interface SeriesExtras {
  subject: string;
  conferences: ConferenceFact[];
  /** [common, full name] of the expert body the series sets up, or null */
  group: readonly [string, string] | null;
}

const conveners = ['Secretariat', 'United Nations Institute for Disarmament Research', 'United Nations Development Programme',
  'United Nations Office on Drugs and Crime', 'United Nations Environment Programme', 'regional commissions'];

export function createSeriesExtras(key: string, subject: string, startYear: number): SeriesExtras {
  const random = new Random(`${key}:extras`);
  const count = random.weighted([[0, 3], [1, 4], [2, 3]] as const);
  const conferences: ConferenceFact[] = [];
  for (let i = 0; i < count; i++) {
    const [kind, pattern] = random.pick(conferencePatterns);
    const name = pattern.replace('{T}', titleCase(subject)).replace('{t}', subject);
    if (conferences.some((c) => c.name === name)) continue;
    const year = startYear + random.int(-12, 30);
    conferences.push({ kind, name, phases: phasesFor(kind, year, random), ...(kind === 'meeting' ? { conveners: random.sample(conveners, random.int(1, 2)) } : {}) });
  }
  const group = random.chance(0.3) ? random.pick(groupPatterns) : null;
  return { subject, conferences, group: group ? [group[0], group[1].replace('{T}', titleCase(subject))] : null };
}

function phasesFor(kind: ConferenceFact['kind'], year: number, random: Random): ConferencePhase[] {
  const phase = (y: number, length: number, label?: string): ConferencePhase => {
    const start: CalendarDate = { year: y, month: random.int(1, 12), day: random.int(1, 28) };
    const end = addDays(start, length);
    return { place: random.pick(places), start, end, ...(label ? { label } : {}) };
  };
  if (kind === 'summit' && random.chance(0.4)) {
    return [phase(year, random.int(2, 4), 'first phase'), phase(year + random.int(1, 2), random.int(2, 4), 'second phase')];
  }
  if (kind === 'meeting') {
    // month precision in the text: "in Geneva in August 1999 and April 2008"
    const place = random.pick(places);
    const years = [year, year + random.int(2, 9)];
    return years.map((y) => {
      const start: CalendarDate = { year: y, month: random.int(1, 12), day: 1 };
      return { place, start, end: start };
    });
  }
  return [phase(year, random.chance(0.2) ? 0 : random.int(2, 11))];
}
