import { importTarget, logicalPath, onModuleSource } from './paths.mjs'

const FUNCTIONS = /^cloudfunctions\/src\/([^/]+)\//

/** A cloud function is bundled alone: it may import its own folder and shared/, never another function's folder. */
export default {
  meta: {
    type: 'problem',
    docs: {
      description:
        "A cloud function never imports another function's folder (shared/ never imports a function)",
    },
    messages: {
      cross:
        "'{{from}}' imports '{{source}}' from the folder of function '{{other}}': move what both need to cloudfunctions/src/shared/",
    },
    schema: [],
  },
  create(context) {
    const path = logicalPath(context.filename)
    const own = FUNCTIONS.exec(path)?.[1]
    if (!own) return {}
    return onModuleSource((source) => {
      const other = FUNCTIONS.exec(importTarget(path, source.value) ?? '')?.[1]
      if (other && other !== own && other !== 'shared') {
        context.report({ node: source, messageId: 'cross', data: { from: own, source: source.value, other } })
      }
    })
  },
}
