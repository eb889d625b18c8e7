import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** graph/neo4j/server/jars.lock.json: every jar of the local server, pinned by coordinates and SHA-1. */
export const lockFilePath = new URL('./server/jars.lock.json', import.meta.url).pathname;

export const LockedJar = z.object({
  group: z.string().min(1),
  artifact: z.string().min(1),
  version: z.string().min(1),
  classifier: z.string().min(1).optional(),
  sha1: z.string().regex(/^[0-9a-f]{40}$/),
  size: z.number().int().positive(),
});
export type LockedJar = z.infer<typeof LockedJar>;

export const JarLock = z.object({
  /** The Neo4j version these jars make up. */
  neo4j: z.string(),
  jars: z.array(LockedJar).min(1),
});
export type JarLock = z.infer<typeof JarLock>;

export function readJarLock(path: string = lockFilePath): JarLock {
  return JarLock.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** group:artifact:version[:classifier], as people write Maven coordinates. */
export function coordinatesOf(jar: Omit<LockedJar, 'sha1' | 'size'>): string {
  return [jar.group, jar.artifact, jar.version, jar.classifier].filter(Boolean).join(':');
}

/** The file name Maven gives the jar, which is also its name in lib/. */
export function fileNameOf(jar: Omit<LockedJar, 'sha1' | 'size'>): string {
  return `${jar.artifact}-${jar.version}${jar.classifier ? `-${jar.classifier}` : ''}.jar`;
}

/** Where the jar lies in a Maven repository laid out like Maven Central. */
export function urlOf(jar: Omit<LockedJar, 'sha1' | 'size'>, repository: string): string {
  return `${repository}/${jar.group.replaceAll('.', '/')}/${jar.artifact}/${jar.version}/${fileNameOf(jar)}`;
}

/**
 * Reads the output of `mvn dependency:list -DoutputAbsoluteArtifactFilename=true`:
 * lines `group:artifact:jar[:classifier]:version:scope:/path/to.jar`, possibly followed by ` -- module name`.
 */
export function parseDependencyList(text: string): { jar: Omit<LockedJar, 'sha1' | 'size'>; path: string }[] {
  const found = [];
  for (const raw of text.split('\n')) {
    const parts = raw.trim().replace(/ -- .*$/, '').split(':');
    // The scope sits right before the path, which may itself hold a colon (C:\ on Windows).
    const scopeAt = parts.findIndex((part, i) => (i === 4 || i === 5) && scopes.has(part));
    if (parts[2] !== 'jar' || scopeAt < 0) continue;
    const [group, artifact, , fourth, fifth] = parts;
    const classifier = scopeAt === 5 ? fourth : undefined;
    const version = scopeAt === 5 ? fifth : fourth;
    const path = parts.slice(scopeAt + 1).join(':');
    if (!group || !artifact || !version || !path.endsWith('.jar')) continue;
    found.push({ jar: { group, artifact, version, ...(classifier ? { classifier } : {}) }, path });
  }
  return found;
}

const scopes = new Set(['compile', 'runtime', 'provided', 'system', 'test']);
