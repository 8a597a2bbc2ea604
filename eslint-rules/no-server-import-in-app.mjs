import { importTarget, logicalPath, onModuleSource } from './paths.mjs'

const SERVER = /^(cloudfunctions|emulator)(\/|$)/

/** The app ships to phones: it shares the contract (types/) with the server, never server code. */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'src/ never imports cloudfunctions/ or emulator/' },
    messages: { server: "The app imports server code '{{source}}': share it through types/ instead" },
    schema: [],
  },
  create(context) {
    const path = logicalPath(context.filename)
    if (!path.startsWith('src/')) return {}
    return onModuleSource((source) => {
      const target = importTarget(path, source.value) ?? source.value
      if (SERVER.test(target))
        context.report({ node: source, messageId: 'server', data: { source: source.value } })
    })
  },
}
