// A name as names are compared: lower case, without an article, spaces made single. Remembered: the same
// names of groups, instruments and events come back paragraph after paragraph and document after document.
import { remembered } from '../remembered.ts';

export const nameKey: (name: string) => string = remembered((s) => s.toLowerCase().replace(/^(?:an?|the) /, '').replace(/\s+/g, ' ').trim());
