// Type-aware lint. Only the edge files (they register or render) import `vscode`; everything else in src/ is
// plain TypeScript. Only the sdk*.ts adapters in src/aws import the AWS SDK.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noVscode = {
  name: 'vscode',
  message: 'Domain code stays free of vscode: put this in a file that registers or renders.',
  allowTypeImports: true,
};
/** The only files that may import vscode: they register or render. */
const EDGE_FILES = [
  'src/extension.ts',
  'src/ui/vscode*.ts',
  'src/tree/lambdaTreeProvider.ts',
  'src/webviews/webviewPanels.ts',
  'src/commands/registerCommands.ts',
];
const SDK_FILES = ['src/aws/sdkLambdaService.ts', 'src/aws/sdkClientFactory.ts', 'src/aws/sdkS3Upload.ts'];
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
    ignores: [...SDK_FILES, ...EDGE_FILES],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [noVscode], patterns: [noSdk] }],
    },
  },
  {
    files: EDGE_FILES,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [noSdk] }] },
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
