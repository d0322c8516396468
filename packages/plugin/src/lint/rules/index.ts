import type { LintRule } from '../diagnostic';
import { confExampleRule } from './conf-example';
import { manifestFieldsRule } from './manifest-fields';
import { manifestJsonRule } from './manifest-json';
import { metadataBasicsRule } from './metadata-header';
import { readmeSectionsRule } from './readme-sections';

/** Every file rule, in the order they run. */
export const RULES: readonly LintRule[] = [manifestJsonRule, manifestFieldsRule, metadataBasicsRule, readmeSectionsRule, confExampleRule];
