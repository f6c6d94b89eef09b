/** The query GraphiQL opens with: it shows off who said what across outlets. */
export const exampleQuery = `# Welcome to newsgraph: who said what in the news.
# Press the run button (or Ctrl-Enter). The Docs panel lists every type and field.
query WhoSaidWhat {
  articles(first: 3) {
    totalCount
    nodes: edges {
      node {
        title
        source { name }
        publishedAt
        quotes(first: 3) {
          edges {
            node {
              text
              kind
              speaker {
                ... on Person { name descriptions }
                ... on Organisation { name acronym }
              }
            }
          }
        }
      }
    }
  }
}
`;
