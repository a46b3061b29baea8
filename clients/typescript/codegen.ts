// graphql-codegen: TypeScript types of the published schema and of the trusted documents, written to generated/
// (committed; `run` fails when they are stale). Paths are relative to this folder: run it from here (npm run codegen).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: '../../persisted/*.graphql',
  // Shared by every output. A trusted document that does not validate against the schema fails generation.
  config: {
    // Every custom scalar of schema.graphql, as JSON carries it. A new scalar fails generation until it is added here.
    strictScalars: true,
    scalars: {
      // An instant as ISO 8601 with its UTC offset, e.g. 2023-12-05T19:00:00-05:00.
      DateTime: 'string',
      // A calendar date, ISO 8601, e.g. 2026-10-01.
      Date: 'string',
    },
    // Enums as unions of string literals: no runtime code, and the values are the JSON ones.
    enumsAsTypes: true,
    useTypeImports: true,
  },
  generates: {
    // Every type of the schema: objects, interfaces, enums, inputs.
    'generated/schema.ts': {
      plugins: ['typescript'],
    },
    // Per trusted document: its result and variables types, and a TypedDocumentNode for Apollo Client or urql.
    'generated/operations.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { importSchemaTypesFrom: './generated/schema.ts' },
    },
    // Per trusted document: its id from persisted/manifest.json, typed with its result and variables.
    'generated/trusted-documents.ts': {
      plugins: ['./trusted-document-ids.cjs'],
      config: { manifest: '../../persisted/manifest.json', typesFrom: './operations' },
    },
  },
};

export default config;
