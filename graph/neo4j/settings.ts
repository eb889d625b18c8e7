import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphError } from './errors.ts';

/** The project folder: graph/neo4j/ sits two levels below it, whatever the working directory. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Defaults of the local server, each overridable by the environment variable named beside it. */
export const defaults = Object.freeze({
  /** RESOGRAPH_NEO4J_DIR: config, jars, data, logs and run state of the local server (git-ignored). */
  dir: join(projectRoot, '.neo4j'),
  /**
   * NEO4J_HEAP: the Java heap, taken whole at start (initial = maximum, as Neo4j advises). With 1g growing
   * from 256m, G1 paused the server 4.5-4.9 s in a load of 25,000 resolutions and the load took 32.7-34.4 s;
   * with 2g, 2.8-3.4 s and 31.2-31.7 s.
   */
  heap: '2g',
  /** NEO4J_PAGECACHE: memory for caching the store files, outside the heap. */
  pagecache: '1g',
  /** NEO4J_START_TIMEOUT: seconds to wait for Bolt to answer after launching java. */
  startTimeoutSeconds: 120,
  /** RESOGRAPH_MAVEN_REPO: where the jars of jars.lock.json are downloaded from. */
  repository: 'https://repo1.maven.org/maven2',
  /** Jars downloaded at once. */
  downloads: 6,
});

export interface LocalSettings {
  dir: string;
  /** JAVA: the java executable to run; otherwise JAVA_HOME/bin/java, otherwise java on the PATH. */
  java: string | undefined;
  javaHome: string | undefined;
  heap: string;
  pagecache: string;
  /** NEO4J_BOLT_PORT / NEO4J_HTTP_PORT: fixed ports; otherwise the last ones used if free, else free ones. */
  boltPort: number | undefined;
  httpPort: number | undefined;
  startTimeoutMs: number;
  repository: string;
  downloads: number;
}

export function readLocalSettings(env: NodeJS.ProcessEnv = process.env, overrides: Partial<LocalSettings> = {}): LocalSettings {
  const heap = memorySize(env.NEO4J_HEAP, 'NEO4J_HEAP', defaults.heap);
  const settings: LocalSettings = {
    dir: resolve(env.RESOGRAPH_NEO4J_DIR || defaults.dir),
    java: env.JAVA || undefined,
    javaHome: env.JAVA_HOME || undefined,
    heap,
    pagecache: memorySize(env.NEO4J_PAGECACHE, 'NEO4J_PAGECACHE', defaults.pagecache),
    boltPort: port(env.NEO4J_BOLT_PORT, 'NEO4J_BOLT_PORT'),
    httpPort: port(env.NEO4J_HTTP_PORT, 'NEO4J_HTTP_PORT'),
    startTimeoutMs: seconds(env.NEO4J_START_TIMEOUT, 'NEO4J_START_TIMEOUT', defaults.startTimeoutSeconds) * 1000,
    repository: (env.RESOGRAPH_MAVEN_REPO || defaults.repository).replace(/\/+$/, ''),
    downloads: defaults.downloads,
  };
  return { ...settings, ...overrides };
}

/** Where each part of the local server lives inside its folder. */
export function layoutOf(dir: string) {
  return {
    home: dir,
    conf: join(dir, 'conf'),
    confFile: join(dir, 'conf', 'neo4j.conf'),
    lib: join(dir, 'lib'),
    data: join(dir, 'data'),
    logs: join(dir, 'logs'),
    consoleLog: join(dir, 'logs', 'console.log'),
    runFile: join(dir, 'run.json'),
    portsFile: join(dir, 'ports.json'),
    passwordFile: join(dir, 'password'),
    startLock: join(dir, 'start.lock'),
  };
}
export type Layout = ReturnType<typeof layoutOf>;

function memorySize(value: string | undefined, name: string, fallback: string): string {
  if (!value) return fallback;
  if (!/^\d+[kmg]$/i.test(value)) {
    throw new GraphError('bad-config', `${name}=${value} is not a memory size: use a number with k, m or g, such as 1g or 512m`);
  }
  return value.toLowerCase();
}

function bytes(size: string): number {
  const unit = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 }[size.slice(-1) as 'k' | 'm' | 'g'];
  return Number(size.slice(0, -1)) * unit;
}

function port(value: string | undefined, name: string): number | undefined {
  if (!value) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    throw new GraphError('bad-config', `${name}=${value} is not a port: use a number from 1 to 65535, or unset it to pick a free one`);
  }
  return n;
}

function seconds(value: string | undefined, name: string, fallback: number): number {
  if (!value) return fallback;
  const n = Number(value);
  if (!(n > 0)) throw new GraphError('bad-config', `${name}=${value} is not a number of seconds above 0`);
  return n;
}
