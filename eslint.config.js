import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Everything under these folders ships to the browser: it must stay free of Node and of the
// build-time geometry/validation libraries (DESIGN.md: "the browser never loads turf or zod").
const browserFolders = [
  'src/app/**',
  'src/style/**',
  'src/embed/**',
  'src/model/**',
  'src/map/**',
  'src/ui/**',
  'src/main.ts',
];

export default tseslint.config(
  { ignores: ['dist/', 'public/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // tsconfig's noUncheckedIndexedAccess types every a[i] as possibly undefined; in index loops
      // whose bounds are known, `a[i]!` says so more plainly than a runtime check would.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Render data with textContent; never assign innerHTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name='outerHTML']",
          message: 'Render data with textContent; never assign outerHTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Build elements and set textContent; never insert markup.',
        },
      ],
    },
  },
  {
    // Small files named after what they export, functions that fit on a screen (issue 14): past
    // these sizes a file or function is doing several things, and a newcomer cannot find the room.
    files: ['src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'max-lines': ['error', { max: 350 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
  {
    files: browserFolders,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path'], message: 'Browser code cannot use Node modules.' },
            {
              group: [
                '@turf/*',
                'zod',
                'mapshaper',
                'polygon-clipping',
                'polylabel',
                '**/pipeline/**',
              ],
              message: 'Geometry and validation happen at build time (src/pipeline).',
            },
          ],
        },
      ],
    },
  },
  {
    // The one exception: comparing two days clips their held areas in the browser, for any pair of
    // the ~300,000 the timeline allows. App code imports this module only with import(), so it and
    // polygon-clipping stay out of the first view (the bench checks the entry chunk).
    files: ['src/model/change-between.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path'], message: 'Browser code cannot use Node modules.' },
            {
              group: ['@turf/*', 'zod', 'mapshaper', 'polylabel', '**/pipeline/**'],
              message: 'Geometry and validation happen at build time (src/pipeline).',
            },
          ],
        },
      ],
    },
  },
);
