// The console's editor: CodeMirror 6 with Neo4j's Cypher language support. Loaded on first use
// (a dynamic import), so the explorer's first page load carries none of it.
import { closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { lintKeymap } from '@codemirror/lint';
import { EditorState, Prec } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, keymap, lineNumbers, placeholder } from '@codemirror/view';
import type { CypherSchema } from '../../api/types.ts';
import { CypherLanguageClient } from './cypher-client.ts';
import { cypherCompletion } from './cypher-complete.ts';
import { cypherColours, cypherHighlight } from './cypher-highlight.ts';
import { cypherLint, markServerError } from './cypher-lint.ts';

export interface CypherEditor {
  view: EditorView;
  setText(text: string): void;
  setSchema(schema: CypherSchema): Promise<void>;
  markError(offset: number, message: string): void;
  focus(): void;
  destroy(): void;
}

export interface EditorOptions {
  text: string;
  label: string;
  onchange: (text: string) => void;
  onrun: () => void;
}

export function createCypherEditor(parent: HTMLElement, options: EditorOptions): CypherEditor {
  const client = new CypherLanguageClient();
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (options.onrun(), true), preventDefault: true }])),
        lineNumbers(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        placeholder('MATCH (r:Resolution)-[:RECALLS]->(m) RETURN r, m LIMIT 25'),
        cypherHighlight(client),
        cypherColours,
        cypherCompletion(client),
        cypherLint(client),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': options.label, 'aria-multiline': 'true', spellcheck: 'false' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onchange(update.state.doc.toString());
        }),
        editorTheme,
      ],
    }),
  });
  return {
    view,
    setText(text) {
      if (text === view.state.doc.toString()) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: text.length } });
    },
    setSchema: (schema) => client.setSchema(schema),
    markError: (offset, message) => markServerError(view, offset, message),
    focus: () => view.focus(),
    destroy() {
      view.destroy();
      client.close();
    },
  };
}

const mono = "ui-monospace, 'JetBrains Mono', 'DejaVu Sans Mono', Menlo, monospace";

const editorTheme = EditorView.theme({
  '&': { fontSize: '13px', height: '100%', background: '#fff' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: mono, lineHeight: '1.55' },
  '.cm-content': { padding: '8px 0', caretColor: '#14202e' },
  '.cm-gutters': { background: '#f7f9fb', borderRight: '1px solid #dde3ea', color: '#9aa6b5' },
  '.cm-activeLine': { background: '#f4f7fb' },
  '.cm-activeLineGutter': { background: '#eef2f7' },
  '.cm-tooltip': { border: '1px solid #dde3ea', borderRadius: '8px', boxShadow: '0 6px 20px rgba(20, 32, 46, 0.14)', overflow: 'hidden' },
  '.cm-tooltip-autocomplete > ul': { fontFamily: mono, fontSize: '12.5px', maxHeight: '16em' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': { background: '#1d5fbf', color: '#fff' },
  '.cm-completionDetail': { color: '#6f7c8c', fontStyle: 'normal', marginLeft: '0.8em' },
  '.cm-completionSection': { fontFamily: 'inherit', fontSize: '11px', textTransform: 'uppercase', letterSpacing: '0.05em', color: '#6f7c8c', background: '#f7f9fb' },
  '.cm-diagnostic': { fontFamily: 'inherit', fontSize: '12.5px', maxWidth: '36rem' },
  '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy #c0392b', textUnderlineOffset: '3px' },
  '.cm-lintRange-warning': { backgroundImage: 'none', textDecoration: 'underline wavy #d4a017', textUnderlineOffset: '3px' },
});
