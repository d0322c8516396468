import { createHash } from 'node:crypto';
import { LABELS } from './labels';

/** The label docker compose puts on every container, network and volume of a project. */
export const COMPOSE_PROJECT_LABEL = 'com.docker.compose.project';

/** How every compose project name this plugin gives starts. */
export const COMPOSE_PREFIX = 'ddplugin-';
/** `ddplugin-<host tag>-<owner pid>-<owner start>-<what>`: compose names allow [a-z0-9_-]. */
const PROJECT = /^ddplugin-([0-9a-f]{8})-(\d+)-(\d*)-[a-z0-9_-]+$/;

/** Eight hex digits standing for a host name, so that a shared engine's other hosts are never judged. */
export function hostTag(hostName: string): string {
  return createHash('sha256').update(hostName).digest('hex').slice(0, 8);
}

/**
 * The COMPOSE_PROJECT_NAME a test process gets, so that what its fixtures start with docker
 * compose (datadog_checks.dev's docker_run reads it) carries its owner: a sweep removes the
 * project once the owner is gone, as it removes the environments this plugin starts.
 */
export function composeProjectName(
  owner: { ownerPid: number; ownerStart: string; ownerHost: string },
  what: string,
): string {
  const tail = what.toLowerCase().replace(/[^a-z0-9_-]+/g, '-') || 'tests';
  return `${COMPOSE_PREFIX}${hostTag(owner.ownerHost)}-${owner.ownerPid}-${owner.ownerStart.replace(/\D/g, '')}-${tail}`;
}

/**
 * The labels of a compose object, with this plugin's ownership labels added when its project is
 * one `composeProjectName` made; the labels as they are otherwise. The project is the session:
 * an object of a project of a process that still runs is kept, and one whose owner is gone swept.
 */
export function withComposeOwnership(labels: Record<string, string>, hostName: string): Record<string, string> {
  const project = labels[COMPOSE_PROJECT_LABEL];
  const match = project === undefined ? null : PROJECT.exec(project);
  if (!match || labels[LABELS.managed] === 'true') return labels;
  return {
    ...labels,
    [LABELS.managed]: 'true',
    [LABELS.session]: project!,
    [LABELS.ownerPid]: match[2]!,
    [LABELS.ownerStart]: match[3]!,
    [LABELS.ownerHost]: match[1] === hostTag(hostName) ? hostName : `another host (${match[1]})`,
    [LABELS.stateFile]: '',
  };
}
