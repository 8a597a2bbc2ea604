import { useCallback, useState } from 'react'
import type { SettingsView, UpdateSettingsInput } from '@contract/api/org-settings'
import { call } from '@/services/client'
import { useAsync } from './use-async'
import { useBusy } from './use-busy'

export type { SettingsView }

/**
 * The county admin's 本县设置: one read for every section, its source, reason, the retention runs and
 * the change history; each save sends one section and shows the server's answer (reason refusals too).
 */
export function useCountySettings() {
  const { state, reload } = useAsync<SettingsView>(() => call('org', 'getSettings', {}))
  const { busy, message, run } = useBusy()
  // The answer is shown under the section that was saved.
  const [lastSection, setLastSection] = useState<UpdateSettingsInput['section'] | null>(null)
  const save = useCallback(
    async (input: UpdateSettingsInput): Promise<boolean> => {
      setLastSection(input.section)
      const saved = await run(
        () => call('org', 'updateSettings', input),
        () => '已保存，并记入修改记录',
      )
      if (saved) await reload()
      return saved !== null
    },
    [run, reload],
  )
  const messageFor = (section: UpdateSettingsInput['section']) => (lastSection === section ? message : null)
  return { state, reload, save, busy, messageFor }
}
