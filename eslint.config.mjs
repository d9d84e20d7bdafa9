// Type-aware lint, plus the layering rules of the build (the static tier fails on any of them):
//  - `vscode` (value or type import) only in the edge files that register or render (EDGE below);
//  - the AWS SDK (`@aws-sdk/*`, `@smithy/*`) only in src/aws/sdk*.ts, the one door to AWS;
//  - no import cycles in src/: checked by dependency-cruiser (.dependency-cruiser.cjs, `npm run lint:cycles`).
// test/static/ feeds files that break each rule to this configuration and checks that they fail.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The only files that may import `vscode`. */
const EDGE = [
  'src/extension.ts',
  'src/ui/vscode*.ts',
  'src/tree/lambdaTreeProvider.ts',
  'src/webviews/webviewPanels.ts',
];
/** The only files that may import the AWS SDK. */
const SDK = ['src/aws/sdk*.ts'];

// Type imports are refused as well: a domain file that names a vscode or SDK type is tied to it all the same.
const noVscode = {
  name: 'vscode',
  message:
    'Only the edge files (extension.ts, ui/vscode*.ts, tree/lambdaTreeProvider.ts, webviews/webviewPanels.ts) import vscode: pass a port or plain data instead.',
};
const noSdk = {
  group: ['@aws-sdk/*', '@smithy/*'],
  message: 'Only src/aws/sdk*.ts talk to the AWS SDK: use the LambdaService / ArtifactStore domain types.',
};
/** The same for `import('…')` and `require('…')`, which the import rule does not see. */
const dynamicVscode = ['ImportExpression', "CallExpression[callee.name='require']"].map((call) => ({
  selector: `${call} > Literal[value='vscode']`,
  message: noVscode.message,
}));
const dynamicSdk = ['ImportExpression', "CallExpression[callee.name='require']"].map((call) => ({
  selector: `${call} > Literal[value=/^@(aws-sdk|smithy)\\W/]`,
  message: noSdk.message,
}));
const restrict = (opts, dynamic) => ({
  '@typescript-eslint/no-restricted-imports': ['error', opts],
  'no-restricted-syntax': ['error', ...dynamic],
});

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
      '.dependency-cruiser.cjs',
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
  // Later blocks replace the rule's options for their files: EDGE and SDK are disjoint.
  {
    files: ['src/**/*.ts'],
    rules: restrict({ paths: [noVscode], patterns: [noSdk] }, [...dynamicVscode, ...dynamicSdk]),
  },
  { files: EDGE, rules: restrict({ patterns: [noSdk] }, dynamicSdk) },
  { files: SDK, rules: restrict({ paths: [noVscode] }, dynamicVscode) },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
