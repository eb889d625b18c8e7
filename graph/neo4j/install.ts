import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GraphError } from './errors.ts';
import { coordinatesOf, fileNameOf, readJarLock, urlOf, type JarLock, type LockedJar } from './jar-lock.ts';
import { mapLimit } from './map-limit.ts';

export interface InstallOptions {
  lib: string;
  repository: string;
  downloads: number;
  lock?: JarLock;
  /** Called after each jar is in place (downloaded or found intact). */
  onJar?: (done: number, total: number) => void;
}

/** Written last, so a lib/ folder without it (or with another lock's hash) is not trusted to be complete. */
const markerName = '.installed';

/** Quick check made on every start: the marker matches the lock and every jar is there with its size. */
export async function jarsInstalled(lib: string, lock: JarLock = readJarLock()): Promise<boolean> {
  const marker = await readFile(join(lib, markerName), 'utf8').catch(() => '');
  if (marker !== lockHash(lock)) return false;
  const sizes = await Promise.all(lock.jars.map((jar) => stat(join(lib, fileNameOf(jar))).then((s) => s.size, () => -1)));
  return sizes.every((size, i) => size === lock.jars[i]?.size);
}

/**
 * Puts exactly the jars of the lock into `lib`: keeps those whose SHA-1 matches, downloads the rest
 * (a few at a time, each checked before it takes its final name) and removes jars the lock does not name.
 */
export async function installJars(options: InstallOptions): Promise<{ downloaded: string[]; kept: number }> {
  const lock = options.lock ?? readJarLock();
  await mkdir(options.lib, { recursive: true });
  await rm(join(options.lib, markerName), { force: true });
  const wanted = new Set(lock.jars.map(fileNameOf));
  for (const name of await readdir(options.lib)) {
    if (!wanted.has(name)) await rm(join(options.lib, name), { force: true, recursive: true });
  }
  const downloaded: string[] = [];
  let done = 0;
  await mapLimit(lock.jars, options.downloads, async (jar) => {
    const path = join(options.lib, fileNameOf(jar));
    if ((await sha1OfFile(path)) !== jar.sha1) {
      await download(jar, options.repository, path);
      downloaded.push(coordinatesOf(jar));
    }
    options.onJar?.(++done, lock.jars.length);
  });
  await writeFile(join(options.lib, markerName), lockHash(lock));
  return { downloaded, kept: lock.jars.length - downloaded.length };
}

async function download(jar: LockedJar, repository: string, path: string): Promise<void> {
  const url = urlOf(jar, repository);
  const part = `${path}.part`;
  const failed = (why: string) =>
    new GraphError('download-failed', `could not download ${coordinatesOf(jar)} from ${url} (${why}): check that this machine reaches ${repository}, then run \`resograph neo4j install\``);
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
      if (!response.ok || !response.body) throw failed(`HTTP ${response.status}`);
      const hash = createHash('sha1');
      const hashing = new Transform({ transform: (chunk, _enc, next) => next(null, hash.update(chunk) && chunk) });
      await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), hashing, createWriteStream(part));
      const sha1 = hash.digest('hex');
      if (sha1 !== jar.sha1) {
        await rm(part, { force: true });
        throw new GraphError('checksum-mismatch', `${coordinatesOf(jar)} from ${url} has SHA-1 ${sha1}, not ${jar.sha1} as jars.lock.json says: run \`resograph neo4j install\` again, and if it repeats, check for a proxy that alters downloads`);
      }
      await rename(part, path);
      return;
    } catch (error) {
      await rm(part, { force: true });
      const permanent = error instanceof GraphError && (error.code === 'checksum-mismatch' || / HTTP 4\d\d/.test(error.message));
      if (permanent || attempt >= 3) throw error instanceof GraphError ? error : failed(causeOf(error));
    }
  }
}

export async function sha1OfFile(path: string): Promise<string | undefined> {
  try {
    const hash = createHash('sha1');
    await pipeline(createReadStream(path), hash);
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

function lockHash(lock: JarLock): string {
  return createHash('sha1').update(JSON.stringify(lock.jars)).digest('hex');
}

function causeOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? ((cause as { code?: string }).code ?? cause.message) : String(cause);
}
