import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphConnection } from '../../graph/neo4j/connection.ts';
import { javaCommand } from '../../graph/neo4j/java-command.ts';
import { localStatus, startLocalNeo4j, stopLocalNeo4j } from '../../graph/neo4j/local-server.ts';
import { renderConf } from '../../graph/neo4j/server-conf.ts';
import { layoutOf, readLocalSettings } from '../../graph/neo4j/settings.ts';
import { cleanDatabase } from '../support/clean-db.ts';

const mainLib = layoutOf(readLocalSettings().dir).lib;

/** A folder for a second local server that shares the jars of the main one. */
function scratchHome(): string {
  const dir = mkdtempSync(join(tmpdir(), 'resograph-neo4j-'));
  symlinkSync(mainLib, join(dir, 'lib'));
  return dir;
}

describe.skipIf(!!process.env.NEO4J_URI)('the local server', () => {
  let conn: GraphConnection;
  beforeAll(async () => {
    conn = await connect();
    await cleanDatabase(conn);
  });
  afterAll(() => conn?.driver.close());

  it('is reused by a second start: same pid, same ports', async () => {
    const first = await startLocalNeo4j();
    const second = await startLocalNeo4j();
    expect(second).toMatchObject({ reused: true, pid: first.pid, boltPort: first.boltPort, uri: first.uri });
    expect((await localStatus()).running?.pid).toBe(first.pid);
  });

  it('runs java with the heap and page cache set, listening on loopback only', async () => {
    const server = (await localStatus()).running!;
    const commandLine = readFileSync(`/proc/${server.pid}/cmdline`, 'utf8').split('\0');
    expect(commandLine).toEqual(expect.arrayContaining(['-Xms2097152k', '-Xmx2097152k', 'org.neo4j.server.CommunityEntryPoint', `--home-dir=${readLocalSettings().dir}`]));
    const conf = readFileSync(layoutOf(readLocalSettings().dir).confFile, 'utf8');
    expect(conf).toContain('server.memory.pagecache.size=1g');
    const response = await fetch(server.browserUrl);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Neo4j Browser');
  });

  it('keeps its data across stop and start, on the same ports', async () => {
    const marker = `kept-${Date.now()}`;
    await conn.driver.executeQuery('CREATE (:Place {name: $marker})', { marker }, { database: conn.database });
    const before = (await localStatus()).running!;

    expect(await stopLocalNeo4j()).toEqual({ stopped: true, pid: before.pid });
    expect((await localStatus()).running).toBeUndefined();
    await expect(connect()).rejects.toMatchObject({ code: 'not-running' });
    expect(await stopLocalNeo4j()).toEqual({ stopped: false });

    const after = await startLocalNeo4j();
    expect(after).toMatchObject({ reused: false, boltPort: before.boltPort, uri: before.uri });
    expect(after.pid).not.toBe(before.pid);
    const again = await connect();
    const { records } = await again.driver.executeQuery('MATCH (p:Place {name: $marker}) RETURN count(p) AS n', { marker }, { database: again.database });
    expect(records[0]?.get('n').toNumber()).toBe(1);
    await again.driver.close();
  });

  it('stop ends only the java process it started, not a process that took over its recorded pid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'resograph-neo4j-'));
    const stranger = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      writeFileSync(join(dir, 'run.json'), JSON.stringify({
        pid: stranger.pid, boltPort: 1, httpPort: 2, uri: 'neo4j://127.0.0.1:1', browserUrl: 'http://127.0.0.1:2/browser/', neo4j: '5.26.30', startedAt: new Date().toISOString(),
      }));
      writeFileSync(join(dir, 'password'), 'x');
      const env = { RESOGRAPH_NEO4J_DIR: dir };
      expect((await localStatus({ env })).running).toBeUndefined();
      expect(await stopLocalNeo4j({ env })).toEqual({ stopped: false });
      expect(stranger.exitCode).toBeNull();
      expect(() => process.kill(stranger.pid!, 0)).not.toThrow();
    } finally {
      stranger.kill();
    }
  });
});

describe("Neo4j's own launcher", () => {
  it.each(['none', 'empty', 'with a jar'])('would run the same java command line as ours (plugins folder: %s)', async (plugins) => {
    const home = scratchHome();
    const layout = layoutOf(home);
    if (plugins !== 'none') mkdirSync(join(home, 'plugins'));
    if (plugins === 'with a jar') writeFileSync(join(home, 'plugins', 'extension.jar'), '');
    mkdirSync(layout.conf);
    writeFileSync(layout.confFile, renderConf({ boltPort: 17687, httpPort: 17474, heap: '1g', pagecache: '512m' }));
    const { stdout } = await promisify(execFile)(
      'java', ['-cp', join(layout.lib, '*'), 'org.neo4j.server.startup.Neo4jCommand', 'console', '--dry-run'],
      { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: layout.conf } },
    );
    const theirs = stdout.trim().split('\n').at(-1)!.split(' ');
    const ours = javaCommand({ java: 'java', home, conf: layout.conf, lib: layout.lib, heap: '1g', plugins: plugins === 'with a jar' });
    expect(theirs[0]).toMatch(/\/java$/);
    expect(theirs.slice(1)).toEqual(ours.args);
  });
});
