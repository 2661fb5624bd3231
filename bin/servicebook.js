#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { exitOnInterrupt, exitQuietlyOnBrokenPipe, main } from '../dist/bundle/cli.js';

// A run is a short batch: V8's optimising compiler, left to inline up to its default budget, spends more time
// compiling the rules' large inlined functions (several times each as feedback settles) than the run has left to
// win from them. A smaller budget made `lint` of the 2,000-file bench corpus ~9% faster, with ~15% less CPU
// (bench/README.md, sixth pass). Set before any of our code is optimised; the library API leaves V8 as it is.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');

process.once('SIGINT', exitOnInterrupt);
process.once('SIGTERM', exitOnInterrupt);
process.stdout.on('error', exitQuietlyOnBrokenPipe);
process.exitCode = await main(process.argv.slice(2));
// A Ctrl-C that came during synchronous work is delivered on a later turn of the event loop: give it two.
for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
