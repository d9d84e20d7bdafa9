// Type-aware lint. The domain folders (aws/ layers/ tree/ nodes, webviews protocol+html) stay free of
// `vscode`, and only src/aws/sdkLambdaService.ts may import the AWS SDK.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noVscode = {
  name: 'vscode',
  message: 'Domain code stays free of vscode: put this in a file that registers or renders.',
  allowTypeImports: true,
};
const noSdk = {
  group: ['@aws-sdk/client-lambda'],
  message: 'Only src/aws/sdkLambdaService.ts talks to the AWS SDK.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'out',
      '.vscode-test',
      '.test-artifacts',
      'scripts/**',
      'esbuild.js',
      'test/fixtures/**',
      'eslint.config.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/aws/sdkLambdaService.ts', 'src/aws/sdkClientFactory.ts', 'src/aws/sdkS3Upload.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [noSdk] }] },
  },
  {
    files: [
      'src/aws/**/*.ts',
      'src/layers/**/*.ts',
      'src/tree/nodes/**/*.ts',
      'src/tree/pager.ts',
      'src/webviews/protocol.ts',
      'src/webviews/html.ts',
    ],
    ignores: ['src/aws/sdkLambdaService.ts', 'src/aws/sdkClientFactory.ts', 'src/aws/sdkS3Upload.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [noVscode], patterns: [noSdk] }],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
