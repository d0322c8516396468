import { substitute } from '../environments/substitute';

export interface ResolvedInstance {
  instance: Record<string, unknown>;
  /** References that have no value (a service or variable the environment does not have). */
  missing: string[];
}

/**
 * Resolves `${…}` references in every string of an instance. A string that becomes a whole number
 * (a published port) becomes a number, as checks expect ports to be.
 */
export function resolveInstance(
  instance: Record<string, unknown>,
  refs: Readonly<Record<string, string>>,
): ResolvedInstance {
  const missing = new Set<string>();
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const result = substitute(value, refs);
      result.missing.forEach((m) => missing.add(m));
      return result.value !== value && /^\d+$/.test(result.value) ? Number(result.value) : result.value;
    }
    if (Array.isArray(value)) return value.map(visit);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v)]));
    return value;
  };
  return { instance: visit(instance) as Record<string, unknown>, missing: [...missing].sort() };
}
