// What one synthetic resolution is made from: everything synthesizeResolution needs, as plain data.
// The planner (plan.ts) fills these in; the synthesizer reads nothing else.
import type { CalendarDate } from './calendar.ts';

/** An earlier General Assembly resolution that this one may cite. */
export interface ResolutionFact {
  session: number;
  number: number;
  adopted: CalendarDate;
  /** title of the resolution (its series' title) */
  title: string;
}

export interface ConferencePhase {
  place: string;
  start: CalendarDate;
  end: CalendarDate;
  label?: string;
}

export interface ConferenceFact {
  kind: 'conference' | 'summit' | 'meeting';
  name: string;
  /** meetings are written with month precision ("in Geneva in August 1999") */
  phases: ConferencePhase[];
  conveners?: string[];
}

export interface GroupFact {
  /** how the text introduces it: "a group of governmental experts" */
  common: string;
  /** full name: "Group of Governmental Experts on ..." */
  name: string;
  established: number;
  establishedBy: ResolutionFact;
  /** the Secretary-General's report transmitting the group's report, once there is one */
  report: { session: number; number: number } | null;
}

export interface ResolutionSpec {
  /** the corpus seed: with the symbol it seeds this document's own PRNG */
  seed: string;
  /** stable key of the series, for facts that several documents share (report numbers) */
  seriesKey: string;
  session: number;
  number: number;
  title: string;
  /** the series' subject, for prose ("information and telecommunications") */
  subject: string;
  adopted: CalendarDate;
  issued: CalendarDate;
  meeting: number;
  agendaItem: string;
  /** committee name, or null for "without reference to a Main Committee" */
  committee: string | null;
  /** committee report number (A/64/386), or the draft's L number for the plenary (A/64/L.40) */
  reportNumber: number;
  /** sessions between two resolutions of the series; 0 for a one-off */
  period: number;
  /** earlier resolutions of the same series, oldest first */
  history: ResolutionFact[];
  /** earlier resolutions of other series */
  related: ResolutionFact[];
  /** topics of other series ("the role of science and technology in ...") */
  otherTopics: string[];
  conferences: ConferenceFact[];
  groups: GroupFact[];
}
