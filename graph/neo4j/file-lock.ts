import { open, readFile, rm } from 'node:fs/promises';

/**
 * Runs `fn` while holding a lock file, so that two processes starting the same local server
 * (two test projects, a test run and a CLI) take turns. A lock left by a dead process is taken over.
 */
export async function withFileLock<T>(path: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      const holder = Number(await readFile(path, 'utf8').catch(() => ''));
      if (!isAlive(holder) && Number.isInteger(holder) && holder > 0) {
        await rm(path, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`${path} is held by process ${holder}: wait for it or delete the file if that process is gone`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(path, { force: true });
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}
