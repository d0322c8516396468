/** Every label this plugin puts on Docker objects starts with this prefix. */
export const LABEL_PREFIX = 'dev.dd-plugin.';

/** Label keys of everything an environment creates: containers, networks, volumes, built images. */
export const LABELS = {
  managed: `${LABEL_PREFIX}managed`,
  workspace: `${LABEL_PREFIX}workspace`,
  integration: `${LABEL_PREFIX}integration`,
  flavor: `${LABEL_PREFIX}flavor`,
  session: `${LABEL_PREFIX}session`,
  ownerPid: `${LABEL_PREFIX}owner-pid`,
  /** Start time of the owner process, so a recycled pid is not taken for the owner. */
  ownerStart: `${LABEL_PREFIX}owner-start`,
  ownerHost: `${LABEL_PREFIX}owner-host`,
  /** The state file that keeps an installed environment alive after its owner ends ('' if none). */
  stateFile: `${LABEL_PREFIX}state-file`,
  service: `${LABEL_PREFIX}service`,
} as const;

/** Who an environment belongs to: one integration and flavor of one workspace, one run. */
export interface EnvironmentIdentity {
  /** Absolute path of the workspace root. */
  workspace: string;
  integration: string;
  flavor: string;
  /** A fresh id per `install` (or per flavored test run). */
  sessionId: string;
  /** The process that started the environment and cleans it up when it ends. */
  ownerPid: number;
  /** The owner's start time as the OS reports it ('' when unknown). */
  ownerStart: string;
  /** The owner's host name: a sweep only judges owners on its own host. */
  ownerHost: string;
  /**
   * Absolute path of the state file `install` writes once the environment is ready; while it
   * names this session, the environment outlives its owner. '' for environments that must end
   * with their owner (test runs).
   */
  stateFile: string;
}

/** The labels of an environment's objects; `service` is added on containers. */
export function environmentLabels(identity: EnvironmentIdentity, service?: string): Record<string, string> {
  return {
    [LABELS.managed]: 'true',
    [LABELS.workspace]: identity.workspace,
    [LABELS.integration]: identity.integration,
    [LABELS.flavor]: identity.flavor,
    [LABELS.session]: identity.sessionId,
    [LABELS.ownerPid]: String(identity.ownerPid),
    [LABELS.ownerStart]: identity.ownerStart,
    [LABELS.ownerHost]: identity.ownerHost,
    [LABELS.stateFile]: identity.stateFile,
    ...(service ? { [LABELS.service]: service } : {}),
  };
}

/** What a sweep or a cleanup selects: always managed, optionally narrowed. */
export interface EnvironmentSelector {
  workspace?: string;
  integration?: string;
  flavor?: string;
  sessionId?: string;
}

/** Docker `label` filters (`key=value`) for a selector. */
export function labelFilters(selector: EnvironmentSelector): string[] {
  const filters = [`${LABELS.managed}=true`];
  if (selector.workspace !== undefined) filters.push(`${LABELS.workspace}=${selector.workspace}`);
  if (selector.integration !== undefined) filters.push(`${LABELS.integration}=${selector.integration}`);
  if (selector.flavor !== undefined) filters.push(`${LABELS.flavor}=${selector.flavor}`);
  if (selector.sessionId !== undefined) filters.push(`${LABELS.session}=${selector.sessionId}`);
  return filters;
}

/** Reads the identity back from an object's labels; undefined when it is not ours. */
export function identityFromLabels(labels: Record<string, string> | undefined): EnvironmentIdentity | undefined {
  // No session: not an environment object. Intermediate containers of an image build inherit the
  // image's labels (managed, workspace, integration, flavor) and must never be swept mid-build.
  if (!labels || labels[LABELS.managed] !== 'true' || !labels[LABELS.session]) return undefined;
  const ownerPid = Number(labels[LABELS.ownerPid]);
  return {
    workspace: labels[LABELS.workspace] ?? '',
    integration: labels[LABELS.integration] ?? '',
    flavor: labels[LABELS.flavor] ?? '',
    sessionId: labels[LABELS.session] ?? '',
    ownerPid: Number.isInteger(ownerPid) ? ownerPid : 0,
    ownerStart: labels[LABELS.ownerStart] ?? '',
    ownerHost: labels[LABELS.ownerHost] ?? '',
    stateFile: labels[LABELS.stateFile] ?? '',
  };
}
