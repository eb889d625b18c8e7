#!/usr/bin/env node
// The `resograph` command: TypeScript sources run through tsx, so no build step stands between a clone and the CLI.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
