/**
 * The action summaries of the contract (types/api) document the API for the CLI, the docs and the
 * compliance pack; no screen shows them. The app builds drop their text, which keeps about 10 KB of
 * Chinese out of the first page and the weapp main package. Runs before the TypeScript loader.
 */
module.exports = function stripSummaries(source) {
  return source.replace(/summary:(\s*)'(?:[^'\\]|\\.)*'/g, "summary:$1''")
}
