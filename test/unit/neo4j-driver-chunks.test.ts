import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// patches/neo4j-driver-bolt-connection+*.patch, applied by `npm ci` (postinstall): the driver writes a
// query's parameters in Bolt chunks of up to 65,535 bytes, not one socket write per 1,400 bytes.
const require = createRequire(import.meta.url);
const { Chunker } = require('neo4j-driver-bolt-connection/lib/channel/chunking.js') as {
  Chunker: new (channel: { write(buffer: { length: number }): void }) => {
    putBytes(position: number, data: unknown): void;
    messageBoundary(): void;
    flush(): void;
  };
};
const { alloc } = require('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as {
  alloc(size: number): { writeUInt8(value: number): void; reset(): void; length: number };
};

function writesFor(bytes: number): number[] {
  const writes: number[] = [];
  const chunker = new Chunker({ write: (buffer) => writes.push(buffer.length) });
  const data = alloc(bytes);
  for (let i = 0; i < bytes; i++) data.writeUInt8(i % 251);
  data.reset();
  chunker.putBytes(0, data);
  chunker.messageBoundary();
  chunker.flush();
  return writes;
}

describe('the Bolt chunker (patched)', () => {
  it('sends 60 kB of parameters in one socket write', () => {
    expect(writesFor(60_000)).toEqual([60_000 + 2 + 2]);
  });

  it('splits at the largest chunk Bolt allows, 65,535 bytes', () => {
    const writes = writesFor(200_000);
    expect(writes.length).toBe(4);
    expect(writes.slice(0, 3)).toEqual([65_537, 65_537, 65_537]);
    expect(writes.reduce((a, b) => a + b, 0)).toBe(200_000 + 2 * 4 + 2);
  });
});
