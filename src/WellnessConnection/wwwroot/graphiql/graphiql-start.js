// Starts GraphiQL against this server's own endpoint, with a tab per example query of the README.
(function () {
  var root = document.getElementById('graphiql');
  var endpoint = root.getAttribute('data-endpoint');
  var fetcher = GraphiQL.createFetcher({ url: endpoint });
  var tabs = [
    {
      query: '# The listing a partner page shows: upcoming sessions of one topic, 20 per page.\n' +
        'query PartnerListing($topic: String!) {\n' +
        '  upcomingSessions(first: 20, where: { topics: { some: { slug: { eq: $topic } } } }) {\n' +
        '    nodes {\n      slug title status displayTime startsAt registrationUrl\n' +
        '      facilitators { name }\n      topics { slug name }\n      series { title } part\n    }\n' +
        '    pageInfo { hasNextPage endCursor }\n    totalCount\n  }\n}\n',
      variables: '{ "topic": "sleep" }'
    },
    {
      query: '# A session page.\n{\n  session(slug: "sleep-part-1") {\n    title displayTime status isPast\n' +
        '    body { html headings { level text anchor } readingTimeMinutes }\n' +
        '    facilitators { name }\n    series { title parts { slug title part } }\n  }\n}\n'
    },
    {
      query: '# Crisis lines for Quebec, in French.\n{\n  crisisLines(region: QC, locale: FR) {\n' +
        '    name language phone text url hours languages source lastVerified isStale\n  }\n}\n'
    },
    {
      query: '# Full-text search over every document.\n{\n  search(query: "sleep", first: 5) {\n    score snippet\n' +
        '    node { __typename id ... on Session { title } ... on Topic { name } ... on Page { title } }\n  }\n}\n'
    }
  ];
  ReactDOM.createRoot(root).render(React.createElement(GraphiQL, { fetcher: fetcher, defaultTabs: tabs }));
})();
