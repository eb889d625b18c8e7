// The script of a standalone HTML export. It runs in the exported file, not in the app: the exporter
// inlines `String(startStandaloneViewer)`, so this function must stay self-contained (no imports, no
// outer names; only the page's own elements and the `cytoscape` global the inlined library defines).
// Written as TypeScript in the app rather than as a separate build entry, it is type-checked and
// minified with the app, and the export needs nothing but the two sources read at export time.

export function startStandaloneViewer(): void {
  type Data = Record<string, unknown>;
  interface Element { id(): string; data(key?: string): unknown; isNode(): boolean }
  interface Core {
    on(event: string, selector: string, handler: (event: { target: Element }) => void): void;
    on(event: string, handler: (event: { target: unknown }) => void): void;
    nodes(): { map<T>(f: (n: Element) => T): T[] };
    edges(): { map<T>(f: (n: Element) => T): T[] };
    fit(eles?: unknown, padding?: number): void;
    zoom(): number;
    getElementById(id: string): Element & { renderedPosition(): { x: number; y: number }; nonempty(): boolean };
  }
  const payload = JSON.parse(document.getElementById('resograph-data')?.textContent ?? '{}') as { elements: unknown; style: unknown; verbs: Record<string, string> };
  const make = (window as unknown as { cytoscape: (options: Data) => Core }).cytoscape;
  const cy = make({
    container: document.getElementById('graph'),
    elements: payload.elements,
    style: payload.style,
    layout: { name: 'preset', fit: true, padding: 40 },
    minZoom: 0.05,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
  });
  const info = document.getElementById('info') as HTMLElement;
  const line = (className: string, text: string): void => {
    const p = document.createElement('p');
    p.className = className;
    p.textContent = text;
    info.append(p);
  };
  const label = (id: unknown): string => String(cy.getElementById(String(id)).data('label') ?? id);
  cy.on('tap', 'node', ({ target }) => {
    info.replaceChildren();
    line('head', String(target.data('label')));
    if (target.data('title')) line('title', String(target.data('title')));
    line('meta', [target.data('date'), target.data('body')].filter(Boolean).join(' · '));
    info.hidden = false;
  });
  cy.on('tap', 'edge', ({ target }) => {
    info.replaceChildren();
    const verb = payload.verbs[String(target.data('type'))] ?? String(target.data('type'));
    line('head', `${label(target.data('source'))} ${verb} ${label(target.data('target'))}`);
    if (target.data('quote')) line('quote', `“${String(target.data('quote'))}”`);
    // The export leaves out `doc` where it is the citing document itself.
    line('meta', `${String(target.data('doc') ?? target.data('source'))}${target.data('paragraph') ? `, paragraph ${String(target.data('paragraph'))}` : ''}`);
    info.hidden = false;
  });
  cy.on('tap', (event) => {
    if (event.target === cy) info.hidden = true;
  });
  document.getElementById('fit')?.addEventListener('click', () => cy.fit(undefined, 40));
  // What the browser test reads, as in the app.
  Object.defineProperty(window, '__resograph', {
    value: {
      get canvasNodes() { return cy.nodes().map((n) => n.id()); },
      get canvasEdges() { return cy.edges().map((e) => e.id()); },
      rendered: (id: string) => cy.getElementById(id).renderedPosition(),
    },
  });
}
