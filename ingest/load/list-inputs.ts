import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { walkPaths } from '../read/walk.ts';

export interface Inputs {
  files: string[];
  missing: { path: string; reason: string }[];
}

const parseOutputExtensions = ['.json', '.jsonl', '.ndjson'];

/** The files to ingest: texts and PDFs found under the paths, or, with --from-json, JSON and JSON Lines files. */
export async function listInputs(paths: readonly string[], fromJson: boolean): Promise<Inputs> {
  if (!fromJson) {
    const walked = await walkPaths(paths);
    return {
      files: walked.flatMap((entry) => ('file' in entry ? [entry.file] : [])),
      missing: walked.flatMap((entry) => ('missing' in entry ? [{ path: entry.missing, reason: entry.reason }] : [])),
    };
  }
  const inputs: Inputs = { files: [], missing: [] };
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info) inputs.missing.push({ path: p, reason: 'no such file or directory' });
    else if (info.isDirectory()) inputs.files.push(...(await walkJson(p)));
    else inputs.files.push(p);
  }
  return inputs;
}

async function walkJson(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walkJson(full)));
    else if (parseOutputExtensions.includes(path.extname(entry.name).toLowerCase())) files.push(full);
  }
  return files;
}
