import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SavedView, type SavedViewId } from '../../../graph/model/saved-view.ts';

// Saved views live in files beside the server, not in Neo4j: the API never writes to the graph,
// and a view is the user's arrangement, not a fact about UN documents.

export interface ViewStore {
  save(view: SavedView): Promise<SavedViewId>;
  /** The view saved under id, or null when there is none. */
  load(id: SavedViewId): Promise<SavedView | null>;
}

/** The same content always gets the same id, so saving twice makes one file. */
export function viewId(view: SavedView): SavedViewId {
  return createHash('sha256').update(JSON.stringify(view)).digest('base64url').slice(0, 10);
}

export function createViewStore(dir: string): ViewStore {
  const file = (id: SavedViewId) => path.join(dir, `${id}.json`);
  return {
    async save(view) {
      const id = viewId(view);
      await mkdir(dir, { recursive: true });
      // Written whole, then renamed: a reader never sees half a view.
      const temporary = `${file(id)}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(view));
      await rename(temporary, file(id));
      return id;
    },
    async load(id) {
      let text: string;
      try {
        text = await readFile(file(id), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      return SavedView.parse(JSON.parse(text));
    },
  };
}

/** RESOGRAPH_VIEWS_DIR, or `.resograph/views` in the project. */
export function defaultViewsDir(): string {
  const configured = process.env['RESOGRAPH_VIEWS_DIR'];
  return configured ? path.resolve(configured) : path.resolve(new URL('../../../.resograph/views', import.meta.url).pathname);
}
