// ESLint for the workspace's own TypeScript: typescript-eslint's recommended rules through Nx's
// flat configs, Nx's module boundaries between projects, the dependency checks of the plugin's
// package.json, and Nx's checks of a plugin's executors.json / generators.json.
import nx from '@nx/eslint-plugin';
import jsoncParser from 'jsonc-eslint-parser';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/.nx/',
      '**/.dd/',
      'integrations/',
      '**/generators/*/files/',
      '**/__fixtures__/',
    ],
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { allow: [], depConstraints: [{ sourceTag: '*', onlyDependOnLibsWithTags: ['*'] }] },
      ],
      // A non-null assertion states a fact the types cannot carry (a key set just before): allowed.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Jest configurations extend the workspace's preset by path.
    files: ['**/jest.config.js'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['packages/plugin/package.json', 'packages/plugin/executors.json', 'packages/plugin/generators.json'],
    languageOptions: { parser: jsoncParser },
    rules: {
      // @swc-node/register loads the plugin's TypeScript only where it runs from source (this
      // workspace, which installs it); the published package is compiled.
      '@nx/dependency-checks': [
        'error',
        {
          ignoredFiles: ['{projectRoot}/**/*.spec.ts', '{projectRoot}/jest.config.js'],
          ignoredDependencies: ['@swc-node/register'],
        },
      ],
      '@nx/nx-plugin-checks': 'error',
    },
  },
];
