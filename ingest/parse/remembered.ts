// A pure reading of short texts, remembered: the same symbols and dates come back document after document.
// The map is emptied when full, so a long run keeps at most `capacity` answers.

export function remembered<T>(read: (text: string) => T, capacity = 10_000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    const answer = read(text);
    if (answers.size >= capacity) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}
