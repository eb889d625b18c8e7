import { mkdir, writeFile } from 'node:fs/promises';
import { GraphError } from './errors.ts';
import { installJars, jarsInstalled } from './install.ts';
import { readJarLock } from './jar-lock.ts';
import { findJava } from './java.ts';
import { launch } from './launch.ts';
import { withFileLock } from './file-lock.ts';
import { ensurePassword, readPassword } from './password.ts';
import { freePort, isPortFree } from './ports.ts';
import { clearRunState, isServerProcess, readLastPorts, readRunState, writeRunState, type RunState } from './run-state.ts';
import { renderConf } from './server-conf.ts';
import { layoutOf, readLocalSettings, type Layout, type LocalSettings } from './settings.ts';

export interface LocalOptions {
  /** Read instead of process.env (tests point JAVA, ports and folders elsewhere this way). */
  env?: NodeJS.ProcessEnv;
  settings?: Partial<LocalSettings>;
  /** Progress lines for a person watching (`downloading ...`); silent when absent. */
  onProgress?: (line: string) => void;
}

export interface LocalServer extends RunState {
  user: 'neo4j';
  password: string;
  dir: string;
  /** True when a server of this folder was already running and was left as it was. */
  reused: boolean;
}

/** Starts the local Neo4j of this folder, or returns the one already running; resolves once Bolt answers. */
export async function startLocalNeo4j(options: LocalOptions = {}): Promise<LocalServer> {
  const settings = readLocalSettings(options.env, options.settings);
  const layout = layoutOf(settings.dir);
  await mkdir(layout.logs, { recursive: true });
  return withFileLock(layout.startLock, settings.startTimeoutMs + 300_000, async () => {
    const running = await runningServer(layout);
    if (running) return running;
    const java = await findJava(settings);
    const lock = readJarLock();
    if (!(await jarsInstalled(layout.lib, lock))) {
      options.onProgress?.(`downloading the jars of Neo4j ${lock.neo4j} from ${settings.repository} into ${layout.lib}`);
      await installJars({ lib: layout.lib, repository: settings.repository, downloads: settings.downloads, lock });
    }
    const config = { ...(await choosePorts(settings, layout)), heap: settings.heap, pagecache: settings.pagecache };
    await mkdir(layout.conf, { recursive: true });
    await writeFile(layout.confFile, renderConf(config));
    const password = await ensurePassword(layout, java.path);
    options.onProgress?.(`starting Neo4j ${lock.neo4j} (Bolt 127.0.0.1:${config.boltPort}, HTTP 127.0.0.1:${config.httpPort}), log in ${layout.consoleLog}`);
    const pid = await launch({ layout, java: java.path, config, password, timeoutMs: settings.startTimeoutMs });
    const state: RunState = {
      pid,
      boltPort: config.boltPort,
      httpPort: config.httpPort,
      uri: `neo4j://127.0.0.1:${config.boltPort}`,
      browserUrl: `http://127.0.0.1:${config.httpPort}/browser/`,
      neo4j: lock.neo4j,
      startedAt: new Date().toISOString(),
    };
    await writeRunState(layout, state);
    return { ...state, user: 'neo4j', password, dir: layout.home, reused: false };
  });
}

/** Stops the local server of this folder if it runs, by its recorded pid; resolves once the process is gone. */
export async function stopLocalNeo4j(options: LocalOptions = {}): Promise<{ stopped: boolean; pid?: number }> {
  const layout = layoutOf(readLocalSettings(options.env, options.settings).dir);
  const state = await readRunState(layout);
  if (!state || !(await isServerProcess(state.pid, layout.home))) {
    await clearRunState(layout);
    return { stopped: false };
  }
  process.kill(state.pid, 'SIGTERM');
  if (!(await exited(state.pid, layout.home, 60_000))) {
    process.kill(state.pid, 'SIGKILL');
    if (!(await exited(state.pid, layout.home, 10_000))) {
      throw new GraphError('stop-failed', `the local Neo4j (pid ${state.pid}) did not stop: end it by hand (kill -9 ${state.pid})`);
    }
  }
  await clearRunState(layout);
  return { stopped: true, pid: state.pid };
}

export interface LocalStatus {
  dir: string;
  neo4j: string;
  installed: boolean;
  running: LocalServer | undefined;
}

export async function localStatus(options: LocalOptions = {}): Promise<LocalStatus> {
  const layout = layoutOf(readLocalSettings(options.env, options.settings).dir);
  const lock = readJarLock();
  return { dir: layout.home, neo4j: lock.neo4j, installed: await jarsInstalled(layout.lib, lock), running: await runningServer(layout) };
}

/** The server recorded in run.json, if its pid is still that java process. */
async function runningServer(layout: Layout): Promise<LocalServer | undefined> {
  const state = await readRunState(layout);
  if (!state || !(await isServerProcess(state.pid, layout.home))) return undefined;
  const password = await readPassword(layout);
  if (!password) return undefined;
  return { ...state, user: 'neo4j', password, dir: layout.home, reused: true };
}

/** Ports from the environment (which must be free), else those of the last start when free, else free ones. */
async function choosePorts(settings: LocalSettings, layout: Layout): Promise<{ boltPort: number; httpPort: number }> {
  const last = await readLastPorts(layout);
  const pick = async (fixed: number | undefined, name: string, previous: number | undefined, avoid: number[]) => {
    if (fixed !== undefined) {
      if (!(await isPortFree(fixed))) throw new GraphError('port-taken', `port ${fixed} (${name}) is taken on 127.0.0.1: free it, or set ${name} to another port or unset it to pick a free one`);
      return fixed;
    }
    if (previous !== undefined && !avoid.includes(previous) && (await isPortFree(previous))) return previous;
    return freePort(avoid);
  };
  const boltPort = await pick(settings.boltPort, 'NEO4J_BOLT_PORT', last?.boltPort, settings.httpPort ? [settings.httpPort] : []);
  const httpPort = await pick(settings.httpPort, 'NEO4J_HTTP_PORT', last?.httpPort, [boltPort]);
  return { boltPort, httpPort };
}

async function exited(pid: number, home: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await isServerProcess(pid, home))) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
