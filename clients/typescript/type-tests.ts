// Compile-time checks that the generated types stay precise: custom scalars are strings (not any or unknown), nullable
// fields are `T | null`, a trusted document id carries its document's types, and misuses do not compile (tsc fails
// when the line under an expected error compiles). Checked by `tsc --strict --noEmit` in CI (./run).
import type { CrisisLinesQuery, PartnerListingQuery, PartnerListingQueryVariables } from './generated/operations';
import type { Scalars, Session } from './generated/schema';
import {
  PartnerListingDocumentId,
  SessionPageDocumentId,
  trustedDocumentIds,
  type TrustedResultOf,
  type TrustedVariablesOf,
} from './generated/trusted-documents';
import { runTrustedDocument } from './example';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

type PartnerSession = PartnerListingQuery['upcomingSessions']['nodes'][number];

export type Checks = [
  Expect<Equal<Scalars['DateTime'], { input: string; output: string }>>,
  Expect<Equal<Scalars['Date'], { input: string; output: string }>>,
  Expect<Equal<Session['startsAt'], Scalars['DateTime']['output']>>,
  Expect<Equal<PartnerSession['startsAt'], string>>,
  Expect<Equal<CrisisLinesQuery['crisisLines'][number]['lastVerified'], string>>,
  Expect<Equal<PartnerSession['registrationUrl'], string | null>>,
  Expect<Equal<PartnerSession['status'], 'CANCELLED' | 'FULL' | 'POSTPONED' | 'SCHEDULED'>>,
  Expect<Equal<TrustedResultOf<typeof PartnerListingDocumentId>, PartnerListingQuery>>,
  Expect<Equal<TrustedVariablesOf<typeof PartnerListingDocumentId>, PartnerListingQueryVariables>>,
  Expect<Equal<(typeof trustedDocumentIds)['PartnerListing'], typeof PartnerListingDocumentId>>,
];

export async function misuses(endpoint: string): Promise<void> {
  // @ts-expect-error: `topic` is required.
  await runTrustedDocument(endpoint, PartnerListingDocumentId, { locale: 'FR' });
  // @ts-expect-error: `slug` is not a variable of PartnerListing.
  await runTrustedDocument(endpoint, PartnerListingDocumentId, { topic: 'sleep', slug: 'sleep-part-1' });
  // @ts-expect-error: `DE` is not a Locale.
  await runTrustedDocument(endpoint, PartnerListingDocumentId, { topic: 'sleep', locale: 'DE' });
  // @ts-expect-error: a plain string is not a trusted document id.
  await runTrustedDocument(endpoint, `sha256:${'cb5d7e40c514e827e0e6b851dedadde0b2a964d5d2152e87d452d79ed0134172'}`, {
    topic: 'sleep',
  });

  const page = await runTrustedDocument(endpoint, SessionPageDocumentId, { slug: 'sleep-part-1' });
  // @ts-expect-error: `session` is null when there is no such session.
  void page.session.title;
  // @ts-expect-error: the document does not ask for `body.markdown`.
  void page.session?.body.markdown;
}
