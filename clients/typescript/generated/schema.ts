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
