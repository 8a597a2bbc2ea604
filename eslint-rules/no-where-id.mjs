const WRITES = new Set(['update', 'remove'])

/** The methods called on a query after `where(...)`: `where(q).limit(1).get()` → limit, get. */
function chainAfter(call) {
  const names = []
  let node = call
  while (node.parent?.type === 'MemberExpression' && node.parent.object === node && !node.parent.computed) {
    names.push(node.parent.property.name)
    node = node.parent.parent?.type === 'CallExpression' ? node.parent.parent : node.parent
  }
  return names
}

/**
 * One document by id is `doc(id).get()`: cheaper in the SDK than a query, and null when missing. A
 * query on `_id` stays right for many ids (`_id: _.in(ids)`) and for a conditional write
 * (`where({ _id, state }).update(...)`, which `doc()` cannot express).
 */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'A single document is read with doc(id), never where({ _id })' },
    messages: {
      whereId: 'Read one document with collection(…).doc(id).get() (through its owner), not where({ _id })',
    },
    schema: [],
  },
  create(context) {
    return {
      CallExpression(node) {
        const callee = node.callee
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.name !== 'where') return
        const arg = node.arguments[0]
        if (arg?.type !== 'ObjectExpression') return
        const id = arg.properties.find(
          (p) =>
            p.type === 'Property' &&
            !p.computed &&
            ((p.key.type === 'Identifier' && p.key.name === '_id') ||
              (p.key.type === 'Literal' && p.key.value === '_id')),
        )
        if (!id || id.value.type === 'CallExpression') return
        if (chainAfter(node).some((name) => WRITES.has(name))) return
        context.report({ node, messageId: 'whereId' })
      },
    }
  },
}
