import type { PersonalInfoDecl } from './declaration'
import { CAPTURE_INFO } from './personal-info-capture'
import { CASEWORK_INFO } from './personal-info-casework'
import { IDENTITY_INFO } from './personal-info-identity'
import { RECORD_INFO } from './personal-info-records'

/**
 * Every personal field the product collects, with what a 备案 form and the 隐私保护指引 ask for each.
 * `test/compliance/declarations.test.ts` fails when a collected field is neither here nor in
 * `work-fields.ts`. Retention periods are the county's archive practice; adjust them in the
 * `personal-info-*.ts` file that declares the kind.
 */
export const PERSONAL_INFO: readonly PersonalInfoDecl[] = [
  ...IDENTITY_INFO,
  ...CAPTURE_INFO,
  ...RECORD_INFO,
  ...CASEWORK_INFO,
]
