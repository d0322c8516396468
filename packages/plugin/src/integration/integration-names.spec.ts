import { deriveIntegrationNames } from './integration-names';

describe('deriveIntegrationNames', () => {
  it('derives every name from a snake-case folder name', () => {
    expect(deriveIntegrationNames('my_integration')).toEqual({
      name: 'my_integration',
      module: 'my_integration',
      distribution: 'datadog-my-integration',
      wheelPrefix: 'datadog_my_integration',
      className: 'MyIntegrationCheck',
      displayName: 'My Integration',
      metricPrefix: 'my_integration',
    });
  });

  it('keeps an explicit display name and maps dashed folders of existing integrations', () => {
    const names = deriveIntegrationNames('apache-apisix', '  Apache APISIX ');
    expect(names.displayName).toBe('Apache APISIX');
    expect(names.module).toBe('apache_apisix');
    expect(names.distribution).toBe('datadog-apache-apisix');
  });
});
