import { createRequire } from 'node:module';

/**
 * The package version. Found through the package's own name, so that it is the same from dist/ and from the
 * bundled command line in dist/bundle/.
 */
export const version: string = (createRequire(import.meta.url)('servicebook/package.json') as { version: string }).version;
