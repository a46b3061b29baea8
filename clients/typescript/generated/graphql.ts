/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601, e.g. 2026-10-01. */
  Date: { input: string; output: string; }
  /** An instant as ISO 8601 with its UTC offset, e.g. 2023-12-05T19:00:00-05:00. */
  DateTime: { input: string; output: string; }
};

/** Who a session or resource is for. An empty list means everyone. */
export type Audience =
  | 'LEARNERS'
  | 'MEDICAL_STUDENTS'
  | 'PHYSICIANS'
  | 'RESIDENTS';

export type AudienceOperationFilterInput = {
  and?: InputMaybe<Array<AudienceOperationFilterInput>>;
  eq?: InputMaybe<Audience>;
  in?: InputMaybe<Array<Audience>>;
  neq?: InputMaybe<Audience>;
  nin?: InputMaybe<Array<Audience>>;
  or?: InputMaybe<Array<AudienceOperationFilterInput>>;
};

/** Who may call a crisis line. */
export type CrisisAudience =
  | 'EVERYONE'
  | 'FAMILIES'
  | 'LEARNERS'
  | 'PHYSICIANS';

/** A crisis line or physician health program. Every number was checked at `source` on `lastVerified`. */
export type CrisisLine = Node & {
  __typename?: 'CrisisLine';
  audience: Array<CrisisAudience>;
  body: Markdown;
  /** e.g. 24/7. */
  hours?: Maybe<Scalars['String']['output']>;
  /** Opaque and stable: the same in every locale. */
  id: Scalars['ID']['output'];
  /** True when the details were last verified more than 180 days ago: show them with a warning to check the source. */
  isStale: Scalars['Boolean']['output'];
  /** The language this document was served in: FR only where a French translation exists. */
  language: Locale;
  /** ISO 639-1 codes of the languages served, e.g. en, fr. */
  languages: Array<Scalars['String']['output']>;
  lastVerified: Scalars['Date']['output'];
  name: Scalars['String']['output'];
  /** Numbers to call, as dialled in North America (`988`, `1-800-555-0199`). */
  phone: Array<Scalars['String']['output']>;
  regions: Array<Region>;
  scope: CrisisScope;
  /** The stable public identifier, used in URLs: the file name without date and extension. */
  slug: Scalars['String']['output'];
  /** Where these details were checked. */
  source: Scalars['String']['output'];
  /** Number or short code to text. */
  text?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

/** Where a crisis line serves: the whole country, or one province or territory. */
export type CrisisScope =
  | 'NATIONAL'
  | 'PROVINCIAL'
  | 'TERRITORIAL';

/** Instants, compared as instants whatever offset they are written with. */
export type DateTimeOperationFilterInput = {
  and?: InputMaybe<Array<DateTimeOperationFilterInput>>;
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  neq?: InputMaybe<Scalars['DateTime']['input']>;
  ngt?: InputMaybe<Scalars['DateTime']['input']>;
  ngte?: InputMaybe<Scalars['DateTime']['input']>;
  nin?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  nlt?: InputMaybe<Scalars['DateTime']['input']>;
  nlte?: InputMaybe<Scalars['DateTime']['input']>;
  or?: InputMaybe<Array<DateTimeOperationFilterInput>>;
};

/** A trained facilitator who moderates sessions. */
export type Facilitator = Node & {
  __typename?: 'Facilitator';
  body: Markdown;
  credentials?: Maybe<Scalars['String']['output']>;
  /** Opaque and stable: the same in every locale. */
  id: Scalars['ID']['output'];
  /** The language this document was served in: FR only where a French translation exists. */
  language: Locale;
  /** As displayed, e.g. Dr. Daniela Isfan. */
  name: Scalars['String']['output'];
  pronouns?: Maybe<Scalars['String']['output']>;
  /** Sessions this facilitator moderates, earliest first by default. */
  sessions: SessionConnection;
  /** The stable public identifier, used in URLs: the file name without date and extension. */
  slug: Scalars['String']['output'];
};


/** A trained facilitator who moderates sessions. */
export type FacilitatorSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Array<SessionSortInput>>;
  where?: InputMaybe<SessionFilterInput>;
};

/** A page of Facilitator items. */
export type FacilitatorConnection = {
  __typename?: 'FacilitatorConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<FacilitatorEdge>;
  /** The items of this page. */
  nodes: Array<Facilitator>;
  pageInfo: PageInfo;
  /** The number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection from an object to another object of type `Facilitator`. */
export type FacilitatorEdge = {
  __typename?: 'FacilitatorEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node?: Maybe<Facilitator>;
};

export type FacilitatorFilterInput = {
  and?: InputMaybe<Array<FacilitatorFilterInput>>;
  name?: InputMaybe<StringOperationFilterInput>;
  or?: InputMaybe<Array<FacilitatorFilterInput>>;
  slug?: InputMaybe<StringOperationFilterInput>;
};

/** Give one field per item of `order`; items apply in turn (the second breaks ties of the first). */
export type FacilitatorSortInput = {
  name?: InputMaybe<SortEnumType>;
  slug?: InputMaybe<SortEnumType>;
};

/** A heading of a body, for a table of contents. */
export type Heading = {
  __typename?: 'Heading';
  /** The id of the heading element in `html`: link to it with `#anchor`. */
  anchor: Scalars['String']['output'];
  /** 1 to 6. */
  level: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type IntOperationFilterInput = {
  and?: InputMaybe<Array<IntOperationFilterInput>>;
  eq?: InputMaybe<Scalars['Int']['input']>;
  gt?: InputMaybe<Scalars['Int']['input']>;
  gte?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  lt?: InputMaybe<Scalars['Int']['input']>;
  lte?: InputMaybe<Scalars['Int']['input']>;
  neq?: InputMaybe<Scalars['Int']['input']>;
  ngt?: InputMaybe<Scalars['Int']['input']>;
  ngte?: InputMaybe<Scalars['Int']['input']>;
  nin?: InputMaybe<Array<Scalars['Int']['input']>>;
  nlt?: InputMaybe<Scalars['Int']['input']>;
  nlte?: InputMaybe<Scalars['Int']['input']>;
  or?: InputMaybe<Array<IntOperationFilterInput>>;
};

export type ListAudienceOperationFilterInput = {
  /** Every item matches. */
  all?: InputMaybe<AudienceOperationFilterInput>;
  /** true: the list has items; false: it is empty. */
  any?: InputMaybe<Scalars['Boolean']['input']>;
  /** No item matches. */
  none?: InputMaybe<AudienceOperationFilterInput>;
  /** At least one item matches. */
  some?: InputMaybe<AudienceOperationFilterInput>;
};

export type ListFilterInputTypeOfFacilitatorFilterInput = {
  /** Every related document matches. */
  all?: InputMaybe<FacilitatorFilterInput>;
  /** true: there is at least one; false: there is none. */
  any?: InputMaybe<Scalars['Boolean']['input']>;
  /** No related document matches. */
  none?: InputMaybe<FacilitatorFilterInput>;
  /** At least one related document matches. */
  some?: InputMaybe<FacilitatorFilterInput>;
};

export type ListFilterInputTypeOfTopicFilterInput = {
  /** Every related document matches. */
  all?: InputMaybe<TopicFilterInput>;
  /** true: there is at least one; false: there is none. */
  any?: InputMaybe<Scalars['Boolean']['input']>;
  /** No related document matches. */
  none?: InputMaybe<TopicFilterInput>;
  /** At least one related document matches. */
  some?: InputMaybe<TopicFilterInput>;
};

/** English or French. French falls back to English, field by field, where there is no translation. */
export type Locale =
  /** English. */
  | 'EN'
  /** French (Canadian). */
  | 'FR';

export type Markdown = {
  __typename?: 'Markdown';
  /** The start of the plain text, cut at a word and ended with … when shortened. */
  excerpt: Scalars['String']['output'];
  headings: Array<Heading>;
  /** HTML safe to insert in any page as it is: no script, no event handler, no raw HTML. */
  html: Scalars['String']['output'];
  /** The Markdown source as the editor wrote it. */
  markdown: Scalars['String']['output'];
  /** At 200 words a minute, rounded up. */
  readingTimeMinutes: Scalars['Int']['output'];
  /** Plain text, paragraphs separated by blank lines. */
  text: Scalars['String']['output'];
};


export type MarkdownExcerptArgs = {
  length?: InputMaybe<Scalars['Int']['input']>;
};

/** A document with a global id. */
export type Node = {
  /** Opaque and stable: the same in every locale. */
  id: Scalars['ID']['output'];
};

/** A free page: FAQ, get support now, about... */
export type Page = Node & {
  __typename?: 'Page';
  body: Markdown;
  /** Opaque and stable: the same in every locale. */
  id: Scalars['ID']['output'];
  /** The language this document was served in: FR only where a French translation exists. */
  language: Locale;
  /** Position in menus, smallest first. */
  order?: Maybe<Scalars['Int']['output']>;
  /** The stable public identifier, used in URLs: the file name without date and extension. */
  slug: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A page of Page items. */
export type PageConnection = {
  __typename?: 'PageConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<PageEdge>;
  /** The items of this page. */
  nodes: Array<Page>;
  pageInfo: PageInfo;
  /** The number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection from an object to another object of type `Page`. */
export type PageEdge = {
  __typename?: 'PageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node?: Maybe<Page>;
};

export type PageFilterInput = {
  and?: InputMaybe<Array<PageFilterInput>>;
  or?: InputMaybe<Array<PageFilterInput>>;
  order?: InputMaybe<IntOperationFilterInput>;
  slug?: InputMaybe<StringOperationFilterInput>;
  title?: InputMaybe<StringOperationFilterInput>;
};

/** Information about pagination in a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** When paginating forwards, the cursor to continue. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** When paginating forwards, are there more items? */
  hasNextPage: Scalars['Boolean']['output'];
  /** When paginating backwards, are there more items? */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** When paginating backwards, the cursor to continue. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Give one field per item of `order`; items apply in turn (the second breaks ties of the first). */
export type PageSortInput = {
  order?: InputMaybe<SortEnumType>;
  slug?: InputMaybe<SortEnumType>;
  title?: InputMaybe<SortEnumType>;
};

export type Query = {
  __typename?: 'Query';
  /** Every series, by title by default. */
  allSeries: SeriesConnection;
  /** A hash of the content files this response was served from; it changes whenever the content does. */
  contentVersion: Scalars['String']['output'];
  /** A crisis line by slug, or null when there is none (or it is not published). */
  crisisLine?: Maybe<CrisisLine>;
  /** Crisis lines: the national ones first, then, with `region`, that province's or territory's, each by name. */
  crisisLines: Array<CrisisLine>;
  /** A facilitator by slug, or null when there is none (or it is not published). */
  facilitator?: Maybe<Facilitator>;
  /** Facilitators, by name by default. */
  facilitators: FacilitatorConnection;
  /** Any document by its global id, or null if there is none (or it is not published). */
  node?: Maybe<Node>;
  /** Documents by global id, in the order asked, null where there is none; at most 100 ids. */
  nodes: Array<Maybe<Node>>;
  /** A page by slug, or null when there is none (or it is not published). */
  page?: Maybe<Page>;
  /** Free pages, in menu order by default. */
  pages: PageConnection;
  /** A resource by slug, or null when there is none (or it is not published). */
  resource?: Maybe<Resource>;
  /** Peer-support resources, by title by default. */
  resources: ResourceConnection;
  /** Full-text search over every published document (drafts too in preview), best match first, with a highlighted snippet. */
  search: Array<SearchHit>;
  /** A series by slug, or null when there is none (or it is not published). */
  series?: Maybe<Series>;
  /** A session by slug, or null when there is none (or it is not published). */
  session?: Maybe<Session>;
  /** All published sessions, past and upcoming, earliest first by default. */
  sessions: SessionConnection;
  /** The version of the time-zone rules (NodaTime's embedded tzdb, e.g. "TZDB: 2026f") every time in the API is computed with. */
  timeZoneDatabase: Scalars['String']['output'];
  /** A topic by slug, or null when there is none (or it is not published). */
  topic?: Maybe<Topic>;
  /** Topics, in the order of the program's tag list by default. */
  topics: TopicConnection;
  /** Sessions that have not ended yet (cancelled ones included, marked by `status`), earliest first by default. */
  upcomingSessions: SessionConnection;
};


export type QueryAllSeriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: Locale;
  order?: InputMaybe<Array<SeriesSortInput>>;
  where?: InputMaybe<SeriesFilterInput>;
};


export type QueryCrisisLineArgs = {
  locale?: Locale;
  slug: Scalars['String']['input'];
};


export type QueryCrisisLinesArgs = {
  locale?: Locale;
  region?: InputMaybe<Region>;
};


export type QueryFacilitatorArgs = {
  locale?: Locale;
  slug: Scalars['String']['input'];
};


export type QueryFacilitatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: Locale;
  order?: InputMaybe<Array<FacilitatorSortInput>>;
  where?: InputMaybe<FacilitatorFilterInput>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
  locale?: Locale;
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
  locale?: Locale;
};


export type QueryPageArgs = {
  locale?: Locale;
  slug: Scalars['String']['input'];
};


export type QueryPagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: Locale;
  order?: InputMaybe<Array<PageSortInput>>;
  where?: InputMaybe<PageFilterInput>;
};


export type QueryResourceArgs = {
  locale?: Locale;
  slug: Scalars['String']['input'];
};


export type QueryResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: Locale;
  order?: InputMaybe<Array<ResourceSortInput>>;
  where?: InputMaybe<ResourceFilterInput>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: Locale;
  query: Scalars['String']['input'];
};


export type QuerySeriesArgs = {
  locale?: Locale;
  slug: Scalars['String']['input'];
};


export type QuerySessionArgs = {
  locale?: Locale;
  slug: Scalars['String']['input'];
};


export type QuerySessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: Locale;
  order?: InputMaybe<Array<SessionSortInput>>;
  where?: InputMaybe<SessionFilterInput>;
};


export type QueryTopicArgs = {
  locale?: Locale;
  slug: Scalars['String']['input'];
};


export type QueryTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: Locale;
  order?: InputMaybe<Array<TopicSortInput>>;
  where?: InputMaybe<TopicFilterInput>;
};


export type QueryUpcomingSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: Locale;
  order?: InputMaybe<Array<SessionSortInput>>;
  where?: InputMaybe<SessionFilterInput>;
};

/** CA for Canada as a whole, else a province or territory code (QC, ON, NU...). */
export type Region =
  | 'AB'
  | 'BC'
  | 'CA'
  | 'MB'
  | 'NB'
  | 'NL'
  | 'NS'
  | 'NT'
  | 'NU'
  | 'ON'
  | 'PE'
  | 'QC'
  | 'SK'
  | 'YT';

/** A peer-support resource: an article, guide, toolkit, program... */
export type Resource = Node & {
  __typename?: 'Resource';
  /** Who it is for; empty means everyone. */
  audience: Array<Audience>;
  body: Markdown;
  /** Opaque and stable: the same in every locale. */
  id: Scalars['ID']['output'];
  kind: ResourceKind;
  /** The language this document was served in: FR only where a French translation exists. */
  language: Locale;
  /** The stable public identifier, used in URLs: the file name without date and extension. */
  slug: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  topics: Array<Topic>;
  /** Where the resource is; null when the body is the resource itself. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of Resource items. */
export type ResourceConnection = {
  __typename?: 'ResourceConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ResourceEdge>;
  /** The items of this page. */
  nodes: Array<Resource>;
  pageInfo: PageInfo;
  /** The number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection from an object to another object of type `Resource`. */
export type ResourceEdge = {
  __typename?: 'ResourceEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node?: Maybe<Resource>;
};

export type ResourceFilterInput = {
  and?: InputMaybe<Array<ResourceFilterInput>>;
  audience?: InputMaybe<ListAudienceOperationFilterInput>;
  kind?: InputMaybe<ResourceKindOperationFilterInput>;
  or?: InputMaybe<Array<ResourceFilterInput>>;
  slug?: InputMaybe<StringOperationFilterInput>;
  summary?: InputMaybe<StringOperationFilterInput>;
  title?: InputMaybe<StringOperationFilterInput>;
  topics?: InputMaybe<ListFilterInputTypeOfTopicFilterInput>;
};

/** What kind of resource it is. */
export type ResourceKind =
  | 'ARTICLE'
  | 'COURSE'
  | 'GUIDE'
  | 'PODCAST'
  | 'PROGRAM'
  | 'SERVICE'
  | 'TOOLKIT'
  | 'VIDEO';

export type ResourceKindOperationFilterInput = {
  and?: InputMaybe<Array<ResourceKindOperationFilterInput>>;
  eq?: InputMaybe<ResourceKind>;
  in?: InputMaybe<Array<ResourceKind>>;
  neq?: InputMaybe<ResourceKind>;
  nin?: InputMaybe<Array<ResourceKind>>;
  or?: InputMaybe<Array<ResourceKindOperationFilterInput>>;
};

/** Give one field per item of `order`; items apply in turn (the second breaks ties of the first). */
export type ResourceSortInput = {
  kind?: InputMaybe<SortEnumType>;
  slug?: InputMaybe<SortEnumType>;
  title?: InputMaybe<SortEnumType>;
};

/** A document matching a search, best first. */
export type SearchHit = {
  __typename?: 'SearchHit';
  node: Node;
  /** Relevance (FTS5 BM25, title words weigh more): higher is better; only comparable within one search. */
  score: Scalars['Float']['output'];
  /** A short extract around the matches, as safe HTML: matched words are in <mark> elements, everything else is escaped text. */
  snippet: Scalars['String']['output'];
};

/** A multi-part series of sessions, e.g. Sleep (part I, part II...). */
export type Series = Node & {
  __typename?: 'Series';
  body: Markdown;
  /** Opaque and stable: the same in every locale. */
  id: Scalars['ID']['output'];
  /** The language this document was served in: FR only where a French translation exists. */
  language: Locale;
  /** The series' published sessions, by part number. */
  parts: Array<Session>;
  /** The stable public identifier, used in URLs: the file name without date and extension. */
  slug: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A page of Series items. */
export type SeriesConnection = {
  __typename?: 'SeriesConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<SeriesEdge>;
  /** The items of this page. */
  nodes: Array<Series>;
  pageInfo: PageInfo;
  /** The number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection from an object to another object of type `Series`. */
export type SeriesEdge = {
  __typename?: 'SeriesEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node?: Maybe<Series>;
};

export type SeriesFilterInput = {
  and?: InputMaybe<Array<SeriesFilterInput>>;
  or?: InputMaybe<Array<SeriesFilterInput>>;
  slug?: InputMaybe<StringOperationFilterInput>;
  summary?: InputMaybe<StringOperationFilterInput>;
  title?: InputMaybe<StringOperationFilterInput>;
};

/** Give one field per item of `order`; items apply in turn (the second breaks ties of the first). */
export type SeriesSortInput = {
  slug?: InputMaybe<SortEnumType>;
  title?: InputMaybe<SortEnumType>;
};

/** A virtual peer-support session, led by trained facilitators. */
export type Session = Node & {
  __typename?: 'Session';
  /** Who the session is for; empty means everyone. */
  audience: Array<Audience>;
  body: Markdown;
  /** The start as the program writes it: `Tues., Dec. 5, 2023, 7 PM ET` or `mar. 5 déc. 2023, 19 h HE`. */
  displayTime: Scalars['String']['output'];
  durationMinutes: Scalars['Int']['output'];
  endsAt: Scalars['DateTime']['output'];
  /** In the order the editor listed them. */
  facilitators: Array<Facilitator>;
  /** Opaque and stable: the same in every locale. */
  id: Scalars['ID']['output'];
  /** True once the session has ended. */
  isPast: Scalars['Boolean']['output'];
  /** The language this document was served in: FR only where a French translation exists. */
  language: Locale;
  /** The part number within the series. */
  part?: Maybe<Scalars['Int']['output']>;
  /** Where to register. */
  registrationUrl?: Maybe<Scalars['String']['output']>;
  series?: Maybe<Series>;
  /** The stable public identifier, used in URLs: the file name without date and extension. */
  slug: Scalars['String']['output'];
  /** The start, with the UTC offset of the session's time zone. */
  startsAt: Scalars['DateTime']['output'];
  status: SessionStatus;
  /** One or two sentences; the first paragraph of the body unless the editor wrote one. */
  summary: Scalars['String']['output'];
  /** The IANA time zone the session is published in, e.g. America/Toronto. */
  timeZone: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** In the order the editor listed them. */
  topics: Array<Topic>;
};


/** A virtual peer-support session, led by trained facilitators. */
export type SessionDisplayTimeArgs = {
  locale?: InputMaybe<Locale>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** A page of Session items. */
export type SessionConnection = {
  __typename?: 'SessionConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<SessionEdge>;
  /** The items of this page. */
  nodes: Array<Session>;
  pageInfo: PageInfo;
  /** The number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection from an object to another object of type `Session`. */
export type SessionEdge = {
  __typename?: 'SessionEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node?: Maybe<Session>;
};

export type SessionFilterInput = {
  and?: InputMaybe<Array<SessionFilterInput>>;
  audience?: InputMaybe<ListAudienceOperationFilterInput>;
  durationMinutes?: InputMaybe<IntOperationFilterInput>;
  endsAt?: InputMaybe<DateTimeOperationFilterInput>;
  facilitators?: InputMaybe<ListFilterInputTypeOfFacilitatorFilterInput>;
  or?: InputMaybe<Array<SessionFilterInput>>;
  part?: InputMaybe<IntOperationFilterInput>;
  series?: InputMaybe<SeriesFilterInput>;
  slug?: InputMaybe<StringOperationFilterInput>;
  startsAt?: InputMaybe<DateTimeOperationFilterInput>;
  status?: InputMaybe<SessionStatusOperationFilterInput>;
  summary?: InputMaybe<StringOperationFilterInput>;
  timeZone?: InputMaybe<StringOperationFilterInput>;
  title?: InputMaybe<StringOperationFilterInput>;
  topics?: InputMaybe<ListFilterInputTypeOfTopicFilterInput>;
};

/** Give one field per item of `order`; items apply in turn (the second breaks ties of the first). */
export type SessionSortInput = {
  durationMinutes?: InputMaybe<SortEnumType>;
  part?: InputMaybe<SortEnumType>;
  slug?: InputMaybe<SortEnumType>;
  startsAt?: InputMaybe<SortEnumType>;
  title?: InputMaybe<SortEnumType>;
};

/** Whether a session goes ahead as planned. See also `isPast`. */
export type SessionStatus =
  | 'CANCELLED'
  | 'FULL'
  | 'POSTPONED'
  | 'SCHEDULED';

export type SessionStatusOperationFilterInput = {
  and?: InputMaybe<Array<SessionStatusOperationFilterInput>>;
  eq?: InputMaybe<SessionStatus>;
  in?: InputMaybe<Array<SessionStatus>>;
  neq?: InputMaybe<SessionStatus>;
  nin?: InputMaybe<Array<SessionStatus>>;
  or?: InputMaybe<Array<SessionStatusOperationFilterInput>>;
};

export type SortEnumType =
  /** Smallest, earliest or A first. */
  | 'ASC'
  /** Largest, latest or Z first. */
  | 'DESC';

/** Text comparisons. `contains`, `startsWith` and `endsWith` ignore the case of ASCII letters. */
export type StringOperationFilterInput = {
  and?: InputMaybe<Array<StringOperationFilterInput>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  endsWith?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  ncontains?: InputMaybe<Scalars['String']['input']>;
  nendsWith?: InputMaybe<Scalars['String']['input']>;
  neq?: InputMaybe<Scalars['String']['input']>;
  nin?: InputMaybe<Array<Scalars['String']['input']>>;
  nstartsWith?: InputMaybe<Scalars['String']['input']>;
  or?: InputMaybe<Array<StringOperationFilterInput>>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** A topic of the program's tag list, e.g. burnout or self-care. */
export type Topic = Node & {
  __typename?: 'Topic';
  body: Markdown;
  /** Opaque and stable: the same in every locale. */
  id: Scalars['ID']['output'];
  /** The language this document was served in: FR only where a French translation exists. */
  language: Locale;
  name: Scalars['String']['output'];
  /** Position in the tag list, smallest first. */
  order?: Maybe<Scalars['Int']['output']>;
  /** Resources on this topic, by title. */
  resources: Array<Resource>;
  /** Sessions on this topic, earliest first by default. */
  sessions: SessionConnection;
  /** The stable public identifier, used in URLs: the file name without date and extension. */
  slug: Scalars['String']['output'];
  summary: Scalars['String']['output'];
};


/** A topic of the program's tag list, e.g. burnout or self-care. */
export type TopicSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Array<SessionSortInput>>;
  where?: InputMaybe<SessionFilterInput>;
};

/** A page of Topic items. */
export type TopicConnection = {
  __typename?: 'TopicConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<TopicEdge>;
  /** The items of this page. */
  nodes: Array<Topic>;
  pageInfo: PageInfo;
  /** The number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection from an object to another object of type `Topic`. */
export type TopicEdge = {
  __typename?: 'TopicEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node?: Maybe<Topic>;
};

export type TopicFilterInput = {
  and?: InputMaybe<Array<TopicFilterInput>>;
  name?: InputMaybe<StringOperationFilterInput>;
  or?: InputMaybe<Array<TopicFilterInput>>;
  order?: InputMaybe<IntOperationFilterInput>;
  slug?: InputMaybe<StringOperationFilterInput>;
  summary?: InputMaybe<StringOperationFilterInput>;
};

/** Give one field per item of `order`; items apply in turn (the second breaks ties of the first). */
export type TopicSortInput = {
  name?: InputMaybe<SortEnumType>;
  order?: InputMaybe<SortEnumType>;
  slug?: InputMaybe<SortEnumType>;
};

/** Who a session or resource is for. An empty list means everyone. */
export type Audience =
  | 'LEARNERS'
  | 'MEDICAL_STUDENTS'
  | 'PHYSICIANS'
  | 'RESIDENTS';

export type AudienceOperationFilterInput = {
  and?: Array<AudienceOperationFilterInput> | null | undefined;
  eq?: Audience | null | undefined;
  in?: Array<Audience> | null | undefined;
  neq?: Audience | null | undefined;
  nin?: Array<Audience> | null | undefined;
  or?: Array<AudienceOperationFilterInput> | null | undefined;
};

/** Who may call a crisis line. */
export type CrisisAudience =
  | 'EVERYONE'
  | 'FAMILIES'
  | 'LEARNERS'
  | 'PHYSICIANS';

/** Where a crisis line serves: the whole country, or one province or territory. */
export type CrisisScope =
  | 'NATIONAL'
  | 'PROVINCIAL'
  | 'TERRITORIAL';

/** Instants, compared as instants whatever offset they are written with. */
export type DateTimeOperationFilterInput = {
  and?: Array<DateTimeOperationFilterInput> | null | undefined;
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  neq?: string | null | undefined;
  ngt?: string | null | undefined;
  ngte?: string | null | undefined;
  nin?: Array<string> | null | undefined;
  nlt?: string | null | undefined;
  nlte?: string | null | undefined;
  or?: Array<DateTimeOperationFilterInput> | null | undefined;
};

export type FacilitatorFilterInput = {
  and?: Array<FacilitatorFilterInput> | null | undefined;
  name?: StringOperationFilterInput | null | undefined;
  or?: Array<FacilitatorFilterInput> | null | undefined;
  slug?: StringOperationFilterInput | null | undefined;
};

export type IntOperationFilterInput = {
  and?: Array<IntOperationFilterInput> | null | undefined;
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
  neq?: number | null | undefined;
  ngt?: number | null | undefined;
  ngte?: number | null | undefined;
  nin?: Array<number> | null | undefined;
  nlt?: number | null | undefined;
  nlte?: number | null | undefined;
  or?: Array<IntOperationFilterInput> | null | undefined;
};

export type ListAudienceOperationFilterInput = {
  /** Every item matches. */
  all?: AudienceOperationFilterInput | null | undefined;
  /** true: the list has items; false: it is empty. */
  any?: boolean | null | undefined;
  /** No item matches. */
  none?: AudienceOperationFilterInput | null | undefined;
  /** At least one item matches. */
  some?: AudienceOperationFilterInput | null | undefined;
};

export type ListFilterInputTypeOfFacilitatorFilterInput = {
  /** Every related document matches. */
  all?: FacilitatorFilterInput | null | undefined;
  /** true: there is at least one; false: there is none. */
  any?: boolean | null | undefined;
  /** No related document matches. */
  none?: FacilitatorFilterInput | null | undefined;
  /** At least one related document matches. */
  some?: FacilitatorFilterInput | null | undefined;
};

export type ListFilterInputTypeOfTopicFilterInput = {
  /** Every related document matches. */
  all?: TopicFilterInput | null | undefined;
  /** true: there is at least one; false: there is none. */
  any?: boolean | null | undefined;
  /** No related document matches. */
  none?: TopicFilterInput | null | undefined;
  /** At least one related document matches. */
  some?: TopicFilterInput | null | undefined;
};

/** English or French. French falls back to English, field by field, where there is no translation. */
export type Locale =
  /** English. */
  | 'EN'
  /** French (Canadian). */
  | 'FR';

/** CA for Canada as a whole, else a province or territory code (QC, ON, NU...). */
export type Region =
  | 'AB'
  | 'BC'
  | 'CA'
  | 'MB'
  | 'NB'
  | 'NL'
  | 'NS'
  | 'NT'
  | 'NU'
  | 'ON'
  | 'PE'
  | 'QC'
  | 'SK'
  | 'YT';

export type SeriesFilterInput = {
  and?: Array<SeriesFilterInput> | null | undefined;
  or?: Array<SeriesFilterInput> | null | undefined;
  slug?: StringOperationFilterInput | null | undefined;
  summary?: StringOperationFilterInput | null | undefined;
  title?: StringOperationFilterInput | null | undefined;
};

export type SessionFilterInput = {
  and?: Array<SessionFilterInput> | null | undefined;
  audience?: ListAudienceOperationFilterInput | null | undefined;
  durationMinutes?: IntOperationFilterInput | null | undefined;
  endsAt?: DateTimeOperationFilterInput | null | undefined;
  facilitators?: ListFilterInputTypeOfFacilitatorFilterInput | null | undefined;
  or?: Array<SessionFilterInput> | null | undefined;
  part?: IntOperationFilterInput | null | undefined;
  series?: SeriesFilterInput | null | undefined;
  slug?: StringOperationFilterInput | null | undefined;
  startsAt?: DateTimeOperationFilterInput | null | undefined;
  status?: SessionStatusOperationFilterInput | null | undefined;
  summary?: StringOperationFilterInput | null | undefined;
  timeZone?: StringOperationFilterInput | null | undefined;
  title?: StringOperationFilterInput | null | undefined;
  topics?: ListFilterInputTypeOfTopicFilterInput | null | undefined;
};

/** Whether a session goes ahead as planned. See also `isPast`. */
export type SessionStatus =
  | 'CANCELLED'
  | 'FULL'
  | 'POSTPONED'
  | 'SCHEDULED';

export type SessionStatusOperationFilterInput = {
  and?: Array<SessionStatusOperationFilterInput> | null | undefined;
  eq?: SessionStatus | null | undefined;
  in?: Array<SessionStatus> | null | undefined;
  neq?: SessionStatus | null | undefined;
  nin?: Array<SessionStatus> | null | undefined;
  or?: Array<SessionStatusOperationFilterInput> | null | undefined;
};

/** Text comparisons. `contains`, `startsWith` and `endsWith` ignore the case of ASCII letters. */
export type StringOperationFilterInput = {
  and?: Array<StringOperationFilterInput> | null | undefined;
  contains?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
  ncontains?: string | null | undefined;
  nendsWith?: string | null | undefined;
  neq?: string | null | undefined;
  nin?: Array<string> | null | undefined;
  nstartsWith?: string | null | undefined;
  or?: Array<StringOperationFilterInput> | null | undefined;
  startsWith?: string | null | undefined;
};

export type TopicFilterInput = {
  and?: Array<TopicFilterInput> | null | undefined;
  name?: StringOperationFilterInput | null | undefined;
  or?: Array<TopicFilterInput> | null | undefined;
  order?: IntOperationFilterInput | null | undefined;
  slug?: StringOperationFilterInput | null | undefined;
  summary?: StringOperationFilterInput | null | undefined;
};

export type CrisisLinesQueryVariables = Exact<{
  region?: Region | null | undefined;
  locale?: Locale;
}>;


export type CrisisLinesQuery = { crisisLines: Array<{ id: string, slug: string, language: Locale, name: string, scope: CrisisScope, regions: Array<Region>, audience: Array<CrisisAudience>, phone: Array<string>, text: string | null, url: string | null, hours: string | null, languages: Array<string>, source: string, lastVerified: string, isStale: boolean }> };

export type WellnessSessionsQueryVariables = Exact<{
  locale: Locale;
  first: number;
  where?: SessionFilterInput | null | undefined;
}>;


export type WellnessSessionsQuery = { upcomingSessions: { nodes: Array<{ slug: string, language: Locale, title: string, summary: string, status: SessionStatus, startsAt: string, endsAt: string, registrationUrl: string | null, eastern: string, facilitators: Array<{ name: string }> }> } };

export type PartnerListingQueryVariables = Exact<{
  topic: string;
  after?: string | null | undefined;
  locale?: Locale;
  timeZone?: string | null | undefined;
}>;


export type PartnerListingQuery = { upcomingSessions: { totalCount: number, nodes: Array<{ id: string, slug: string, title: string, summary: string, status: SessionStatus, startsAt: string, endsAt: string, timeZone: string, displayTime: string, registrationUrl: string | null, part: number | null, viewerTime: string, facilitators: Array<{ name: string }>, topics: Array<{ slug: string, name: string }>, series: { title: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SessionPageQueryVariables = Exact<{
  slug: string;
  locale?: Locale;
  timeZone?: string | null | undefined;
}>;


export type SessionPageQuery = { session: { id: string, slug: string, language: Locale, title: string, summary: string, status: SessionStatus, isPast: boolean, startsAt: string, endsAt: string, timeZone: string, durationMinutes: number, displayTime: string, registrationUrl: string | null, audience: Array<Audience>, part: number | null, viewerTime: string, body: { html: string, readingTimeMinutes: number, headings: Array<{ level: number, text: string, anchor: string }> }, facilitators: Array<{ slug: string, name: string, credentials: string | null, pronouns: string | null }>, topics: Array<{ slug: string, name: string }>, series: { slug: string, title: string, parts: Array<{ slug: string, title: string, part: number | null, displayTime: string, status: SessionStatus }> } | null } | null };


export const CrisisLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrisisLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}},"defaultValue":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crisisLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerified"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]}}]} as unknown as DocumentNode<CrisisLinesQuery, CrisisLinesQueryVariables>;
export const WellnessSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WellnessSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upcomingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationUrl"}},{"kind":"Field","alias":{"kind":"Name","value":"eastern"},"name":{"kind":"Name","value":"displayTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"StringValue","value":"America/Toronto","block":false}}]},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WellnessSessionsQuery, WellnessSessionsQueryVariables>;
export const PartnerListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}},"defaultValue":{"kind":"EnumValue","value":"EN"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upcomingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"topics"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"slug"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}}]}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"displayTime"}},{"kind":"Field","alias":{"kind":"Name","value":"viewerTime"},"name":{"kind":"Name","value":"displayTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}}]},{"kind":"Field","name":{"kind":"Name","value":"registrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PartnerListingQuery, PartnerListingQueryVariables>;
export const SessionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}},"defaultValue":{"kind":"EnumValue","value":"EN"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPast"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"displayTime"}},{"kind":"Field","alias":{"kind":"Name","value":"viewerTime"},"name":{"kind":"Name","value":"displayTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}}]},{"kind":"Field","name":{"kind":"Name","value":"registrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"headings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readingTimeMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"pronouns"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"displayTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}}]}}]} as unknown as DocumentNode<SessionPageQuery, SessionPageQueryVariables>;