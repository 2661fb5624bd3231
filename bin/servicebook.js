#!/usr/bin/env node
import { exitOnInterrupt, exitQuietlyOnBrokenPipe, main } from '../dist/cli.js';

process.once('SIGINT', exitOnInterrupt);
process.once('SIGTERM', exitOnInterrupt);
process.stdout.on('error', exitQuietlyOnBrokenPipe);
process.exitCode = await main(process.argv.slice(2));
