// Progress of an ingest on stderr: a bar redrawn in place on a terminal, plain lines otherwise.

export interface ProgressState {
  filesDone: number;
  filesTotal: number;
  documents: number;
  /** Bytes of input written, of all (when known: the bar and time left then follow bytes, not files). */
  bytesDone?: number;
  bytesTotal?: number;
}

export interface ProgressOptions {
  /** Redraw a terminal bar; otherwise print a plain line at most every `lineEveryMs`. */
  tty: boolean;
  lineEveryMs?: number;
  now?: () => number;
  width?: number;
}

export interface Progress {
  update(state: ProgressState): void;
  /** Clears the bar (the summary follows on its own lines). */
  finish(state: ProgressState): void;
}

export function createProgress(write: (text: string) => void, options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const started = now();
  const every = options.tty ? 100 : (options.lineEveryMs ?? 2000);
  let last = -Infinity;
  let drawn = false;
  let printed = '';
  return {
    update(state) {
      const at = now();
      if (at - last < every && state.filesDone < state.filesTotal) return;
      last = at;
      if (options.tty) {
        write(`\r${formatBar(state, at - started, options.width ?? 30)}\u001b[K`);
        drawn = true;
      } else {
        printed = formatLine(state, at - started);
        write(`${printed}\n`);
      }
    },
    finish(state) {
      if (options.tty && drawn) write('\r\u001b[K');
      else if (!options.tty && !printed.startsWith(`ingest: ${state.filesDone}/${state.filesTotal} files, ${state.documents} documents,`)) {
        write(`${formatLine(state, now() - started)}\n`);
      }
    },
  };
}

export function formatBar(state: ProgressState, elapsedMs: number, width: number): string {
  const filled = Math.round((doneShare(state) ?? 1) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${formatLine(state, elapsedMs).replace(/^ingest: /, '')}`;
}

export function formatLine(state: ProgressState, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? state.documents / seconds : 0;
  const share = doneShare(state);
  const left = share && seconds > 0 ? (seconds * (1 - share)) / share : null;
  return `ingest: ${state.filesDone}/${state.filesTotal} files, ${state.documents} documents, ${Math.round(rate)} docs/s, ${left === null ? '?' : formatDuration(left)} left`;
}

/** The share of the work done: by bytes when they are known (one large file moves the bar too), else by files. */
function doneShare(state: ProgressState): number | null {
  if (state.bytesTotal && state.bytesDone !== undefined) return Math.min(1, state.bytesDone / state.bytesTotal);
  return state.filesTotal > 0 ? Math.min(1, state.filesDone / state.filesTotal) : null;
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
