// White space made single: what text.replace(/\s+/g, ' ') does, without replacing every single space by
// another (a run of white space is matched only when it is longer than one or is not a plain space).
const runs = /(?! )\s+|\s{2,}/g;
// Whether there is anything to replace: white space other than a space, or two spaces. A test stops at
// the first and costs less than a replace that finds nothing (most texts given are single-spaced).
const anyRun = /[^\S ]| {2}/;

export function singleSpaced(text: string): string {
  return anyRun.test(text) ? text.replace(runs, ' ') : text;
}
