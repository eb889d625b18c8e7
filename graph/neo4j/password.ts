import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GraphError } from './errors.ts';
import type { Layout } from './settings.ts';

/**
 * The password of user neo4j on the local server: made up before the first start, set with
 * `neo4j-admin dbms set-initial-password`, and kept in .neo4j/password (readable by its owner only).
 * A data folder deleted to start afresh gets the kept password set again: the new database has no user yet.
 */
export async function ensurePassword(layout: Layout, java: string): Promise<string> {
  const stored = await readPassword(layout);
  const hasDatabase = existsSync(join(layout.data, 'databases'));
  if (stored && hasDatabase) return stored;
  if (hasDatabase) {
    throw new GraphError('bad-config', `${layout.data} holds a database but ${layout.passwordFile} is missing: restore that file, or delete ${layout.data} to start afresh`);
  }
  const password = stored ?? randomBytes(18).toString('base64url');
  await new Promise<void>((resolve, reject) => {
    execFile(
      java,
      ['-cp', join(layout.lib, '*'), 'org.neo4j.server.startup.Neo4jAdminCommand', 'dbms', 'set-initial-password', password],
      { env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf }, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (!error) return resolve();
        // neo4j-admin may say why on either stream, or on neither (a JVM that could not start).
        const why = (stderr.trim() || stdout.trim()).split('\n').at(-1) || error.message.split('\n')[0];
        reject(new GraphError('start-failed', `neo4j-admin dbms set-initial-password failed (${why}): see ${layout.home}`));
      },
    );
  });
  await writeFile(layout.passwordFile, password, { mode: 0o600 });
  return password;
}

export async function readPassword(layout: Layout): Promise<string | undefined> {
  const text = await readFile(layout.passwordFile, 'utf8').catch(() => undefined);
  return text?.trim() || undefined;
}
