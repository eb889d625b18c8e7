import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensurePassword } from '../../graph/neo4j/password.ts';
import { layoutOf, type Layout } from '../../graph/neo4j/settings.ts';

// A stand-in for `java` that records the neo4j-admin command it is given, so no server is needed here;
// the integration tests start the real one through the same function.
let dir: string;
let layout: Layout;
let java: string;
const calls = () => (existsSync(join(dir, 'calls')) ? readFileSync(join(dir, 'calls'), 'utf8').trim().split('\n') : []);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'resograph-password-'));
  layout = layoutOf(join(dir, 'neo4j'));
  mkdirSync(layout.data, { recursive: true });
  java = join(dir, 'java');
  writeFileSync(java, `#!/bin/sh\necho "$*" >> ${join(dir, 'calls')}\n`);
  chmodSync(java, 0o755);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ensurePassword', () => {
  it('makes up a password before the first start, sets it and keeps it', async () => {
    const password = await ensurePassword(layout, java);
    expect(password).toMatch(/^[\w-]{24}$/);
    expect(readFileSync(layout.passwordFile, 'utf8')).toBe(password);
    expect(calls()).toEqual([expect.stringMatching(new RegExp(`dbms set-initial-password ${password}$`))]);
  });

  it('uses the kept password of an existing database without running neo4j-admin', async () => {
    writeFileSync(layout.passwordFile, 'kept-password\n');
    mkdirSync(join(layout.data, 'databases'));
    expect(await ensurePassword(layout, java)).toBe('kept-password');
    expect(calls()).toEqual([]);
  });

  it('sets the kept password again when the data folder was deleted to start afresh', async () => {
    writeFileSync(layout.passwordFile, 'kept-password\n');
    expect(await ensurePassword(layout, java)).toBe('kept-password');
    expect(calls()).toEqual([expect.stringMatching(/dbms set-initial-password kept-password$/)]);
  });

  it('says why neo4j-admin failed, whichever stream it used', async () => {
    writeFileSync(java, '#!/bin/sh\necho "first line"\necho "Invalid password: too short"\nexit 1\n');
    await expect(ensurePassword(layout, java)).rejects.toThrow(/set-initial-password failed \(Invalid password: too short\)/);
    expect(existsSync(layout.passwordFile)).toBe(false);
  });

  it('refuses a database whose password file is gone, naming both', async () => {
    mkdirSync(join(layout.data, 'databases'));
    await expect(ensurePassword(layout, java)).rejects.toThrow(`${layout.data} holds a database but ${layout.passwordFile} is missing`);
    expect(calls()).toEqual([]);
  });
});
