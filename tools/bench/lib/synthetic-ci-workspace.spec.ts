import { affectedIntegrations, jobSeconds, seededRandom, syntheticWorkspace } from './synthetic-ci-workspace';

describe('the synthetic workspace of the CI plan bench', () => {
  it('is the same for the same seed, with 1 to 5 flavors and durations in their ranges', () => {
    const a = syntheticWorkspace(50, 1);
    expect(syntheticWorkspace(50, 1)).toEqual(a);
    for (const integration of a.integrations) {
      const flavors = integration.tasks.filter((t) => t.target.startsWith('test--'));
      expect(flavors.length).toBeGreaterThanOrEqual(1);
      expect(flavors.length).toBeLessThanOrEqual(5);
      for (const f of flavors) expect(a.durations.get(f.id)).toBeGreaterThanOrEqual(60);
      for (const f of flavors) expect(a.durations.get(f.id)).toBeLessThanOrEqual(900);
    }
  });

  it('affects the fraction asked for, and counts a shared dependency once per job', () => {
    const ws = syntheticWorkspace(300, 2);
    expect(affectedIntegrations(ws.integrations, 0.1, 3)).toHaveLength(30);
    const [one] = ws.integrations;
    const flavors = one!.tasks.filter((t) => t.dependencies.length > 0);
    const setup = ws.durations.get(`${one!.name}:setup`)!;
    const sum = flavors.reduce((s, t) => s + ws.durations.get(t.id)!, 0);
    expect(jobSeconds(flavors, ws.durations)).toBeCloseTo(sum + setup);
    expect(seededRandom(5)()).toBe(seededRandom(5)());
  });
});
