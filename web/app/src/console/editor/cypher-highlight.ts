import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import type { CypherLanguageClient } from './cypher-client.ts';
import type { Token } from './cypher-protocol.ts';

// Colours from Neo4j's own parse of the query (labels, relationship types, properties, parameters
// told apart, not guessed from words). The parse runs in the worker; until it answers, the
// previous colours move with the edits.

const setTokens = StateEffect.define<{ tokens: Token[]; length: number }>();

const marks = new Map<string, Decoration>();
const markOf = (type: string) => {
  let mark = marks.get(type);
  if (!mark) marks.set(type, (mark = Decoration.mark({ class: `cy-${type}` })));
  return mark;
};

const field = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, transaction) {
    let next = decorations.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(setTokens) || effect.value.length !== transaction.state.doc.length) continue;
      const ranges = effect.value.tokens
        .filter((t) => t.to > t.from && t.to <= effect.value.length && !['none', 'bracket', 'separator', 'punctuation'].includes(t.type))
        .sort((a, b) => a.from - b.from)
        .map((t) => markOf(t.type).range(t.from, t.to));
      next = Decoration.set(ranges, true);
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

export function cypherHighlight(client: CypherLanguageClient): Extension {
  const plugin = ViewPlugin.fromClass(
    class {
      #asked = 0;
      constructor(readonly view: EditorView) {
        this.#ask();
      }
      update(update: ViewUpdate) {
        if (update.docChanged) this.#ask();
      }
      #ask() {
        const asked = ++this.#asked;
        const text = this.view.state.doc.toString();
        void client.highlight(text).then((tokens) => {
          if (asked !== this.#asked || this.view.state.doc.toString() !== text) return;
          this.view.dispatch({ effects: setTokens.of({ tokens, length: text.length }) });
        });
      }
    },
  );
  return [field, plugin];
}

export const cypherColours = EditorView.baseTheme({
  '.cy-keyword': { color: '#8a3ab9', fontWeight: '600' },
  '.cy-label': { color: '#1d5fbf' },
  '.cy-symbolicName': { color: '#1d5fbf' },
  '.cy-property': { color: '#0e7a6d' },
  '.cy-variable': { color: '#14202e' },
  '.cy-function, .cy-predicateFunction': { color: '#b4540a' },
  '.cy-procedure, .cy-namespace': { color: '#b4540a' },
  '.cy-stringLiteral': { color: '#2f7d32' },
  '.cy-numberLiteral, .cy-booleanLiteral, .cy-keywordLiteral': { color: '#c0392b' },
  '.cy-paramDollar, .cy-paramValue': { color: '#9a6700', fontWeight: '600' },
  '.cy-comment': { color: '#7a8797', fontStyle: 'italic' },
  '.cy-operator': { color: '#3d4b5c' },
});
