import type { EnvironmentEngine } from './environment-engine';

/**
 * An engine that connects on its first call, once, and forwards every call to the connected
 * engine. Commands on an integration without services then never need a daemon, and a run that
 * does need one connects a single time. A failed connection fails that call and every later one.
 */
export function connectOnFirstUse(connect: () => Promise<EnvironmentEngine>): EnvironmentEngine {
  let connecting: Promise<EnvironmentEngine> | undefined;
  const engine = () => (connecting ??= connect());
  return {
    prepareImage: async (...args) => (await engine()).prepareImage(...args),
    createNetwork: async (...args) => (await engine()).createNetwork(...args),
    createVolume: async (...args) => (await engine()).createVolume(...args),
    startContainer: async (...args) => (await engine()).startContainer(...args),
    endpoints: async (...args) => (await engine()).endpoints(...args),
    probe: async (...args) => (await engine()).probe(...args),
    logTail: async (...args) => (await engine()).logTail(...args),
    exec: async (...args) => (await engine()).exec(...args),
    list: async (...args) => (await engine()).list(...args),
    remove: async (...args) => (await engine()).remove(...args),
  };
}
