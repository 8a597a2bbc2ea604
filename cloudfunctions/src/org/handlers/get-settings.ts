import type { Handler } from '../../shared/handler'
import { adminCounty, buildSettingsView } from '../settings-view'

export const getSettings: Handler<'org', 'getSettings'> = async (_input, ctx) =>
  buildSettingsView(ctx, await adminCounty(ctx))
