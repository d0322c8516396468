import type { ReleaseGeneratorSchema } from '../schema';

export interface NormalizedReleaseOptions {
  projects: string[];
  bump?: string;
  date: string;
}

/** Fills every release option; `now` is passed in so that the default date is testable. */
export function normalizeReleaseOptions(schema: ReleaseGeneratorSchema, now: Date): NormalizedReleaseOptions {
  const projects = (schema.projects ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const bump = schema.bump === undefined ? undefined : String(schema.bump).trim() || undefined;
  return { projects: [...new Set(projects)], bump, date: schema.date?.trim() || now.toISOString().slice(0, 10) };
}
