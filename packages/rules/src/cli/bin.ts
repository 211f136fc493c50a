/** Entry point of `pnpm rules`: runs {@link main} on the real process. */
import { processIo } from './cli_io.js';
import { main } from './main.js';

process.exitCode = main(process.argv.slice(2), processIo());
