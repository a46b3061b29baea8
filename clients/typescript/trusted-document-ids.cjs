'use strict';
// A graphql-codegen plugin (see codegen.ts): the id of every trusted document, from persisted/manifest.json, typed
// with the result and variables of its operation, so that a client sends `documentId` with the types it answers to.
// Generation fails, as the server's start does, when a document is not in the manifest, when the manifest lists a
// file that is not a document, or when an id is not the sha256 of its file's UTF-8 text. It also fails when a file
// does not hold exactly one named operation, or the name is not PascalCase (the type names are built from it).
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const path = require('node:path');

const suffixes = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' };

/**
 * @param {import('graphql').GraphQLSchema} _schema
 * @param {Array<{ location?: string, document?: import('graphql').DocumentNode }>} documents
 * @param {{ manifest: string, typesFrom: string }} config  manifest: relative to the working folder.
 */
function plugin(_schema, documents, config) {
  if (!config.manifest || !config.typesFrom) {
    throw new Error('trusted-document-ids: set "manifest" and "typesFrom" in its config.');
  }

  const manifestPath = path.resolve(config.manifest);
  const directory = path.dirname(manifestPath);
  const shown = (file) => path.relative(process.cwd(), file) || file;
  const entries = JSON.parse(readFileSync(manifestPath, 'utf8')).documents;
  if (!Array.isArray(entries)) {
    throw new Error(`${shown(manifestPath)}: expected {"documents": [...]}.`);
  }

  /** @type {Map<string, string>} file (absolute) to id */
  const ids = new Map();
  for (const entry of entries) {
    if (typeof entry?.id !== 'string' || typeof entry?.file !== 'string') {
      throw new Error(`${shown(manifestPath)}: every document needs an "id" and a "file".`);
    }

    ids.set(path.resolve(directory, entry.file), entry.id);
  }

  const operations = [];
  const located = documents
    .map((document) => ({ ...document, location: path.resolve(document.location ?? '') }))
    .sort((a, b) => (a.location < b.location ? -1 : a.location > b.location ? 1 : 0));
  for (const document of located) {
    const file = document.location;
    const id = ids.get(file);
    if (id === undefined) {
      throw new Error(`${shown(file)} is not listed in ${shown(manifestPath)}: the server would not run it by id.`);
    }

    ids.delete(file);
    // As the server reads it (File.ReadAllText drops a byte order mark), hashed as UTF-8.
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const actual = `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
    if (actual !== id) {
      throw new Error(
        `${shown(file)} has the id ${actual}, not ${id}: a changed document needs a new id in ${shown(manifestPath)}.`,
      );
    }

    const definitions = (document.document?.definitions ?? []).filter(
      (definition) => definition.kind === 'OperationDefinition',
    );
    const operation = definitions[0];
    if (definitions.length !== 1 || operation?.kind !== 'OperationDefinition' || !operation.name) {
      throw new Error(`${shown(file)}: a trusted document holds exactly one named operation.`);
    }

    const name = operation.name.value;
    if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) {
      throw new Error(`${shown(file)}: name the operation in PascalCase, not ${name} (type names are built from it).`);
    }

    if (operations.some((known) => known.name === name)) {
      throw new Error(`${shown(file)}: another trusted document already names its operation ${name}.`);
    }

    const types = `${name}${suffixes[operation.operation]}`;
    operations.push({ name, id, kind: operation.operation, file: path.relative(path.dirname(directory), file), types });
  }

  for (const file of ids.keys()) {
    throw new Error(`${shown(manifestPath)} lists ${shown(file)}, which is not among the documents codegen read.`);
  }

  const imports = operations.flatMap((operation) => [operation.types, `${operation.types}Variables`]).sort();
  const lines = [
    `// The trusted documents of ${path.relative(path.dirname(directory), manifestPath)}, by operation.`,
    'import type {',
    ...imports.map((name) => `  ${name},`),
    `} from '${config.typesFrom}';`,
    '',
    'declare const trustedDocument: unique symbol;',
    '',
    '/**',
    ' * The id of a trusted document (`sha256:` and the hex sha256 of its file), carrying the types of its result and',
    ' * variables. Send it as `documentId`, in a POST body or a GET query string, instead of a query.',
    ' */',
    'export type TrustedDocumentId<TResult, TVariables> = string & {',
    '  readonly [trustedDocument]: [TResult, TVariables];',
    '};',
    '',
    '/** The result type of a trusted document id. */',
    'export type TrustedResultOf<T> = T extends TrustedDocumentId<infer TResult, unknown> ? TResult : never;',
    '',
    '/** The variables type of a trusted document id. */',
    'export type TrustedVariablesOf<T> = T extends TrustedDocumentId<unknown, infer TVariables> ? TVariables : never;',
  ];
  for (const operation of operations) {
    lines.push(
      '',
      `/** ${operation.file}: ${operation.kind} ${operation.name}. */`,
      `export const ${operation.name}DocumentId = (`,
      `  '${operation.id}'`,
      `) as TrustedDocumentId<${operation.types}, ${operation.types}Variables>;`,
    );
  }

  lines.push(
    '',
    '/** Every trusted document id by operation name, for a client that finds it by name (e.g. a custom fetch). */',
    'export const trustedDocumentIds = {',
    ...operations.map((operation) => `  ${operation.name}: ${operation.name}DocumentId,`),
    '} as const;',
    '',
  );
  return lines.join('\n');
}

module.exports = { plugin };
