/** The command line's entry: bin/servicebook.js runs main(argv) from the bundle built from this file. */
export { exitOnInterrupt, exitQuietlyOnBrokenPipe, main } from './cli/main.js';
