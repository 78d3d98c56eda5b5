import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildE2ePreload } from './build-preload';

export default async function setup(): Promise<void> {
  if (!existsSync(resolve('out/renderer/index.html'))) {
    throw new Error('The renderer is not built. Run `npm run build` first (npm test does).');
  }
  await buildE2ePreload();
}
