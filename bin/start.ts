import type { Command } from 'commander';
import { connect } from '../graph/neo4j/connection.ts';
import { applySchema } from '../graph/neo4j/schema.ts';
import { existsSync } from 'node:fs';
import { ingestSampleIfEmpty, sampleCorpusDir } from '../ingest/sample.ts';
import { serveUntilStopped } from '../web/server/cli.ts';

/** `npm start`: Neo4j up (local or NEO4J_URI), schema applied, the sample loaded into an empty database, the explorer served. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('start or reuse Neo4j, load the sample into an empty database, and serve the explorer')
    .action(async () => {
      const conn = await connect({ start: true });
      await applySchema(conn);
      const sample = await ingestSampleIfEmpty(conn);
      if (sample) {
        const { documents, failures } = sample;
        const loaded = documents.new + documents.replaced;
        console.log(
          `Loaded the sample: ${loaded} document${loaded === 1 ? '' : 's'} in ${(sample.elapsedMs / 1000).toFixed(1)} s` +
            (failures.length ? `; ${failures.length} failed: ${failures.map((f) => f.file).join(', ')}` : ''),
        );
        // Only the origin document comes with the project; say where the rest would come from.
        const corpus = sampleCorpusDir();
        if (!existsSync(corpus)) console.log(`No corpus at ${corpus}: only the origin document was loaded. Set RESOGRAPH_CORPUS to a folder of resolutions, or run \`npx resograph ingest DIR\`.`);
      }
      await serveUntilStopped(conn);
    });
}
