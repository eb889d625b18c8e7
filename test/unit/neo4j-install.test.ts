import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installJars, jarsInstalled } from '../../graph/neo4j/install.ts';
import { fileNameOf, urlOf, type JarLock } from '../../graph/neo4j/jar-lock.ts';
import { freePort } from '../../graph/neo4j/ports.ts';

// A Maven repository on a loopback port, serving made-up jars; `corrupt` and `missing` paths misbehave.
const contents = new Map<string, Buffer>();
const corrupt = new Set<string>();
let inFlight = 0;
let mostInFlight = 0;
let requests = 0;
let server: Server;
let repository: string;

function makeLock(count: number, version = '1.0'): JarLock {
  const jars = Array.from({ length: count }, (_, i) => {
    const bytes = randomBytes(20_000 + i);
    const jar = { group: 'org.example', artifact: `part-${i}`, version };
    contents.set(new URL(urlOf(jar, repository)).pathname, bytes);
    return { ...jar, sha1: createHash('sha1').update(bytes).digest('hex'), size: bytes.length };
  });
  return { neo4j: '0.0.0', jars };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    requests++;
    mostInFlight = Math.max(mostInFlight, ++inFlight);
    setTimeout(() => {
      inFlight--;
      const body = contents.get(req.url ?? '');
      if (!body) return res.writeHead(404).end();
      res.end(corrupt.has(req.url ?? '') ? Buffer.concat([body.subarray(1), Buffer.from('x')]) : body);
    }, 20);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  repository = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/maven2`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('installJars', () => {
  it('downloads every jar of the lock, a few at a time, and then trusts the folder', async () => {
    const lib = mkdtempSync(join(tmpdir(), 'resograph-lib-'));
    const lock = makeLock(12);
    expect(await jarsInstalled(lib, lock)).toBe(false);
    mostInFlight = 0;
    const result = await installJars({ lib, repository, downloads: 4, lock });
    expect(result.downloaded).toHaveLength(12);
    expect(mostInFlight).toBeGreaterThan(1);
    expect(mostInFlight).toBeLessThanOrEqual(4);
    for (const jar of lock.jars) {
      expect(createHash('sha1').update(readFileSync(join(lib, fileNameOf(jar)))).digest('hex')).toBe(jar.sha1);
    }
    expect(await jarsInstalled(lib, lock)).toBe(true);
  });

  it('keeps intact jars, replaces a damaged one and removes jars the lock does not name', async () => {
    const lib = mkdtempSync(join(tmpdir(), 'resograph-lib-'));
    const lock = makeLock(3, '2.0');
    await installJars({ lib, repository, downloads: 2, lock });
    const damaged = join(lib, fileNameOf(lock.jars[1]!));
    writeFileSync(damaged, randomBytes(lock.jars[1]!.size));
    writeFileSync(join(lib, 'old-0.9.jar'), 'stale');
    const before = requests;
    const result = await installJars({ lib, repository, downloads: 2, lock });
    expect(result).toEqual({ downloaded: ['org.example:part-1:2.0'], kept: 2 });
    expect(requests - before).toBe(1);
    expect(existsSync(join(lib, 'old-0.9.jar'))).toBe(false);
  });

  it('refuses a jar whose SHA-1 differs from the lock, naming it, and leaves no file behind', async () => {
    const lib = mkdtempSync(join(tmpdir(), 'resograph-lib-'));
    const lock = makeLock(2, '3.0');
    const bad = lock.jars[0]!;
    corrupt.add(new URL(urlOf(bad, repository)).pathname);
    const failure = installJars({ lib, repository, downloads: 2, lock });
    await expect(failure).rejects.toMatchObject({ code: 'checksum-mismatch', message: expect.stringContaining('org.example:part-0:3.0') });
    expect(existsSync(join(lib, fileNameOf(bad)))).toBe(false);
    expect(existsSync(join(lib, `${fileNameOf(bad)}.part`))).toBe(false);
    expect(await jarsInstalled(lib, lock)).toBe(false);
  });

  it('reports a jar the repository does not have', async () => {
    const lib = mkdtempSync(join(tmpdir(), 'resograph-lib-'));
    const lock = makeLock(1, '4.0');
    const missing = { ...lock.jars[0]!, artifact: 'not-there' };
    await expect(installJars({ lib, repository, downloads: 1, lock: { ...lock, jars: [missing] } })).rejects.toMatchObject({
      code: 'download-failed',
      message: expect.stringMatching(/org\.example:not-there:4\.0 .*HTTP 404.*resograph neo4j install/),
    });
  });

  it('reports a repository that cannot be reached', async () => {
    const lib = mkdtempSync(join(tmpdir(), 'resograph-lib-'));
    const lock = makeLock(1, '5.0');
    const closed = await freePort();
    await expect(installJars({ lib, repository: `http://127.0.0.1:${closed}/maven2`, downloads: 1, lock })).rejects.toMatchObject({
      code: 'download-failed',
      message: expect.stringContaining('ECONNREFUSED'),
    });
  });
});
