import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const corpusDir = process.env.RESOGRAPH_CORPUS ?? path.resolve(projectRoot, '../shared/corpus');
