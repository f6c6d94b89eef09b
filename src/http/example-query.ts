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
  # Who says how many: one quantity across outlets, its values and their sources.
  figures(first: 2, where: { search: "troops" }) {
    nodes: edges {
      node {
        subject
        disputed
        values {
          value
          sources {
            ... on Person { name }
            ... on Organisation { name }
          }
          firstReportedIn { title publishedAt }
        }
      }
    }
  }
}
`;
