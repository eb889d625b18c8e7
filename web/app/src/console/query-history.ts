// The queries a person ran, newest first, kept in this browser's localStorage (nothing leaves it).

export interface HistoryEntry {
  query: string;
  params: string;
  at: string;
  outcome: string;
}

const storageKey = 'resograph.console.history';
export const maxHistory = 50;

/** Adds a run to the front; the same query with the same parameters moves up rather than repeating. */
export function addToHistory(entries: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const rest = entries.filter((e) => e.query !== entry.query || e.params !== entry.params);
  return [entry, ...rest].slice(0, maxHistory);
}

export function readHistory(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): HistoryEntry[] {
  try {
    const parsed = JSON.parse(storage?.getItem(storageKey) ?? '[]') as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((e): e is HistoryEntry => !!e && typeof e.query === 'string' && typeof e.params === 'string' && typeof e.at === 'string').slice(0, maxHistory);
  } catch {
    return [];
  }
}

export function writeHistory(entries: readonly HistoryEntry[], storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(storageKey, JSON.stringify(entries));
  } catch {
    // A full or disabled storage only loses the history, never the run.
  }
}

/** The parameters panel's text read as a JSON object, or the reason it is not one. */
export function readParams(text: string): { params: Record<string, unknown> } | { error: string } {
  if (!text.trim()) return { params: {} };
  try {
    const value = JSON.parse(text) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: 'Parameters must be a JSON object, such as {"symbol": "A/RES/64/25"}.' };
    return { params: value as Record<string, unknown> };
  } catch (error) {
    return { error: `Parameters are not valid JSON: ${(error as Error).message}` };
  }
}
