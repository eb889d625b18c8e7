// The sample `npm start` loads into an empty database: the project's own copy of its origin document,
// plus every real resolution in ../shared/corpus (RESOGRAPH_CORPUS) when that folder is there.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../graph/neo4j/connection.ts';
import type { IngestSummary } from './load/summary.ts';
import { ingest } from './pipeline.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const sampleDir = path.join(projectRoot, 'ingest/sample');

export function sampleCorpusDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.RESOGRAPH_CORPUS ?? path.resolve(projectRoot, '../shared/corpus');
}

/** The files of the sample: the origin document, then the corpus files (the corpus's copy of it left out). */
export function samplePaths(env: NodeJS.ProcessEnv = process.env): string[] {
  const own = readdirSync(sampleDir).filter((name) => !name.startsWith('.')).sort();
  const corpus = sampleCorpusDir(env);
  const more = existsSync(corpus) ? readdirSync(corpus).filter((name) => !name.startsWith('.') && !own.includes(name)).sort() : [];
  return [...own.map((name) => path.join(sampleDir, name)), ...more.map((name) => path.join(corpus, name))];
}

/** Loads the sample; synthetic texts, should any sit in the corpus folder, are left out. */
export async function ingestSample(conn: GraphConnection, env: NodeJS.ProcessEnv = process.env): Promise<IngestSummary> {
  return ingest(conn, { paths: samplePaths(env), skipSynthetic: true });
}

/** What `npm start` calls: the sample goes in only when the database holds no document at all. */
export async function ingestSampleIfEmpty(conn: GraphConnection): Promise<IngestSummary | null> {
  const result = await conn.driver.executeQuery('MATCH (d:Document) RETURN count(d) > 0 AS any', {}, { database: conn.database, routing: neo4j.routing.READ });
  if (result.records[0]?.get('any') === true) return null;
  return ingestSample(conn);
}
