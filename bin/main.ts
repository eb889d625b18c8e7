import { Command } from 'commander';
import { registerNeo4j } from '../graph/neo4j/cli.ts';
import { registerSynth } from '../ingest/synth/cli.ts';
import { registerParse } from '../ingest/parse-cli.ts';
import { registerIngest } from '../ingest/ingest-cli.ts';
import { registerServe } from '../web/server/cli.ts';
import { registerDev } from './dev.ts';
import { registerStart } from './start.ts';

const program = new Command('resograph')
  .description('Resograph: a knowledge-graph explorer for United Nations resolutions')
  .showHelpAfterError();

registerParse(program);
registerIngest(program);
registerServe(program);
registerStart(program);
registerDev(program);
registerNeo4j(program);
registerSynth(program);

// A failure the commands did not report themselves ends in one line that says what to do, not a stack trace.
try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`resograph: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
