// White space made single: what text.replace(/\s+/g, ' ') does, without replacing every single space by
// another (a run of white space is matched only when it is longer than one or is not a plain space).
const runs = /(?! )\s+|\s{2,}/g;

export function singleSpaced(text: string): string {
  return text.replace(runs, ' ');
}
