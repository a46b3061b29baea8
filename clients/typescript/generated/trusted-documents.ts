// The trusted documents of persisted/manifest.json, by operation.
import type { CrisisLinesQuery, CrisisLinesQueryVariables, PartnerListingQuery, PartnerListingQueryVariables, SessionPageQuery, SessionPageQueryVariables, WellnessSessionsQuery, WellnessSessionsQueryVariables } from './operations';

declare const trustedDocument: unique symbol;

/**
 * The id of a trusted document (`sha256:` and the hex sha256 of its file), carrying the types of its result and
 * variables. Send it as `documentId`, in a POST body or a GET query string, instead of a query.
 */
export type TrustedDocumentId<TResult, TVariables> = string & { readonly [trustedDocument]: [TResult, TVariables] };

/** The result type of a trusted document id. */
export type TrustedResultOf<T> = T extends TrustedDocumentId<infer TResult, unknown> ? TResult : never;

/** The variables type of a trusted document id. */
export type TrustedVariablesOf<T> = T extends TrustedDocumentId<unknown, infer TVariables> ? TVariables : never;

/** persisted/crisis-lines.graphql: query CrisisLines. */
export const CrisisLinesDocumentId = 'sha256:acc9611a5f4cfe28c5fb45d6971b9578fb27eb0e13f804440d20da0cc75cd69b' as TrustedDocumentId<CrisisLinesQuery, CrisisLinesQueryVariables>;

/** persisted/embed-listing.graphql: query WellnessSessions. */
export const WellnessSessionsDocumentId = 'sha256:acbd12cb005729cca3e1d45887929d1fa4653ee959cb8e6f2defbaa119581abf' as TrustedDocumentId<WellnessSessionsQuery, WellnessSessionsQueryVariables>;

/** persisted/partner-listing.graphql: query PartnerListing. */
export const PartnerListingDocumentId = 'sha256:cb5d7e40c514e827e0e6b851dedadde0b2a964d5d2152e87d452d79ed0134172' as TrustedDocumentId<PartnerListingQuery, PartnerListingQueryVariables>;

/** persisted/session-page.graphql: query SessionPage. */
export const SessionPageDocumentId = 'sha256:a644cf74c34867e6fd7be71bfd536995352c23e68d949d69134939341640daae' as TrustedDocumentId<SessionPageQuery, SessionPageQueryVariables>;

/** Every trusted document id by operation name, for a client that finds it by name (an Apollo link, a urql exchange). */
export const trustedDocumentIds = {
  CrisisLines: CrisisLinesDocumentId,
  WellnessSessions: WellnessSessionsDocumentId,
  PartnerListing: PartnerListingDocumentId,
  SessionPage: SessionPageDocumentId,
} as const;
