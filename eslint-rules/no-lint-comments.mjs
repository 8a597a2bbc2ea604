/** Rules are fixed in eslint.config.mjs for everyone: a comment that turns one off is itself the fault. */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'No eslint-disable (or any eslint config) comments' },
    messages: {
      comment:
        'Lint comments are not used here: fix the code, or change the rule in eslint.config.mjs for everyone',
    },
    schema: [],
  },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          if (/^\s*(eslint-disable|eslint-enable|eslint\s|global\s)/.test(comment.value))
            context.report({ loc: comment.loc, messageId: 'comment' })
        }
      },
    }
  },
}
