// electron-builder beforePack hook: the packaged CLI (resources/cli) needs its standalone bundle.
import { buildStandaloneCli } from './build-cli-standalone.mjs';

export default async function beforePack() {
  await buildStandaloneCli();
}
