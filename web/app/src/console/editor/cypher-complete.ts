import { autocompletion, type Completion as CmCompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import type { Extension } from '@codemirror/state';
import type { CypherLanguageClient } from './cypher-client.ts';

// Completion from Neo4j's language support, which knows the live schema (labels, relationship
// types, property keys, procedures and functions the server sent). Kinds are LSP CompletionItemKind.
const kinds: Record<number, { type: string; section: string }> = {
  25: { type: 'type', section: 'Labels and types' },
  20: { type: 'type', section: 'Labels and types' },
  10: { type: 'property', section: 'Property keys' },
  3: { type: 'function', section: 'Functions' },
  2: { type: 'method', section: 'Procedures' },
  6: { type: 'variable', section: 'Variables' },
  14: { type: 'keyword', section: 'Keywords' },
  12: { type: 'constant', section: 'Values' },
  15: { type: 'text', section: 'Snippets' },
};

export function cypherCompletion(client: CypherLanguageClient): Extension {
  return autocompletion({
    override: [
      async (context: CompletionContext): Promise<CompletionResult | null> => {
        const word = context.matchBefore(/[A-Za-z_][\w.]*$/);
        const before = context.state.sliceDoc(Math.max(0, context.pos - 1), context.pos);
        if (!word && !context.explicit && !/[:.$]/.test(before)) return null;
        const items = await client.complete(context.state.doc.toString(), context.pos, context.explicit);
        if (context.aborted || !items.length) return null;
        // Procedure names hold dots ("db.labels"); after `n.` only the property key is being written.
        const dot = word ? word.text.lastIndexOf('.') : -1;
        const dotted = items.some((item) => item.label.includes('.'));
        const from = word ? (dot >= 0 && !dotted ? word.from + dot + 1 : word.from) : context.pos;
        const options: CmCompletion[] = items.map((item) => {
          const kind = item.kind === null ? undefined : kinds[item.kind];
          return {
            label: item.label,
            apply: item.insert ?? item.label,
            detail: item.detail ?? undefined,
            type: kind?.type ?? 'text',
            section: kind?.section,
            boost: kind?.type === 'keyword' ? -1 : 0,
          };
        });
        return { from, options, validFor: /^[\w.]*$/ };
      },
    ],
    icons: true,
    activateOnTyping: true,
  });
}
