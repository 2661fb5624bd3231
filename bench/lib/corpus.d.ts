/** The types of corpus.js, for the tests that write a generated library of their own (test/equivalence.test.ts). */
export declare const MANIFEST: string;
export declare function corpusIsCurrent(out: string, options: { count: number; seed: number; defectRate?: number }): boolean;
export declare function writeCorpus(options: { count: number; seed: number; out: string; defectRate?: number }): unknown;
