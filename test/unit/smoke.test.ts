import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';

describe('resograph command', () => {
  it('prints its subcommands', () => {
    const out = execFileSync('node', ['bin/resograph.js', '--help'], { encoding: 'utf8' });
    for (const sub of ['parse', 'ingest', 'serve', 'neo4j']) expect(out).toContain(sub);
  });
});
