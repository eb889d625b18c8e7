// Paths given on the command line to the files to read: directories are walked (sorted, recursively)
// for .txt, .md and .pdf files; files named explicitly are taken whatever their extension.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export const readableExtensions = ['.txt', '.md', '.pdf'] as const;

// One collator for every comparison: localeCompare with options builds a new one on each call.
const byName = new Intl.Collator('en', { numeric: true }).compare;

export type Walked = { file: string } | { missing: string; reason: string };

export async function walkPaths(paths: readonly string[]): Promise<Walked[]> {
  const out: Walked[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch (error) {
      out.push({ missing: p, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : String(error) });
      continue;
    }
    if (info.isDirectory()) out.push(...(await walkDirectory(p)));
    else out.push({ file: p });
  }
  return out;
}

async function walkDirectory(dir: string): Promise<Walked[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => byName(a.name, b.name));
  const out: Walked[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walkDirectory(full)));
    else if (e.isFile() && (readableExtensions as readonly string[]).includes(path.extname(e.name).toLowerCase())) out.push({ file: full });
  }
  return out;
}
