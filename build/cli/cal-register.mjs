// Entry of the packaged CLI: resources/cli/index.mjs is the CLI with its dependencies bundled in.
import { main } from './index.mjs';

process.exitCode = await main(process.argv.slice(2));
