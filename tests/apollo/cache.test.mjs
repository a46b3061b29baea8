// Apollo Client's InMemoryCache against the real API: a bilingual site that asks for the same documents in English
// and in French must read each language back from the cache, never one overwritten by the other. The cache keys
// objects by __typename and id, so this holds only if the two versions of a document have different ids.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";

const origin = process.env.API_ORIGIN;
assert.ok(origin, "API_ORIGIN is not set: run tests/apollo/run");

const SLUG = "mindful-digital-detox";
const ENGLISH = "Mindful digital detox";
const FRENCH = "Désintoxication numérique en pleine conscience";

const SESSION = gql`
  query Session($slug: String!, $locale: Locale!) {
    session(slug: $slug, locale: $locale) { id title language }
  }
`;

const SESSIONS = gql`
  query Sessions($locale: Locale!) {
    sessions(first: 20, locale: $locale) { nodes { id slug title language } }
  }
`;

const NODE = gql`
  query Node($id: ID!) {
    node(id: $id) { id ... on Session { title language } }
  }
`;

const newClient = () =>
  new ApolloClient({ cache: new InMemoryCache(), link: new HttpLink({ uri: `${origin}/graphql`, fetch }) });

const session = async (client, locale, fetchPolicy = "cache-first") =>
  (await client.query({ query: SESSION, variables: { slug: SLUG, locale }, fetchPolicy })).data.session;

test("the same session asked in English, then French, then English again reads back in the right language", async () => {
  const client = newClient();

  const english = await session(client, "EN");
  const french = await session(client, "FR");
  const englishAgain = await session(client, "EN");

  assert.equal(english.title, ENGLISH);
  assert.equal(english.language, "EN");
  assert.equal(french.title, FRENCH);
  assert.equal(french.language, "FR");
  assert.equal(englishAgain.title, ENGLISH, "the English session was overwritten by the French one in the cache");
  assert.equal(englishAgain.language, "EN");
  assert.notEqual(english.id, french.id);
});

test("both versions are in the cache under their own ids, each with its own fields", async () => {
  const client = newClient();
  const english = await session(client, "EN");
  const french = await session(client, "FR");

  const fragment = gql`fragment Title on Session { title language }`;
  const cachedEnglish = client.cache.readFragment({ id: client.cache.identify(english), fragment });
  const cachedFrench = client.cache.readFragment({ id: client.cache.identify(french), fragment });

  assert.deepEqual({ ...cachedEnglish }, { __typename: "Session", title: ENGLISH, language: "EN" });
  assert.deepEqual({ ...cachedFrench }, { __typename: "Session", title: FRENCH, language: "FR" });
  const read = client.readQuery({ query: SESSION, variables: { slug: SLUG, locale: "EN" } });
  assert.equal(read.session.title, ENGLISH);
});

test("node(id:) serves the language its id names", async () => {
  const client = newClient();
  const english = await session(client, "EN", "network-only");
  const french = await session(client, "FR", "network-only");

  const fromFrenchId = (await client.query({ query: NODE, variables: { id: french.id }, fetchPolicy: "network-only" }))
    .data.node;
  const fromEnglishId = (
    await client.query({ query: NODE, variables: { id: english.id }, fetchPolicy: "network-only" })
  ).data.node;

  assert.equal(fromFrenchId.title, FRENCH);
  assert.equal(fromEnglishId.title, ENGLISH);
});

test("a French list read after the English one leaves every English entry as it was", async () => {
  const client = newClient();
  const english = (await client.query({ query: SESSIONS, variables: { locale: "EN" } })).data.sessions.nodes;
  await client.query({ query: SESSIONS, variables: { locale: "FR" } });
  const englishAgain = (await client.query({ query: SESSIONS, variables: { locale: "EN" } })).data.sessions.nodes;

  assert.ok(english.some((s) => s.slug === SLUG));
  assert.deepEqual(
    englishAgain.map((s) => [s.slug, s.title, s.language]),
    english.map((s) => [s.slug, s.title, s.language]),
  );
});
