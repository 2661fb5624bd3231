/** The types of corpus.js, for the tests that write a generated library of their own (test/equivalence.test.ts). */
export type Flavor = 'markdown' | 'classic';
export declare const MANIFEST: string;
export declare function corpusIsCurrent(out: string, options: { count: number; seed: number; defectRate?: number; flavor?: Flavor }): boolean;
/** Writes the corpus and returns its manifest (manifest.json). */
export declare function writeCorpus(options: { count: number; seed: number; out: string; defectRate?: number; flavor?: Flavor }): {
  files: number;
  defects: { file: string; rule: string; maskedBy?: string }[];
  suppressedPromises: string[];
};
