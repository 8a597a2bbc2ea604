import { storeAs } from '../../helpers/uploads'
import type { AuthzRows } from './types'
import { EVERYONE } from './types'

export const filesRows: AuthzRows = {
  // Anyone with an openid registers what they uploaded themselves (villagers upload objection photos).
  registerUpload: {
    input: (run, identity) => ({ fileID: storeAs(run, identity, 'objection'), purpose: 'objection' }),
    allowed: EVERYONE,
  },
}
