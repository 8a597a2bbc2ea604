import type { Handler } from '../../shared/handler'
import { changeSection } from '../../shared/policy-change'
import { adminCounty, buildSettingsView } from '../settings-view'

/** One section at a time; stricter than the default needs a written reason (shared/policy-change.ts). */
export const updateSettings: Handler<'org', 'updateSettings'> = async (input, ctx) => {
  const county = await adminCounty(ctx)
  if (input.section === 'presence') await changeSection(ctx, county, 'presence', input.values, input.reason)
  else if (input.section === 'reminders')
    await changeSection(ctx, county, 'reminders', input.values, input.reason)
  else if (input.section === 'retention')
    await changeSection(ctx, county, 'retention', input.values, input.reason)
  else if (input.section === 'leave') await changeSection(ctx, county, 'leave', input.values, input.reason)
  else await changeSection(ctx, county, 'monitoring', input.values, input.reason)
  return buildSettingsView(ctx, county)
}
