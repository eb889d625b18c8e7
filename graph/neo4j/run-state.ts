import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { entryPoint } from './java-command.ts';
import type { Layout } from './settings.ts';

/** .neo4j/run.json: where the running local server listens. Other tools may read it; `status` prints it. */
export const RunState = z.object({
  pid: z.number().int().positive(),
  boltPort: z.number().int(),
  httpPort: z.number().int(),
  uri: z.string(),
  browserUrl: z.string(),
  neo4j: z.string(),
  startedAt: z.string(),
});
export type RunState = z.infer<typeof RunState>;

/** .neo4j/ports.json: the ports of the last start, tried first at the next so that URIs stay put across restarts. */
const LastPorts = z.object({ boltPort: z.number().int(), httpPort: z.number().int() });
type LastPorts = z.infer<typeof LastPorts>;

export async function readRunState(layout: Layout): Promise<RunState | undefined> {
  return readJson(layout.runFile, RunState);
}

export async function writeRunState(layout: Layout, state: RunState): Promise<void> {
  await writeFile(layout.runFile, `${JSON.stringify(state, null, 2)}\n`);
  await writeFile(layout.portsFile, `${JSON.stringify({ boltPort: state.boltPort, httpPort: state.httpPort })}\n`);
}

export async function clearRunState(layout: Layout): Promise<void> {
  await rm(layout.runFile, { force: true });
}

export async function readLastPorts(layout: Layout): Promise<LastPorts | undefined> {
  return readJson(layout.portsFile, LastPorts);
}

/** Whether `pid` is alive and is the Neo4j java process of this folder (not a recycled pid). */
export async function isServerProcess(pid: number, home: string): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as { code?: string }).code !== 'EPERM') return false;
  }
  const commandLine = await readCommandLine(pid);
  return commandLine.includes(entryPoint) && commandLine.includes(`--home-dir=${home}`);
}

async function readCommandLine(pid: number): Promise<string> {
  const proc = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => undefined);
  if (proc !== undefined) return proc.replaceAll('\0', ' ');
  return new Promise((resolve) => {
    execFile('ps', ['-ww', '-o', 'args=', '-p', String(pid)], (error, stdout) => resolve(error ? '' : stdout));
  });
}

async function readJson<T>(path: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
