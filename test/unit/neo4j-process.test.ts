import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFileLock } from '../../graph/neo4j/file-lock.ts';
import { mapLimit } from '../../graph/neo4j/map-limit.ts';
import { freePort, isPortFree } from '../../graph/neo4j/ports.ts';
import { isServerProcess } from '../../graph/neo4j/run-state.ts';

describe('ports', () => {
  it('tells a taken port from a free one', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const taken = (server.address() as { port: number }).port;
    expect(await isPortFree(taken)).toBe(false);
    await new Promise((resolve) => server.close(resolve));
    expect(await isPortFree(taken)).toBe(true);
  });

  it('picks a free port other than the ones to avoid', async () => {
    const first = await freePort();
    const second = await freePort([first]);
    expect(second).not.toBe(first);
    expect(await isPortFree(second)).toBe(true);
  });
});

describe('isServerProcess', () => {
  it('accepts only a live process running the entry point for this home', async () => {
    const home = mkdtempSync(join(tmpdir(), 'resograph-home-'));
    // Stands in for java: `sh -c` keeps the extra words in its command line (the `; true` stops it exec-ing sleep).
    const child = spawn('sh', ['-c', 'sleep 30; true', 'org.neo4j.server.CommunityEntryPoint', `--home-dir=${home}`], { stdio: 'ignore' });
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await isServerProcess(child.pid!, home)).toBe(true);
      expect(await isServerProcess(child.pid!, `${home}-elsewhere`)).toBe(false);
      expect(await isServerProcess(other.pid!, home)).toBe(false);
    } finally {
      other.kill();
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await gone;
    }
    expect(await isServerProcess(child.pid!, home)).toBe(false);
  });
});

describe('withFileLock', () => {
  it('lets one holder in at a time', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'resograph-lock-')), 'start.lock');
    const events: string[] = [];
    const hold = (name: string) => withFileLock(path, 5_000, async () => {
      events.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, 150));
      events.push(`${name} out`);
    });
    await Promise.all([hold('a'), hold('b')]);
    expect(events).toHaveLength(4);
    expect(events[0]?.endsWith('in') && events[1]?.endsWith('out') && events[2]?.endsWith('in')).toBe(true);
    expect(existsSync(path)).toBe(false);
  });

  it('takes over a lock left by a process that is gone', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'resograph-lock-')), 'start.lock');
    const dead = spawn('true');
    await new Promise((resolve) => dead.once('exit', resolve));
    writeFileSync(path, String(dead.pid));
    expect(await withFileLock(path, 1_000, async () => 'entered')).toBe('entered');
  });

  it('gives up on a lock held by a live process after the timeout', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'resograph-lock-')), 'start.lock');
    writeFileSync(path, String(process.pid));
    await expect(withFileLock(path, 300, async () => 'entered')).rejects.toThrow(/held by process/);
  });
});

describe('mapLimit', () => {
  it('keeps the order of results and at most `limit` calls in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapLimit([5, 1, 4, 2, 3], 2, async (n) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, n * 5));
      inFlight--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });
});
