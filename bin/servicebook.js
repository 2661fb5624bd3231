#!/usr/bin/env node
import { exitOnInterrupt, main } from '../dist/cli.js';

process.once('SIGINT', exitOnInterrupt);
process.once('SIGTERM', exitOnInterrupt);
process.exitCode = await main(process.argv.slice(2));
