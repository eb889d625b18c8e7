// Word lists for synthetic resolutions: committees, subjects of series, places, bodies and instruments.
// Invented combinations of ordinary UN vocabulary; no sentence is copied from a real resolution.

export type CommitteeKey = 'plenary' | 'first' | 'second' | 'third' | 'fourth' | 'fifth' | 'sixth';

export interface Committee {
  key: CommitteeKey;
  /** as written in "[on the report of the First Committee (A/64/386)]"; null for the plenary */
  name: string | null;
  /** share of a session's resolutions */
  weight: number;
  /** the range of agenda item numbers its items take */
  agenda: readonly [number, number];
  subjects: readonly string[];
}

export const committees: readonly Committee[] = [
  {
    key: 'plenary', name: null, weight: 22, agenda: [8, 75],
    subjects: [
      'the culture of peace', 'sport for development and peace', 'global road safety', 'global health and foreign policy',
      'the follow-up to development commitments', 'oceans and the law of the sea', 'sustainable fisheries',
      'humanitarian assistance', 'emergency relief', 'volunteering for development', 'the rule of law at the national and international levels',
      'international criminal justice', 'interreligious and intercultural dialogue', 'the prevention of armed conflict',
      'the Peacebuilding Commission', 'the revitalization of the work of the General Assembly', 'the olive tree', 'the intergovernmental organizations',
    ],
  },
  {
    key: 'first', name: 'First Committee', weight: 18, agenda: [85, 110],
    subjects: [
      'information and telecommunications', 'nuclear disarmament', 'small arms and light weapons', 'conventional arms control',
      'confidence-building measures', 'chemical weapons', 'biological weapons', 'outer space', 'missiles', 'anti-personnel mines',
      'disarmament and non-proliferation education', 'regional disarmament', 'the arms trade', 'nuclear-weapon-free zones',
      'the reduction of military budgets', 'transparency in armaments', 'radiological weapons', 'verification',
    ],
  },
  {
    key: 'second', name: 'Second Committee', weight: 17, agenda: [16, 27],
    subjects: [
      'international trade', 'external debt sustainability', 'commodities', 'agricultural technology', 'desertification', 'biological diversity',
      'renewable energy', 'natural disasters', 'human settlements', 'financial inclusion', 'international migration', 'microcredit',
      'transit transport', 'sustainable tourism', 'information and communications technologies', 'the least developed countries',
      'landlocked developing countries', 'small island developing States', 'mountain ecosystems', 'water and sanitation',
    ],
  },
  {
    key: 'third', name: 'Third Committee', weight: 20, agenda: [62, 73],
    subjects: [
      'the rights of the child', 'persons with disabilities', 'older persons', 'migrant workers', 'indigenous peoples', 'refugees',
      'the advancement of women', 'violence against women', 'crime prevention and criminal justice', 'international drug control',
      'literacy', 'youth', 'freedom of religion or belief', 'the right to food', 'the right to development', 'human rights education',
      'trafficking in persons', 'the family', 'cooperatives', 'extreme poverty',
    ],
  },
  {
    key: 'fourth', name: 'Special Political and Decolonization Committee (Fourth Committee)', weight: 9, agenda: [44, 60],
    subjects: [
      'the peaceful uses of outer space', 'the effects of atomic radiation', 'questions relating to information', 'peacekeeping operations',
      'special political missions', 'mine action', 'the Non-Self-Governing Territories', 'the dissemination of information on decolonization',
      'economic and other activities affecting the peoples of the Non-Self-Governing Territories', 'offers of study and training facilities',
    ],
  },
  {
    key: 'fifth', name: 'Fifth Committee', weight: 7, agenda: [128, 150],
    subjects: [
      'the scale of assessments', 'the programme budget', 'human resources management', 'the pattern of conferences',
      'the financing of peacekeeping operations', 'the administration of justice at the United Nations', 'the capital master plan',
      'the United Nations common system', 'joint inspection', 'the improvement of the financial situation of the United Nations',
    ],
  },
  {
    key: 'sixth', name: 'Sixth Committee', weight: 7, agenda: [76, 84],
    subjects: [
      'international terrorism', 'the law of transboundary aquifers', 'diplomatic protection', 'the protection of persons in the event of disasters',
      'universal jurisdiction', 'international trade law', 'international humanitarian law',
      'the criminal accountability of United Nations officials', 'the responsibility of States for internationally wrongful acts',
      'consideration of effective measures to enhance the protection of diplomatic and consular missions',
    ],
  },
];

/** Patterns for series titles; {s} is a subject. The title's first word is never a proper noun. */
export const titlePatterns = [
  'Developments in the field of {s} in the context of international security',
  'Promotion of international cooperation on {s}',
  'Strengthening of international cooperation in the field of {s}',
  'Role of the United Nations in {s}',
  'Measures relating to {s}',
  'Implementation of the commitments on {s}',
  'Follow-up to the commitments on {s}',
  'Cooperation between the United Nations and regional organizations on {s}',
  'Progress in {s}',
  'Towards a global partnership on {s}',
  'Assistance in {s}',
  'Prevention of harm relating to {s}',
] as const;

export const actors = [
  'Member States', 'all States', 'the international community', 'the United Nations system', 'the relevant United Nations entities',
  'regional and subregional organizations', 'all relevant stakeholders', 'the specialized agencies', 'donor countries',
  'the international financial institutions', 'civil society and the private sector', 'the organizations of the United Nations system',
] as const;

export const actions = [
  'promote', 'strengthen', 'support', 'enhance', 'facilitate', 'develop further', 'give due consideration to', 'take into account',
  'advance further', 'intensify efforts towards', 'contribute to', 'consider ways to improve', 'mobilize resources for',
] as const;

export const objects = [
  'cooperation in the field of {t}', 'the implementation of existing commitments on {t}', 'capacity-building and the exchange of experience on {t}',
  'national policies and strategies relating to {t}', 'the coordination of activities concerning {t}', 'the participation of developing countries in work on {t}',
  'the collection and dissemination of information on {t}', 'practical measures concerning {t}', 'the sharing of good practices on {t}',
  'dialogue and understanding on matters of {t}', 'technical assistance relating to {t}', 'a coherent and integrated approach to {t}',
] as const;

/** Objects that do not repeat the subject, for the second clause of a sentence. */
export const genericObjects = [
  'related activities in this field', 'cooperation in this regard', 'the implementation of the present resolution', 'efforts to this end',
  'the exchange of information on lessons learned', 'partnerships at all levels', 'the mobilization of adequate resources',
  'the relevant provisions of its previous resolutions', 'measures to address remaining gaps', 'the participation of women and young people',
  'national capacities in this area', 'the coherence of the work of the United Nations system', 'the effectiveness of existing mechanisms',
  'the follow-up to relevant commitments', 'the needs of countries in special situations', 'a results-based approach',
] as const;

export const qualifiers = [
  'at the national, regional and international levels', 'in accordance with international law', 'within existing resources',
  'on the basis of equitable geographical distribution', 'in a comprehensive and balanced manner', 'in close cooperation with the relevant organizations',
  'with the full participation of all Member States', 'in a transparent and inclusive manner', 'taking into account the specific needs of developing countries',
  'in conformity with international obligations', 'as a matter of priority', 'in a timely and effective manner',
] as const;

export const concerns = [
  'the persistent gaps in the implementation of commitments', 'the insufficient resources available for this purpose',
  'the uneven progress achieved among regions', 'the growing challenges faced by developing countries',
  'the limited availability of reliable data', 'the adverse effects of recent crises',
] as const;

export const places = [
  'Geneva', 'Vienna', 'Nairobi', 'New York', 'Paris', 'Rome', 'Bangkok', 'Addis Ababa', 'Santiago', 'Beirut', 'Tunis',
  'Midrand, South Africa', 'Rio de Janeiro, Brazil', 'Monterrey, Mexico', 'Doha', 'Copenhagen', 'Istanbul, Turkey', 'Almaty, Kazakhstan',
  'Buenos Aires', 'Marrakech, Morocco', 'Bali, Indonesia', 'Cairo', 'Beijing', 'Durban, South Africa', 'Johannesburg, South Africa',
  'Hyogo, Japan', 'Sendai, Japan', 'Kyoto, Japan', 'Quito', 'Lima', 'Apia', 'Port Louis', 'Brussels', 'Madrid', 'Stockholm',
] as const;

/** Names of conferences; {t} a subject, {T} the same in title case. */
export const conferencePatterns = [
  ['conference', 'United Nations Conference on {T}'],
  ['conference', 'International Conference on {T}'],
  ['conference', 'Ministerial Conference on {T}'],
  ['conference', 'World Conference on {T}'],
  ['summit', 'World Summit on {T}'],
  ['summit', 'High-level Summit on {T}'],
  ['meeting', 'international meetings of experts on {t}'],
  ['meeting', 'regional meetings on {t}'],
] as const;

export const groupPatterns = [
  ['group of governmental experts', 'Group of Governmental Experts on {T}'],
  ['open-ended working group', 'Open-ended Working Group on {T}'],
  ['panel of experts', 'Panel of Experts on {T}'],
  ['ad hoc committee', 'Ad Hoc Committee on {T}'],
] as const;

export const instruments = [
  'Charter of the United Nations', 'Universal Declaration of Human Rights', 'International Covenant on Civil and Political Rights',
  'International Covenant on Economic, Social and Cultural Rights', 'Convention on the Rights of the Child',
  'United Nations Convention on the Law of the Sea', 'Vienna Declaration and Programme of Action', 'Beijing Declaration and Platform for Action',
  'United Nations Millennium Declaration', 'Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects', 'Treaty on the Non-Proliferation of Nuclear Weapons',
  'Convention on Biological Diversity', 'United Nations Framework Convention on Climate Change', 'Monterrey Consensus',
  'Declaration on the Granting of Independence to Colonial Countries and Peoples', 'Convention on the Rights of Persons with Disabilities',
] as const;

const minor = new Set(['and', 'of', 'the', 'on', 'in', 'to', 'for', 'or', 'by', 'with', 'a', 'an', 'at']);

/** "the rights of the child" -> "the Rights of the Child" (a leading article stays lower case). */
export function titleCase(phrase: string): string {
  return phrase
    .split(' ')
    .map((word, i) => (minor.has(word) && i > 0) || word === 'the' ? word : word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

const takesArticle = new Set(['Role', 'Promotion', 'Strengthening', 'Implementation', 'Follow-up', 'Prevention']);

/** The "its resolutions on ..." topic of a title: "Role of ..." -> "the role of ...". */
export function topicOf(title: string): string {
  const bare = title.replace(/^Towards /, '');
  const first = bare.split(' ')[0] ?? '';
  const lowered = bare.charAt(0).toLowerCase() + bare.slice(1);
  return takesArticle.has(first) ? `the ${lowered}` : lowered;
}
