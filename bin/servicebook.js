#!/usr/bin/env node
import { exitOnInterrupt, exitQuietlyOnBrokenPipe, main } from '../dist/bundle/cli.js';

process.once('SIGINT', exitOnInterrupt);
process.once('SIGTERM', exitOnInterrupt);
process.stdout.on('error', exitQuietlyOnBrokenPipe);
process.exitCode = await main(process.argv.slice(2));
// A Ctrl-C that came during synchronous work is delivered on a later turn of the event loop: give it two.
for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
