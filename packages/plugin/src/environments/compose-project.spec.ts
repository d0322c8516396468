import { COMPOSE_PROJECT_LABEL, composeProjectName, hostTag, withComposeOwnership } from './compose-project';
import { identityFromLabels } from './labels';
import { staleObjects, type OwnerFacts } from './sweep';

const OWNER = { ownerPid: 4242, ownerStart: '98765', ownerHost: 'builder' };

describe('compose projects of test runs', () => {
  it('names the project after its owner, in the characters compose allows', () => {
    expect(composeProjectName(OWNER, 'rundeck-py3.13-5.18.0')).toBe(
      `ddplugin-${hostTag('builder')}-4242-98765-rundeck-py3-13-5-18-0`,
    );
  });

  it("reads the owner back from a project's label, so that a sweep judges it as its own environments", () => {
    const project = composeProjectName(OWNER, 'boxed-tests');
    const identity = identityFromLabels(withComposeOwnership({ [COMPOSE_PROJECT_LABEL]: project }, 'builder'));
    expect(identity).toMatchObject({
      sessionId: project,
      ownerPid: 4242,
      ownerStart: '98765',
      ownerHost: 'builder',
      stateFile: '',
    });
  });

  it('leaves the projects of others, and of other hosts, alone', () => {
    expect(withComposeOwnership({ [COMPOSE_PROJECT_LABEL]: 'rundeck' }, 'builder')).toEqual({
      [COMPOSE_PROJECT_LABEL]: 'rundeck',
    });
    const elsewhere = withComposeOwnership({ [COMPOSE_PROJECT_LABEL]: composeProjectName(OWNER, 'x') }, 'laptop');
    const facts: OwnerFacts = { hostName: 'laptop', isAlive: () => false, recordedSession: () => undefined };
    expect(staleObjects([{ kind: 'container', id: 'c', name: 'c', labels: elsewhere }], facts)).toEqual([]);
  });

  it('sweeps a project whose owner is gone, and keeps one whose owner runs', () => {
    const labels = withComposeOwnership({ [COMPOSE_PROJECT_LABEL]: composeProjectName(OWNER, 'x') }, 'builder');
    const objects = [
      { kind: 'network' as const, id: 'n', name: 'n', labels },
      { kind: 'container' as const, id: 'c', name: 'c', labels },
    ];
    const facts = (alive: boolean): OwnerFacts => ({
      hostName: 'builder',
      isAlive: () => alive,
      recordedSession: () => undefined,
    });
    expect(staleObjects(objects, facts(false)).map((o) => o.id)).toEqual(['c', 'n']);
    expect(staleObjects(objects, facts(true))).toEqual([]);
  });
});
