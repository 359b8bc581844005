import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    // Generated files are checked for drift instead (see .ci/run).
    ignores: [
      'node_modules/',
      '.next/',
      'data/',
      'next-env.d.ts',
      'src/payload-types.ts',
      'src/app/(payload)/',
      'src/migrations/',
      'bench/results/',
      'test-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: false } }],
      // Turbopack (next build) cannot map "./x.js" to x.ts, so relative imports name no extension.
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^\\.{1,2}/.*\\.js$', message: 'Import without the .js extension.' }],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
