import type { TargetConfiguration } from '@nx/devkit';

/** One entry of a target's `inputs` (Nx does not export the type from @nx/devkit). */
export type InputDefinition = Exclude<NonNullable<TargetConfiguration['inputs']>[number], string>;
