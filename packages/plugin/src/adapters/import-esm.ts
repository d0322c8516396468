/**
 * Loads an ES module from CommonJS code.
 *
 * TypeScript compiled to CommonJS rewrites `import()` into `require()`, which cannot load
 * ESM-only packages such as execa 9. A function built at run time keeps the real `import()`.
 */
const dynamicImport = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;

export function importEsm<T>(specifier: string): Promise<T> {
  return dynamicImport<T>(specifier);
}
