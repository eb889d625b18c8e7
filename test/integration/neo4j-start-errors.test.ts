import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isGraphError, type GraphError } from '../../graph/neo4j/errors.ts';
import { startLocalNeo4j } from '../../graph/neo4j/local-server.ts';
import { freePort } from '../../graph/neo4j/ports.ts';
import { layoutOf, readLocalSettings } from '../../graph/neo4j/settings.ts';

// Each case starts a second local server in a folder of its own, so the one the other tests use is untouched.
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function scratch(options: { jars: boolean }): string {
  const dir = mkdtempSync(join(tmpdir(), 'resograph-neo4j-'));
  folders.push(dir);
  if (options.jars) symlinkSync(layoutOf(readLocalSettings().dir).lib, join(dir, 'lib'));
  return dir;
}

function envFor(dir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { NEO4J_BOLT_PORT: _b, NEO4J_HTTP_PORT: _h, NEO4J_URI: _u, ...rest } = process.env;
  return { ...rest, RESOGRAPH_NEO4J_DIR: dir, ...extra };
}

async function failure(dir: string, extra: NodeJS.ProcessEnv): Promise<GraphError> {
  const error = await startLocalNeo4j({ env: envFor(dir, extra) }).then(() => undefined, (e: unknown) => e);
  if (!isGraphError(error)) throw new Error(`expected a GraphError, got ${String(error)}`);
  return error;
}

/** Live processes whose command line names this folder as Neo4j's home. */
function javaProcessesOf(dir: string): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--home-dir=${dir}`);
    } catch {
      return false;
    }
  }).map(Number);
}

describe('starting the local server fails with one line that says what to do', () => {
  it('when java is missing', async () => {
    const error = await failure(scratch({ jars: false }), { JAVA: '/nonexistent/bin/java' });
    expect(error.code).toBe('java-missing');
    expect(error.message).toMatch(/^no Java found at \/nonexistent\/bin\/java: install Java 17 or newer/);
  });

  it('when java is too old', async () => {
    const dir = scratch({ jars: false });
    const java = join(dir, 'java11');
    writeFileSync(java, '#!/bin/sh\necho \'openjdk version "11.0.22" 2024-01-16\' >&2\n');
    chmodSync(java, 0o755);
    const error = await failure(dir, { JAVA: java });
    expect(error).toMatchObject({ code: 'java-too-old', message: expect.stringContaining('Java 11.0.22') });
  });

  it('when a jar cannot be downloaded', async () => {
    const closed = await freePort();
    const error = await failure(scratch({ jars: false }), { RESOGRAPH_MAVEN_REPO: `http://127.0.0.1:${closed}/maven2` });
    expect(error.code).toBe('download-failed');
    expect(error.message).toMatch(/^could not download [\w.-]+:[\w.-]+:[\w.-]+ from http:\/\/127\.0\.0\.1:\d+\/maven2\/.+\.jar \(ECONNREFUSED\)/);
    expect(error.message).toContain('resograph neo4j install');
  });

  it('when a downloaded jar fails its checksum', async () => {
    const mirror = createHttpServer((_req, res) => res.end('not the jar you asked for'));
    await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve));
    try {
      const port = (mirror.address() as { port: number }).port;
      const error = await failure(scratch({ jars: false }), { RESOGRAPH_MAVEN_REPO: `http://127.0.0.1:${port}/maven2` });
      expect(error.code).toBe('checksum-mismatch');
      expect(error.message).toMatch(/has SHA-1 [0-9a-f]{40}, not [0-9a-f]{40} as jars\.lock\.json says/);
    } finally {
      mirror.close();
    }
  });

  it('when the Bolt port asked for is taken', async () => {
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    try {
      const port = (squatter.address() as { port: number }).port;
      const dir = scratch({ jars: true });
      const error = await failure(dir, { NEO4J_BOLT_PORT: String(port) });
      expect(error).toMatchObject({ code: 'port-taken', message: `port ${port} (NEO4J_BOLT_PORT) is taken on 127.0.0.1: free it, or set NEO4J_BOLT_PORT to another port or unset it to pick a free one` });
      expect(javaProcessesOf(dir)).toEqual([]);
    } finally {
      squatter.close();
    }
  });

  it('when java exits during the start, with the last lines of its output', async () => {
    const dir = scratch({ jars: true });
    // As after an earlier start (a password and a database), so that the server's own java meets the tiny heap.
    writeFileSync(join(dir, 'password'), 'set-by-an-earlier-start');
    mkdirSync(join(dir, 'data', 'databases'), { recursive: true });
    const error = await failure(dir, { NEO4J_HEAP: '1k' });
    expect(error.code).toBe('start-failed');
    expect(error.message).toMatch(/^the local Neo4j exited during start \(code \d+\): see .*console\.log$/);
    expect(error.details.join('\n')).toMatch(/heap/i);
  });

  it('when the server does not answer in time: names the log, shows its last lines and leaves no java behind', async () => {
    const dir = scratch({ jars: true });
    // Long enough for java to log its first lines, far too short to open Bolt.
    const error = await failure(dir, { NEO4J_START_TIMEOUT: '3' });
    // Once seen failing under a full CI run with 'start-failed': the message and log lines say why.
    expect(error.code, `${error.message}\n${error.details.join('\n')}`).toBe('start-timeout');
    expect(error.message).toBe(`the local Neo4j did not answer on Bolt within 3s: see ${join(dir, 'logs', 'console.log')}, or allow longer with NEO4J_START_TIMEOUT (seconds)`);
    expect(error.details.join('\n')).toMatch(/INFO/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(javaProcessesOf(dir)).toEqual([]);
  });
});

describe('resograph neo4j (the command)', () => {
  const cli = (args: string[], env: NodeJS.ProcessEnv) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile('node', ['bin/resograph.js', 'neo4j', ...args], { env }, (error, stdout, stderr) =>
        resolve({ code: error ? (error as { code?: number }).code ?? 1 : 0, stdout, stderr }));
    });

  it('prints only the one-line message of a failure and exits 1', async () => {
    const result = await cli(['start'], envFor(scratch({ jars: false }), { JAVA: '/nonexistent/bin/java' }));
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: no Java found at \/nonexistent\/bin\/java: install Java 17/)]);
  });

  it('status exits 3 when the folder runs no server, and stop says so', async () => {
    const env = envFor(scratch({ jars: false }));
    const status = await cli(['status'], env);
    expect(status.code).toBe(3);
    expect(status.stdout).toMatch(/is not running .*jars not installed yet/);
    expect((await cli(['stop'], env)).stdout.trim()).toBe('the local Neo4j was not running');
  });
});
