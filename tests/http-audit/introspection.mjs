// Usage: node introspection.mjs http://127.0.0.1:5000/graphql
// Sends graphql-js's own introspection query with input-value deprecation, as some code generators and IDEs do, and
// builds a client schema from the answer. (Its specifiedByUrl and directiveIsRepeatable options ask for fields
// GraphQL.NET 8 does not have; the README says so.) Exit code 1 if either step fails.
import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';

const url = process.argv[2];
const query = getIntrospectionQuery({ descriptions: true, schemaDescription: true, inputValueDeprecation: true });
const response = await fetch(url, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const { data, errors } = await response.json();
if (errors) {
  console.error(`INTROSPECTION REFUSED: ${JSON.stringify(errors)}`);
  process.exit(1);
}
const schema = buildClientSchema(data);
console.log(`INTROSPECTION OK: ${Object.keys(schema.getTypeMap()).length} types, ${printSchema(schema).split('\n').length} lines of SDL`);
