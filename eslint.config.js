// ESLint for the TypeScript in src/ and tests/ (`npm run lint`; .ci/run runs it before the tests).
// Recommended rules, plus the few that catch real mistakes here. No formatting rules: a formatter
// is a separate change.
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'

export default defineConfig(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**', '**/*.js', '**/*.mjs', '**/*.cjs', '**/*.d.mts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    // Type-aware (the project's tsconfig.json) for no-floating-promises: an un-awaited write or
    // assertion passes silently. It costs about 8 s of the ~20 s `npm run lint` takes on 2 cores.
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      // `const { content: _omit, ...rest } = x` is how a field is dropped from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }]
    }
  },
  {
    files: ['src/**/*.ts'],
    // The terminal front ends print; everything else reports through a Reporter or the plan.
    ignores: ['src/cli/**', 'src/simulate/**'],
    rules: { 'no-console': 'error' }
  }
)
