// What a front-end team writes with the generated types: run a trusted document by its id with plain fetch, no
// GraphQL client library, and get its result typed. Checked by `tsc --strict --noEmit` in CI (./run); not run.
import type { PartnerListingQuery } from './generated/operations';
import type { Locale } from './generated/schema';
import { PartnerListingDocumentId, trustedDocumentIds, type TrustedDocumentId } from './generated/trusted-documents';

/** An error of a GraphQL response; `extensions.code` says which (e.g. DOCUMENT_NOT_FOUND). */
export interface GraphQLError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: ReadonlyArray<GraphQLError>;
}

export class GraphQLRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ReadonlyArray<GraphQLError>,
  ) {
    const messages = errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`);
    super(messages.join('\n') || `HTTP ${status}`);
  }
}

/**
 * Runs a trusted document by id: a POST of `{ documentId, variables }` (the server also takes
 * `GET /graphql?documentId=…&variables=…`, which CDNs can cache; see trustedDocumentUrl). The variables are checked
 * against the document's, and the result has its type, both from the id alone.
 */
export async function runTrustedDocument<TResult, TVariables>(
  endpoint: string,
  documentId: TrustedDocumentId<TResult, TVariables>,
  variables: NoInfer<TVariables>,
  signal?: AbortSignal,
): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ documentId, variables }),
    ...(signal ? { signal } : {}),
  });
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) {
    throw new GraphQLRequestError(response.status, []);
  }

  const body = (await response.json()) as GraphQLResponse<TResult>;
  // Any error fails the whole call: these documents ask for nothing that may partly fail.
  if (body.errors?.length || body.data == null) {
    throw new GraphQLRequestError(response.status, body.errors ?? []);
  }

  return body.data;
}

/** The GET URL of a trusted document, short and cacheable (`Cache-Control: public`, `ETag`). */
export function trustedDocumentUrl<TResult, TVariables>(
  endpoint: string,
  documentId: TrustedDocumentId<TResult, TVariables>,
  variables: NoInfer<TVariables>,
): string {
  const url = new URL(endpoint);
  url.searchParams.set('documentId', documentId);
  url.searchParams.set('variables', JSON.stringify(variables));
  return url.toString();
}

export type PartnerSession = PartnerListingQuery['upcomingSessions']['nodes'][number];

/** Every upcoming session of a topic, page after page (20 a page), in the reader's language and time zone. */
export async function upcomingSessionsOf(
  endpoint: string,
  topic: string,
  locale: Locale,
  timeZone: string,
): Promise<PartnerSession[]> {
  const sessions: PartnerSession[] = [];
  let after: string | null = null;
  do {
    // Annotated only because `after` loops back into the variables; the call alone infers PartnerListingQuery.
    const variables = { topic, after, locale, timeZone };
    const page: PartnerListingQuery = await runTrustedDocument(endpoint, PartnerListingDocumentId, variables);
    sessions.push(...page.upcomingSessions.nodes);
    after = page.upcomingSessions.pageInfo.hasNextPage ? page.upcomingSessions.pageInfo.endCursor : null;
  } while (after !== null);

  return sessions;
}

/** One line of a listing: `Tues., Dec. 5, 2023, 7 PM ET (your time: …): Sleep, part 1 (Cancelled)`. */
export function describe(session: PartnerSession): string {
  // DateTime is an ISO 8601 string with its UTC offset: Date reads it as the right instant.
  const minutes = (Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 60_000;
  const part = session.series && session.part !== null ? `, part ${session.part}` : '';
  const status = session.status === 'SCHEDULED' ? '' : ` (${session.status.toLowerCase()})`;
  const facilitators = session.facilitators.map((facilitator) => facilitator.name).join(', ');
  return `${session.displayTime} (your time: ${session.viewerTime}): ${session.title}${part}${status}, `
    + `${minutes} min, with ${facilitators}`;
}

/**
 * A fetch for Apollo Client's HttpLink or urql's Client (`fetch: trustedFetch`): it sends the id of the trusted
 * document the operation names instead of the operation's text, in a POST body or a GET URL, so that a server that
 * runs only trusted documents (PersistedQueries:TrustedOnly) answers. The library holds the TypedDocumentNode
 * (e.g. PartnerListingDocument of generated/operations.ts), which types `useQuery`; an operation that is not a
 * trusted document fails here, before any request.
 */
export const trustedFetch: typeof fetch = async (input, init) => {
  if (input instanceof Request) {
    throw new TypeError('trustedFetch takes a URL and options, as Apollo Client and urql call it.');
  }

  const ids: Readonly<Record<string, string>> = trustedDocumentIds;
  const idOf = (operationName: string | null | undefined): string => {
    const id = operationName ? ids[operationName] : undefined;
    if (id === undefined) {
      const name = operationName ?? 'An anonymous operation';
      throw new Error(`${name} is not a trusted document (persisted/manifest.json).`);
    }

    return id;
  };

  if (typeof init?.body === 'string') {
    const { operationName, variables } = JSON.parse(init.body) as { operationName?: string; variables?: unknown };
    const body = JSON.stringify({ documentId: idOf(operationName), operationName, variables });
    return fetch(input, { ...init, body });
  }

  const url = new URL(input, typeof location === 'undefined' ? undefined : location.href);
  if (url.searchParams.has('query')) {
    url.searchParams.set('documentId', idOf(url.searchParams.get('operationName')));
    url.searchParams.delete('query');
    url.searchParams.delete('extensions');
  }

  return fetch(url, init);
};
