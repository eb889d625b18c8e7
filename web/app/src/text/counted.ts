// Counts as a reader says them: "1 document", "2,000 documents".

const number = new Intl.NumberFormat('en');

/** `n` with its noun, singular for exactly one; the plural is the noun plus "s" unless given. */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${number.format(n)} ${n === 1 ? noun : plural}`;
}
