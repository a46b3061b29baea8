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
  query Node($id: ID!, $locale: Locale!) {
    node(id: $id, locale: $locale) { id ... on Session { title language } }
  }
`;

const newClient = () =>
  new ApolloClient({ cache: new InMemoryCache(), link: new HttpLink({ uri: `${origin}/graphql`, fetch }) });

const session = async (client, locale, fetchPolicy = "cache-first") =>
  (await client.query({ query: SESSION, variables: { slug: SLUG, locale }, fetchPolicy })).data.session;

test("a session asked in English, then French, then English again reads back in the right language", async () => {
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
  assert.notEqual(client.cache.identify(english), client.cache.identify(french));
  const readEnglish = client.readQuery({ query: SESSION, variables: { slug: SLUG, locale: "EN" } });
  const readFrench = client.readQuery({ query: SESSION, variables: { slug: SLUG, locale: "FR" } });
  assert.equal(readEnglish.session.title, ENGLISH);
  assert.equal(readEnglish.session.language, "EN");
  assert.equal(readFrench.session.title, FRENCH);
  assert.equal(readFrench.session.language, "FR");
});

test("node(id:) serves the language its id names, whatever the locale argument", async () => {
  const client = newClient();
  const english = await session(client, "EN", "network-only");
  const french = await session(client, "FR", "network-only");

  const node = async (id, locale) =>
    (await client.query({ query: NODE, variables: { id, locale }, fetchPolicy: "network-only" })).data.node;

  for (const locale of ["EN", "FR"]) {
    const fromFrenchId = await node(french.id, locale);
    const fromEnglishId = await node(english.id, locale);
    assert.equal(fromFrenchId.title, FRENCH, `the French id asked with locale: ${locale}`);
    assert.equal(fromFrenchId.language, "FR", `the French id asked with locale: ${locale}`);
    assert.equal(fromFrenchId.id, french.id);
    assert.equal(fromEnglishId.title, ENGLISH, `the English id asked with locale: ${locale}`);
    assert.equal(fromEnglishId.language, "EN", `the English id asked with locale: ${locale}`);
    assert.equal(fromEnglishId.id, english.id);
  }
});

test("English and French lists read one after the other leave every entry of the other as it was", async () => {
  const client = newClient();
  const list = async (locale) =>
    (await client.query({ query: SESSIONS, variables: { locale } })).data.sessions.nodes.map((s) => [
      s.id,
      s.slug,
      s.title,
      s.language,
    ]);
  const english = await list("EN");
  const french = await list("FR");
  const englishAgain = await list("EN");
  const frenchAgain = await list("FR");

  assert.ok(english.some(([, slug, title]) => slug === SLUG && title === ENGLISH));
  assert.ok(french.some(([, slug, title, language]) => slug === SLUG && title === FRENCH && language === "FR"));
  assert.deepEqual(englishAgain, english, "an English entry was overwritten by the French list in the cache");
  assert.deepEqual(frenchAgain, french, "a French entry was overwritten by the English list in the cache");
  const frenchIds = new Set(french.map(([id]) => id));
  assert.deepEqual(
    english.filter(([id]) => frenchIds.has(id)),
    [],
    "the same id in both lists: the cache keeps one object for both",
  );
});
