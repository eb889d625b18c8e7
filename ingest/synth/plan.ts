// Plans a synthetic General Assembly: sessions, recurring series, their resolutions' numbers and dates.
// Only small facts are kept (about 100 bytes a resolution); texts are written later, one at a time.
import { type CalendarDate, addDays, compareDates, sessionYear, weekday } from './calendar.ts';
import { Random } from './random.ts';
import { type Committee, committees, titlePatterns, topicOf } from './vocabulary.ts';
import { type SeriesExtras, createSeriesExtras } from './series-extras.ts';

export interface SynthOptions {
  /** how many resolutions to write */
  count: number;
  /** any string or number; the same seed gives the same corpus */
  seed: string | number;
  /** resolutions per session, at most 400 (numbers from 401 up are decisions); by default 300, more when count needs it */
  perSession?: number;
}

export interface Series {
  key: string;
  title: string;
  committee: Committee;
  /** 1 yearly, 2 biennial, 3 triennial, 0 a one-off */
  period: number;
  agendaBase: number;
  agendaSub: string | null;
  start: number;
  ended: boolean;
  members: Member[];
  extras: SeriesExtras;
}

export interface Member {
  series: Series;
  /** position in series.members */
  position: number;
  session: number;
  number: number;
  adopted: CalendarDate;
  meeting: number;
}

export interface CorpusPlan {
  seed: string;
  firstSession: number;
  lastSession: number;
  perSession: number;
  /** every planned resolution, in order of symbol; the last `count` are written */
  members: Member[];
  /** index in members of the first resolution to write */
  firstWritten: number;
  /** series that are not one-offs, for series-by-topic references */
  recurring: Series[];
}

export const firstSession = 31;
const defaultSessions = 50; // 31 to 80
const recurringShare = 0.8;
const maxSession = 150;

export function resolvePerSession(options: SynthOptions): number {
  const wanted = options.perSession ?? Math.max(300, Math.ceil(options.count / defaultSessions));
  return Math.min(400, Math.max(1, Math.floor(wanted)));
}

export function planCorpus(options: SynthOptions): CorpusPlan {
  if (!Number.isInteger(options.count) || options.count < 0) throw new RangeError(`count must be a whole number, got ${options.count}`);
  const seed = String(options.seed);
  const perSession = resolvePerSession(options);
  const sessions = Math.max(defaultSessions, Math.ceil(options.count / perSession));
  const lastSession = firstSession + sessions - 1;
  if (lastSession > maxSession) {
    throw new RangeError(`${options.count} resolutions at ${perSession} a session need sessions up to ${lastSession}; the generator stops at ${maxSession}: allow more a session (at most 400)`);
  }
  const random = new Random(`${seed}:world`);
  const pool: Series[] = [];
  const members: Member[] = [];
  let serial = 0;
  const newSeries = (session: number, period: number): Series => {
    const committee = random.weighted(committees.map((c) => [c, c.weight] as const));
    const subject = random.pick(committee.subjects);
    const title = random.pick(titlePatterns).replace('{s}', subject);
    const key = `${seed}:series:${serial++}`;
    const [low, high] = committee.agenda;
    const series: Series = {
      key, title, committee, period, start: session, ended: false, members: [],
      agendaBase: random.int(low, high), agendaSub: random.chance(0.2) ? random.pick(['a', 'b', 'c', 'd', 'e']) : null,
      extras: createSeriesExtras(key, subject, sessionYear(session)),
    };
    if (period > 0) pool.push(series);
    return series;
  };

  for (let session = firstSession; session <= lastSession; session++) {
    const target = Math.round(perSession * recurringShare);
    const due = pool.filter((s) => !s.ended && (session - s.start) % s.period === 0).slice(0, target);
    while (due.length < target) due.push(newSeries(session, random.weighted([[1, 6], [2, 2.5], [3, 1.5]] as const)));
    while (due.length < perSession) due.push(newSeries(session, 0));
    members.push(...scheduleSession(session, due, random));
    for (const s of pool) if (!s.ended && random.chance(0.015)) s.ended = true;
  }
  return {
    seed, firstSession, lastSession, perSession, members,
    firstWritten: members.length - options.count, recurring: pool,
  };
}

/** Gives each resolution of a session its adoption date, number and meeting. */
function scheduleSession(session: number, due: Series[], random: Random): Member[] {
  const year = sessionYear(session);
  const opening: CalendarDate = { year, month: 9, day: 15 };
  const days = new Map<string, CalendarDate[]>();
  const workday = (date: CalendarDate): CalendarDate => {
    const w = weekday(date);
    return w === 0 ? addDays(date, 1) : w === 6 ? addDays(date, -1) : date;
  };
  const plenaryDays = Array.from({ length: 8 }, () => workday(addDays(opening, random.int(6, 96))));
  days.set('plenary', plenaryDays);
  const committeeStart: Record<string, number> = { first: 76, second: 91, third: 85, fourth: 81, fifth: 97, sixth: 81 };
  for (const [key, offset] of Object.entries(committeeStart)) {
    days.set(key, Array.from({ length: random.int(1, 2) }, () => workday(addDays(opening, offset + random.int(0, 5)))));
  }
  const drafts = due.map((series, order) => ({ series, order, adopted: random.pick(days.get(series.committee.key) ?? plenaryDays) }));
  drafts.sort((a, b) => compareDates(a.adopted, b.adopted) || a.order - b.order);
  const meetings = new Map<string, number>();
  let lastMeeting = 1;
  return drafts.map(({ series, adopted }, i) => {
    const key = `${adopted.month}-${adopted.day}`;
    let meeting = meetings.get(key);
    if (meeting === undefined) {
      const elapsed = Math.round(compareDates(adopted, opening) / 86_400_000);
      meeting = Math.max(lastMeeting + 1, 2 + Math.round(elapsed * 0.7));
      meetings.set(key, meeting);
      lastMeeting = meeting;
    }
    const member: Member = { series, position: series.members.length, session, number: i + 1, adopted, meeting };
    series.members.push(member);
    return member;
  });
}

export const topicOfSeries = (series: Series): string => topicOf(series.title);
