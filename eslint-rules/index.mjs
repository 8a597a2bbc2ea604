import collectionOwner from './collection-owner.mjs'
import noCrossFunctionImport from './no-cross-function-import.mjs'
import noLintComments from './no-lint-comments.mjs'
import noServerImportInApp from './no-server-import-in-app.mjs'
import noWhereId from './no-where-id.mjs'

/** The house rules that no published plugin knows (docs/conventions.md). */
export default {
  meta: { name: 'zhucun' },
  rules: {
    'collection-owner': collectionOwner,
    'no-cross-function-import': noCrossFunctionImport,
    'no-lint-comments': noLintComments,
    'no-server-import-in-app': noServerImportInApp,
    'no-where-id': noWhereId,
  },
}
