import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GraphError } from './errors.ts';
import { coordinatesOf, fileNameOf, JarLock, lockFilePath, parseDependencyList, urlOf, type LockedJar } from './jar-lock.ts';
import { mapLimit } from './map-limit.ts';
import { defaults } from './settings.ts';

const pomPath = new URL('./server/pom.xml', import.meta.url).pathname;

/**
 * Regenerates jars.lock.json from server/pom.xml (needs Maven; only whoever changes the pinned versions runs it).
 * Every SHA-1 is computed from the jar Maven resolved and checked against the .sha1 file the repository publishes.
 */
export async function writeJarLock(options: { repository?: string; out?: string } = {}): Promise<JarLock> {
  const repository = options.repository ?? defaults.repository;
  const scratch = await mkdtemp(join(tmpdir(), 'resograph-lock-'));
  try {
    const listFile = join(scratch, 'dependencies.txt');
    await promisify(execFile)('mvn', ['-q', '-B', '-f', pomPath, 'dependency:list', '-DincludeScope=runtime',
      '-DoutputAbsoluteArtifactFilename=true', `-DoutputFile=${listFile}`], { maxBuffer: 16 << 20 })
      .catch((error: unknown) => {
        throw new GraphError('lock-failed', `mvn dependency:list failed on ${pomPath}: install Maven 3 and check the pom (${firstLine(error)})`);
      });
    const resolved = parseDependencyList(await readFile(listFile, 'utf8'));
    const names = new Set(resolved.map(({ jar }) => fileNameOf(jar)));
    if (names.size !== resolved.length) throw new GraphError('lock-failed', 'two resolved jars share a file name: rename them in jar-lock.ts');
    const jars = await mapLimit(resolved, 8, async ({ jar, path }): Promise<LockedJar> => {
      const bytes = await readFile(path);
      const sha1 = createHash('sha1').update(bytes).digest('hex');
      const published = await fetch(`${urlOf(jar, repository)}.sha1`).then((r) => (r.ok ? r.text() : ''));
      if (published.trim().slice(0, 40) !== sha1) {
        throw new GraphError('lock-failed', `${coordinatesOf(jar)}: local SHA-1 ${sha1} differs from ${repository}'s (${published.trim() || 'none'})`);
      }
      return { ...jar, sha1, size: bytes.length };
    });
    jars.sort((a, b) => coordinatesOf(a).localeCompare(coordinatesOf(b)));
    const neo4j = jars.find((jar) => jar.group === 'org.neo4j' && jar.artifact === 'neo4j')?.version ?? 'unknown';
    const lock = JarLock.parse({ neo4j, jars });
    await writeFile(options.out ?? lockFilePath, formatLock(lock));
    return lock;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** One jar a line, so that a version bump reads as a short diff. */
function formatLock(lock: JarLock): string {
  const jars = lock.jars.map((jar) => `    ${JSON.stringify(jar)}`).join(',\n');
  return `{\n  "neo4j": ${JSON.stringify(lock.neo4j)},\n  "jars": [\n${jars}\n  ]\n}\n`;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? ((error as { stderr?: string }).stderr || error.message) : String(error);
  return text.trim().split('\n')[0] ?? '';
}
