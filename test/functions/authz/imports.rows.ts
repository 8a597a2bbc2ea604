import type { AuthzRows, Identity } from './types'
import { uploadImport } from '../org/fixtures'

const ADMIN: readonly Identity[] = ['demo-admin']
// A file with an error in its only row.
const BAD_HOUSEHOLDS =
  '户主姓名,户主身份证号,村编码,主要致贫原因,农户类型\n王某,123,411302100200,因病,脱贫户\n'

export const importsRows: AuthzRows = {
  getImportTemplate: { input: () => ({}), allowed: [...ADMIN, 'demo-admin-b'] },
  validateImport: {
    input: (run, identity) => ({ fileID: uploadImport(run, 'households.csv', BAD_HOUSEHOLDS, identity) }),
    // The other county's admin may validate its own upload: the row naming this county's village is an issue.
    allowed: [...ADMIN, 'demo-admin-b'],
  },
  // Only the valid rows (none): the admin's import succeeds and writes no household.
  runImport: {
    input: (run, identity) => ({
      fileID: uploadImport(run, 'households.csv', BAD_HOUSEHOLDS, identity),
      validOnly: true,
    }),
    allowed: [...ADMIN, 'demo-admin-b'],
  },
}
