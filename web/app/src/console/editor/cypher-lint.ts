import { linter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { CypherLanguageClient } from './cypher-client.ts';

/** Syntax and semantic errors marked as the user types, before anything is sent to the server. */
export function cypherLint(client: CypherLanguageClient): Extension {
  return linter(
    async (view) => {
      const text = view.state.doc.toString();
      if (!text.trim()) return [];
      const problems = await client.lint(text);
      const length = view.state.doc.length;
      return problems.map((p): Diagnostic => {
        const from = Math.min(p.from, length);
        return { from, to: Math.min(Math.max(p.to, from), length), severity: p.severity, message: p.message, source: 'Cypher' };
      });
    },
    { delay: 300 },
  );
}

/** Marks where the server said the query went wrong, until the next edit. */
export function markServerError(view: EditorView, offset: number, message: string): void {
  const length = view.state.doc.length;
  const from = Math.min(Math.max(offset, 0), length);
  const wordEnd = /^[^\s()[\]{},;]+/.exec(view.state.sliceDoc(from, Math.min(length, from + 80)))?.[0].length ?? 1;
  view.dispatch(setDiagnostics(view.state, [{ from, to: Math.min(length, from + wordEnd), severity: 'error', message, source: 'Neo4j' }]));
}
