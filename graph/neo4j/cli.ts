import type { Command } from 'commander';
import { isGraphError } from './errors.ts';
import { installJars } from './install.ts';
import { readJarLock } from './jar-lock.ts';
import { localStatus, startLocalNeo4j, stopLocalNeo4j, type LocalServer } from './local-server.ts';
import { writeJarLock } from './lock.ts';
import { layoutOf, readLocalSettings } from './settings.ts';

/** `resograph neo4j start|stop|status|install|lock`: the local Neo4j server of this folder. */
export function registerNeo4j(program: Command): void {
  const neo4j = program.command('neo4j').description('the local Neo4j server of this folder (in .neo4j/)');

  neo4j
    .command('start')
    .description('start the local Neo4j (downloading its jars on first use), or reuse the one running')
    .action(() => run(async () => {
      const began = Date.now();
      const server = await startLocalNeo4j({ onProgress: (line) => console.error(line) });
      const how = server.reused ? 'already running' : `started in ${((Date.now() - began) / 1000).toFixed(1)}s`;
      console.log(`Neo4j ${server.neo4j} ${how} (pid ${server.pid})`);
      describe(server);
      if (process.env.NEO4J_URI) console.error(`note: NEO4J_URI is set, so resograph uses ${process.env.NEO4J_URI}, not this server`);
    }));

  neo4j
    .command('stop')
    .description('stop the local Neo4j this folder started (by its recorded pid)')
    .action(() => run(async () => {
      const result = await stopLocalNeo4j();
      console.log(result.stopped ? `stopped the local Neo4j (pid ${result.pid})` : 'the local Neo4j was not running');
    }));

  neo4j
    .command('status')
    .description('say whether the local Neo4j runs and where; exit status 3 when it does not')
    .option('--json', 'print the status as JSON')
    .action((options: { json?: boolean }) => run(async () => {
      const status = await localStatus();
      if (options.json) {
        const { password: _password, ...running } = status.running ?? { password: '' };
        console.log(JSON.stringify({ ...status, running: status.running ? running : null }, null, 2));
      } else if (status.running) {
        console.log(`Neo4j ${status.running.neo4j} running (pid ${status.running.pid}) since ${status.running.startedAt}`);
        describe(status.running);
      } else {
        console.log(`the local Neo4j ${status.neo4j} is not running (${status.dir}; jars ${status.installed ? 'installed' : 'not installed yet'})`);
      }
      if (process.env.NEO4J_URI) console.log(`NEO4J_URI is set: resograph uses ${process.env.NEO4J_URI}`);
      if (!status.running) process.exitCode = 3;
    }));

  neo4j
    .command('install')
    .description('download the jars of jars.lock.json from Maven Central into .neo4j/lib, checking each SHA-1')
    .action(() => run(async () => {
      const settings = readLocalSettings();
      const lib = layoutOf(settings.dir).lib;
      const lock = readJarLock();
      const result = await installJars({ lib, repository: settings.repository, downloads: settings.downloads, lock,
        onJar: (done, total) => { if (done % 50 === 0 || done === total) console.error(`${done}/${total} jars`); } });
      console.log(`Neo4j ${lock.neo4j}: ${result.downloaded.length} jars downloaded, ${result.kept} already in place, all checked, in ${lib}`);
    }));

  neo4j
    .command('lock')
    .description('regenerate graph/neo4j/server/jars.lock.json from server/pom.xml (needs Maven)')
    .action(() => run(async () => {
      const lock = await writeJarLock();
      console.log(`jars.lock.json: Neo4j ${lock.neo4j}, ${lock.jars.length} jars`);
    }));
}

function describe(server: LocalServer): void {
  console.log(`  Bolt     ${server.uri}  (user neo4j, password in ${server.dir}/password)`);
  console.log(`  Browser  ${server.browserUrl}`);
  console.log(`  logs     ${server.dir}/logs/`);
}

/** GraphErrors end the command with their one-line message (and details such as a log tail); others propagate. */
async function run(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (!isGraphError(error)) throw error;
    console.error(`error: ${error.message}`);
    for (const line of error.details) console.error(`  ${line}`);
    process.exitCode = 1;
  }
}
