// Turns one planned resolution into the plain-data spec its text is made from.
import { addDays, compareDates, sessionYear } from './calendar.ts';
import type { CorpusPlan, Member } from './plan.ts';
import { topicOfSeries } from './plan.ts';
import { Random, hashNumber } from './random.ts';
import type { GroupFact, ResolutionFact, ResolutionSpec } from './spec.ts';

const maxHistory = 30;

const factOf = (m: Member): ResolutionFact => ({ session: m.session, number: m.number, adopted: m.adopted, title: m.series.title });

export function specFor(plan: CorpusPlan, index: number): ResolutionSpec {
  const member = plan.members[index];
  if (!member) throw new RangeError(`no planned resolution at ${index}`);
  const { series, session } = member;
  const random = new Random(`${plan.seed}:spec:${session}/${member.number}`);
  const sessionStart = (session - plan.firstSession) * plan.perSession;

  const related: ResolutionFact[] = [];
  for (let i = 0; i < 6 && sessionStart > 0; i++) {
    const other = plan.members[random.int(0, sessionStart - 1)];
    if (other && other.series !== series) related.push(factOf(other));
  }
  const otherTopics: string[] = [];
  for (let i = 0; i < 3 && plan.recurring.length > 1; i++) {
    const other = random.pick(plan.recurring);
    if (other !== series && other.start < session) otherTopics.push(topicOfSeries(other));
  }

  const shift = ((session * 7 + series.agendaBase) % 5) - 2;
  const agenda = Math.max(1, series.agendaBase + shift);
  const committee = series.committee.name;
  const reportKey = `${plan.seed}:report:${series.committee.key}:${session}:${agenda}`;

  return {
    seed: plan.seed,
    seriesKey: series.key,
    session,
    number: member.number,
    title: series.title,
    subject: series.extras.subject,
    adopted: member.adopted,
    issued: addDays(member.adopted, 7 + (hashNumber(`${plan.seed}:issued:${session}/${member.number}`) % 40)),
    meeting: member.meeting,
    agendaItem: series.agendaSub ? `${agenda} (${series.agendaSub})` : String(agenda),
    committee,
    reportNumber: committee ? 300 + (hashNumber(reportKey) % 450) : 1 + (hashNumber(reportKey) % 90),
    period: series.period,
    history: series.members.slice(Math.max(0, member.position - maxHistory), member.position).map(factOf),
    related,
    otherTopics,
    conferences: series.extras.conferences.filter((c) => c.phases.every((p) => compareDates(p.end, member.adopted) < 0)),
    groups: groupsBefore(member),
  };
}

/** Expert bodies the series set up before this resolution: one for each resolution picked by its key. */
function groupsBefore(member: Member): GroupFact[] {
  const { series } = member;
  if (!series.extras.group) return [];
  const [common, name] = series.extras.group;
  const groups: GroupFact[] = [];
  for (const earlier of series.members.slice(0, member.position)) {
    if (earlier.session >= member.session - 1 || hashNumber(`${series.key}:group:${earlier.position}`) % 4 !== 0) continue;
    const reportSession = earlier.session + 2;
    groups.push({
      common, name,
      established: sessionYear(earlier.session) + 1,
      establishedBy: factOf(earlier),
      report: reportSession < member.session ? { session: reportSession, number: 150 + (hashNumber(`${series.key}:group-report:${earlier.position}`) % 300) } : null,
    });
  }
  return groups.slice(-2);
}
