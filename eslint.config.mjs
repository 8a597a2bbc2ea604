import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import zhucun from './eslint-rules/index.mjs'
import { AS_UNKNOWN_AS } from './eslint-rules/restricted-syntax.mjs'
import { BASELINE } from './eslint-baseline.mjs'

/**
 * The house rules (docs/conventions.md) as lint rules. Syntax-only (no type information), so the whole
 * tree lints in well under a minute; the compiler does the typed checks (`npm run typecheck`).
 * Formatting is prettier's (`.prettierrc.json`); nothing here is about layout.
 */
export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'cloudfunctions/dist/',
      '.cache/',
      '.data/',
      '.swc/',
      'coverage/',
      '**/*.js',
      'test/fixtures/',
    ],
  },
  {
    // Rules are the same for everyone: a disable comment is refused (zhucun/no-lint-comments) and ignored.
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: { zhucun, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'zhucun/no-lint-comments': 'error',
      'zhucun/no-cross-function-import': 'error',
      'zhucun/no-server-import-in-app': 'error',
      'zhucun/collection-owner': 'error',
      'zhucun/no-where-id': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'no-restricted-syntax': ['error', ...AS_UNKNOWN_AS],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: [
      'cloudfunctions/**/*.ts',
      'emulator/**/*.ts',
      'scripts/**/*.ts',
      'bench/**/*.ts',
      'config/**/*.ts',
      'eslint-rules/**/*.mjs',
      '*.mjs',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    // The local cloud loads function bundles and the SDK afresh per instance, which only require() can do.
    files: ['emulator/**/*.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The local cloud's database tests pin the SDK's behaviour for every query shape, where({ _id }) included.
    files: ['test/emulator/**/*.ts'],
    rules: { 'zhucun/no-where-id': 'off' },
  },
  ...BASELINE,
)
