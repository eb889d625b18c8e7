import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { GraphError } from './errors.ts';
import { javaCommand } from './java-command.ts';
import type { ServerConfig } from './server-conf.ts';
import type { Layout } from './settings.ts';

export interface LaunchInput {
  layout: Layout;
  java: string;
  config: ServerConfig;
  password: string;
  timeoutMs: number;
}

/**
 * Runs the server's java detached (it outlives this process), its output appended to logs/console.log,
 * and resolves with its pid once Bolt answers a query on the default database.
 */
export async function launch(input: LaunchInput): Promise<number> {
  const { layout, config } = input;
  const logStart = await stat(layout.consoleLog).then((s) => s.size, () => 0);
  const log = await open(layout.consoleLog, 'a');
  const { command, args } = javaCommand({
    java: input.java,
    home: layout.home,
    conf: layout.conf,
    lib: layout.lib,
    heap: config.heap,
    plugins: hasFiles(join(layout.home, 'plugins')),
  });
  const child = spawn(command, args, { cwd: layout.home, detached: true, stdio: ['ignore', log.fd, log.fd] });
  await log.close();
  let exit: string | undefined;
  child.once('exit', (code, signal) => (exit = signal ? `signal ${signal}` : `code ${code}`));
  child.once('error', (error) => (exit = error.message));
  child.unref();

  const tail = async () => (await readFile(layout.consoleLog, 'utf8').catch(() => '')).slice(logStart).trimEnd().split('\n').slice(-15);
  const driver = neo4j.driver(`bolt://127.0.0.1:${config.boltPort}`, neo4j.auth.basic('neo4j', input.password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
    maxTransactionRetryTime: 0,
    logging: { level: 'error', logger: () => {} },
  });
  const deadline = Date.now() + input.timeoutMs;
  try {
    for (;;) {
      if (exit !== undefined) {
        const lines = await tail();
        if (lines.some((line) => /Address already in use|already in use/i.test(line))) {
          throw new GraphError('port-taken', `a port of the local Neo4j (Bolt ${config.boltPort}, HTTP ${config.httpPort}) is taken: free it or set NEO4J_BOLT_PORT / NEO4J_HTTP_PORT to free ports`, lines);
        }
        throw new GraphError('start-failed', `the local Neo4j exited during start (${exit}): see ${layout.consoleLog}`, lines);
      }
      try {
        await driver.executeQuery('RETURN 1', {}, { database: 'neo4j' });
        return child.pid ?? 0;
      } catch (error) {
        if ((error as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized') {
          child.kill('SIGKILL');
          throw new GraphError('unauthorized', `the local Neo4j refused the password in ${layout.passwordFile}: restore it, or delete ${layout.data} to start afresh`);
        }
      }
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        const seconds = Math.round(input.timeoutMs / 100) / 10;
        throw new GraphError('start-timeout', `the local Neo4j did not answer on Bolt within ${seconds}s: see ${layout.consoleLog}, or allow longer with NEO4J_START_TIMEOUT (seconds)`, await tail());
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await driver.close();
  }
}

function hasFiles(dir: string): boolean {
  try {
    return readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}
