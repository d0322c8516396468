import type { LintRule } from '../lint-rule';
import { codeownersIntegrationEntryRule } from './codeowners/integration-entry';
import { codeownersLogsOwnerRule } from './codeowners/logs-owner';
import { confInvalidYamlRule } from './conf/invalid-yaml';
import { confMissingFileRule } from './conf/missing-file';
import { confParamDeclarationRule } from './conf/param-declaration';
import { confSpecDefaultTemplateRule } from './conf/spec-default-template';
import { confSpecDriftRule } from './conf/spec-drift';
import { confSpecInvalidRule } from './conf/spec-invalid';
import { confSpecNotCheckedRule } from './conf/spec-not-checked';
import { confStructureRule } from './conf/instances-structure';
import { testedMetricRule } from './cross/tested-metric-in-metadata';
import { dashboardsAppIdRule } from './dashboards/app-id-mismatch';
import { dashboardsInvalidJsonRule } from './dashboards/invalid-json';
import { dashboardsLegacyFormatRule } from './dashboards/legacy-format';
import { dashboardsMissingFieldRule } from './dashboards/missing-field';
import { dashboardsMissingFileRule } from './dashboards/missing-file';
import { envReferenceRule } from './env/reference';
import { envRenderedRule } from './env/rendered';
import { envSchemaRule } from './env/schema';
import { envSyntaxRule } from './env/syntax';
import { eulaMissingFileRule } from './eula/missing-file';
import { eulaNotPdfRule } from './eula/not-pdf';
import { fileBomRule } from './file/byte-order-mark';
import { fileCrlfRule } from './file/crlf-line-endings';
import { fileNotTextRule } from './file/not-text';
import { hatchMatrixRule } from './hatch/matrix';
import { manifestDescriptionRule } from './manifest/description-too-long';
import { manifestDuplicateKeyRule } from './manifest/duplicate-key';
import { manifestAgentVersionRule } from './manifest/invalid-agent-version';
import { manifestEmailRule } from './manifest/invalid-email';
import { manifestInvalidJsonRule } from './manifest/invalid-json';
import { manifestSupportRule } from './manifest/invalid-support';
import { manifestMetricCheckRule } from './manifest/metric-check-missing';
import { manifestMetricPrefixRule } from './manifest/metric-prefix';
import { manifestMissingAssetRule } from './manifest/missing-asset';
import { manifestMissingFieldRule } from './manifest/missing-field';
import { manifestMissingFileRule } from './manifest/missing-file';
import { manifestNameRule } from './manifest/name-mismatch';
import { manifestVersionShapeRule } from './manifest/version-shape';
import { metadataBlankLineRule } from './metadata/blank-line';
import { metadataCsvSyntaxRule } from './metadata/csv-syntax';
import { metadataDescriptionPipeRule } from './metadata/description-pipe';
import { metadataDescriptionLengthRule } from './metadata/description-too-long';
import { metadataDuplicateColumnRule } from './metadata/duplicate-column';
import { metadataDuplicateMetricRule } from './metadata/duplicate-metric';
import { metadataEmptyColumnRule } from './metadata/empty-column';
import { metadataEmptyFileRule } from './metadata/empty-file';
import { metadataEmptyRequiredRule } from './metadata/empty-required-field';
import { metadataFieldCountRule } from './metadata/field-count';
import { metadataIntegrationRule } from './metadata/integration-mismatch';
import { metadataCuratedMetricRule } from './metadata/invalid-curated-metric';
import { metadataIntervalRule } from './metadata/invalid-interval';
import { metadataMetricNameRule } from './metadata/invalid-metric-name';
import { metadataMetricTypeRule } from './metadata/invalid-metric-type';
import { metadataOrientationRule } from './metadata/invalid-orientation';
import { metadataMissingColumnRule } from './metadata/missing-column';
import { metadataNoCuratedMetricColumnRule } from './metadata/no-curated-metric-column';
import { metadataNonAsciiRule } from './metadata/non-ascii';
import { metadataPrefixRule } from './metadata/prefix-mismatch';
import { metadataRateIntervalRule } from './metadata/rate-without-interval';
import { metadataRepeatedHeaderRule } from './metadata/repeated-header';
import { metadataTimePerTimeRule } from './metadata/time-per-time-unit';
import { metadataUnknownColumnRule } from './metadata/unknown-column';
import { metadataUnknownUnitRule } from './metadata/unknown-unit';
import { metadataWhitespaceRule } from './metadata/whitespace-padding';
import { modelsNotCheckedRule } from './models/not-checked';
import { modelsOutOfSyncRule } from './models/out-of-sync';
import { monitorsDescriptionRule } from './monitors/description-too-long';
import { monitorsIntegrationTagRule } from './monitors/integration-tag';
import { monitorsInvalidJsonRule } from './monitors/invalid-json';
import { monitorsMissingFieldRule } from './monitors/missing-field';
import { monitorsNameRule } from './monitors/name-mismatch';
import { packageNameRule } from './package/package-name';
import { requirementsConflictRule } from './package/requirements-conflicting-pins';
import { requirementsNewlineRule } from './package/requirements-final-newline';
import { packageVersionRule } from './package/version-agreement';
import { packageVersionPathRule } from './package/version-path';
import { pythonBaseImportsRule } from './python/base-imports';
import { pythonCheckInstanceRule } from './python/check-instance-argument';
import { pythonHttpWrapperRule } from './python/http-wrapper';
import { pythonLegacySignatureRule } from './python/legacy-signature';
import { pythonOpenmetricsLimitRule } from './python/openmetrics-limit';
import { readmeImagePathRule } from './readme/image-path';
import { readmeMissingFileRule } from './readme/missing-file';
import { readmeGuideSectionRule } from './readme/guide-section';
import { readmeMissingSectionRule } from './readme/missing-section';
import { readmeNonAsciiRule } from './readme/non-ascii';
import { savedViewsFieldsRule } from './saved-views/fields';
import { savedViewsInvalidJsonRule } from './saved-views/invalid-json';
import { savedViewsInvalidOptionsRule } from './saved-views/invalid-options';
import { savedViewsInvalidValueRule } from './saved-views/invalid-value';
import { savedViewsMissingFileRule } from './saved-views/missing-file';
import { serviceChecksRule } from './service-checks/service-checks';

/** Every file rule, in the order they run; ids are stable and documented in the package README. */
export const RULES: readonly LintRule[] = [
  fileNotTextRule,
  envSyntaxRule,
  envSchemaRule,
  envReferenceRule,
  envRenderedRule,
  fileBomRule,
  fileCrlfRule,
  manifestMissingFileRule,
  manifestInvalidJsonRule,
  manifestDuplicateKeyRule,
  manifestVersionShapeRule,
  manifestMissingFieldRule,
  manifestEmailRule,
  manifestAgentVersionRule,
  manifestNameRule,
  manifestSupportRule,
  manifestDescriptionRule,
  manifestMetricPrefixRule,
  manifestMissingAssetRule,
  manifestMetricCheckRule,
  metadataEmptyFileRule,
  metadataCsvSyntaxRule,
  metadataMissingColumnRule,
  metadataNoCuratedMetricColumnRule,
  metadataUnknownColumnRule,
  metadataDuplicateColumnRule,
  metadataEmptyColumnRule,
  metadataFieldCountRule,
  metadataRepeatedHeaderRule,
  metadataBlankLineRule,
  metadataWhitespaceRule,
  metadataEmptyRequiredRule,
  metadataMetricNameRule,
  metadataPrefixRule,
  metadataDuplicateMetricRule,
  metadataMetricTypeRule,
  metadataIntervalRule,
  metadataRateIntervalRule,
  metadataUnknownUnitRule,
  metadataTimePerTimeRule,
  metadataDescriptionLengthRule,
  metadataDescriptionPipeRule,
  metadataNonAsciiRule,
  metadataOrientationRule,
  metadataIntegrationRule,
  metadataCuratedMetricRule,
  readmeMissingFileRule,
  readmeMissingSectionRule,
  readmeGuideSectionRule,
  readmeNonAsciiRule,
  readmeImagePathRule,
  confMissingFileRule,
  confInvalidYamlRule,
  confStructureRule,
  confSpecInvalidRule,
  confSpecDefaultTemplateRule,
  confSpecDriftRule,
  confSpecNotCheckedRule,
  confParamDeclarationRule,
  modelsOutOfSyncRule,
  modelsNotCheckedRule,
  serviceChecksRule,
  dashboardsMissingFileRule,
  dashboardsInvalidJsonRule,
  dashboardsMissingFieldRule,
  dashboardsLegacyFormatRule,
  dashboardsAppIdRule,
  savedViewsMissingFileRule,
  savedViewsInvalidJsonRule,
  savedViewsFieldsRule,
  savedViewsInvalidValueRule,
  savedViewsInvalidOptionsRule,
  monitorsInvalidJsonRule,
  monitorsMissingFieldRule,
  monitorsDescriptionRule,
  monitorsIntegrationTagRule,
  monitorsNameRule,
  eulaMissingFileRule,
  eulaNotPdfRule,
  packageNameRule,
  packageVersionRule,
  packageVersionPathRule,
  hatchMatrixRule,
  requirementsNewlineRule,
  requirementsConflictRule,
  testedMetricRule,
  pythonBaseImportsRule,
  pythonHttpWrapperRule,
  pythonOpenmetricsLimitRule,
  pythonLegacySignatureRule,
  pythonCheckInstanceRule,
  codeownersIntegrationEntryRule,
  codeownersLogsOwnerRule,
];
