/** The requirements a test file declares, from `@requires <name>` tags in the doc comment it starts with. */
export function declaredRequirements(source: string): string[];
/** Where the validator corpus is looked for (DD_CORPUS, else `../shared/corpus`), whether or not it is there. */
export function corpusDir(env?: NodeJS.ProcessEnv): string;
/** Whether the corpus (good/ and bad/) is there. */
export function hasCorpus(dir?: string): boolean;
/** The Go toolchain (DD_GO, else `go` on the PATH), or undefined when absent. */
export function findGo(env?: NodeJS.ProcessEnv): string | undefined;
/** A digest of the corpus's paths and contents, or `absent`. */
export function corpusDigest(dir?: string): string;
/** The spec files under `root` whose requirements this machine does not meet, with one line per unmet requirement. */
export function unmetSpecFiles(root: string, env?: NodeJS.ProcessEnv): { files: string[]; lines: string[] };
