import { chmodSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findJava, parseJavaVersion } from '../../graph/neo4j/java.ts';

const dir = mkdtempSync(join(tmpdir(), 'resograph-java-'));

/** A script that answers `-version` the way a given Java does (on stderr, as java does). */
function fakeJava(name: string, versionLine: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\necho '${versionLine}' >&2\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('parseJavaVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', '17.0.15', 17],
    ['openjdk version "21" 2023-09-19', '21', 21],
    ['java version "1.8.0_292"', '1.8.0_292', 8],
    ['openjdk version "11.0.2" 2019-01-15', '11.0.2', 11],
    ['openjdk version "25-ea" 2025-09-16', '25-ea', 25],
  ])('%s', (output, version, major) => {
    expect(parseJavaVersion(output)).toEqual({ version, major });
  });

  it('finds nothing in output that names no version', () => {
    expect(parseJavaVersion('bash: java: command not found')).toBeUndefined();
  });
});

describe('findJava', () => {
  it('accepts Java 17 and reports its version', async () => {
    const java = await findJava({ java: fakeJava('java17', 'openjdk version "17.0.15" 2025-04-15') });
    expect(java.major).toBe(17);
  });

  it('refuses Java 11 with what to do', async () => {
    const path = fakeJava('java11', 'openjdk version "11.0.2" 2019-01-15');
    await expect(findJava({ java: path })).rejects.toMatchObject({ code: 'java-too-old', message: expect.stringContaining('Java 17 or newer') });
  });

  it('reports a missing java', async () => {
    await expect(findJava({ java: join(dir, 'no-such-java') })).rejects.toMatchObject({ code: 'java-missing' });
  });

  it('reports a java that does not say its version', async () => {
    await expect(findJava({ java: fakeJava('silent', 'hello') })).rejects.toMatchObject({ code: 'java-missing' });
  });

  it('takes JAVA_HOME/bin/java when JAVA is not given', async () => {
    const home = join(dir, 'jdk');
    mkdirSync(join(home, 'bin'), { recursive: true });
    writeFileSync(join(home, 'bin', 'java'), `#!/bin/sh\necho 'openjdk version "21.0.1" 2023-10-17' >&2\n`, { mode: 0o755 });
    expect(await findJava({ javaHome: home })).toMatchObject({ path: join(home, 'bin', 'java'), major: 21 });
  });
});
