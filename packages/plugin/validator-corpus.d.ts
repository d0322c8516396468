/** Where the validator corpus is looked for (DD_CORPUS, else `../shared/corpus`), whether or not it is there. */
export function corpusDir(env?: NodeJS.ProcessEnv): string;
/** Whether the corpus (good/ and bad/) is there. */
export function hasCorpus(dir?: string): boolean;
/** A digest of the corpus's paths and contents, or `absent`. */
export function corpusDigest(dir?: string): string;
