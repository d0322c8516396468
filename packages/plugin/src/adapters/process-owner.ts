import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type { OwnerFacts } from '../environments/sweep';

/** A process's start time in clock ticks since boot (Linux), or '' where /proc is missing. */
export function processStartTime(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; fields after its closing parenthesis are fixed.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

/** This process as the owner of the environments it starts. */
export function currentOwner(): { ownerPid: number; ownerStart: string; ownerHost: string } {
  return { ownerPid: process.pid, ownerStart: processStartTime(process.pid), ownerHost: hostname() };
}

/** Whether a process runs, and is the same one (not a recycled pid) when its start time is known. */
export function isProcessAlive(pid: number, start: string): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const actual = processStartTime(pid);
  return !start || !actual || actual === start;
}

/** The facts a sweep judges by, read from this machine. */
export function machineOwnerFacts(): OwnerFacts {
  return {
    hostName: hostname(),
    isAlive: isProcessAlive,
    recordedSession(stateFile) {
      if (!stateFile || !existsSync(stateFile)) return undefined;
      try {
        return (JSON.parse(readFileSync(stateFile, 'utf8')) as { sessionId?: string }).sessionId;
      } catch {
        return undefined;
      }
    },
  };
}
