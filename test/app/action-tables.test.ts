import { API, FUNCTION_NAMES } from '../../types/api'
import { loadActionDef, loadActionTable } from '../../src/services/action-tables'
import { call } from '../../src/services/client'

describe('the action schemas the app loads per function', () => {
  it('are, for every function, the very table the function validates with', async () => {
    for (const fn of FUNCTION_NAMES) {
      expect(await loadActionTable(fn)).toBe(API[fn])
    }
  })

  it('are loaded once per function and shared by later calls', () => {
    expect(loadActionTable('presence')).toBe(loadActionTable('presence'))
  })

  it('name only the actions the contract declares, not inherited properties', async () => {
    expect(await loadActionDef('org', 'getWorkbench')).toBe(API.org.getWorkbench)
    expect(await loadActionDef('org', 'toString')).toBeUndefined()
    expect(await loadActionDef('org', 'constructor')).toBeUndefined()
  })
})

describe('a call from the app', () => {
  it('refuses bad input with the function schema, naming the field, before anything is sent', async () => {
    await expect(call('presence', 'getMonth', { month: '2026-13' })).rejects.toMatchObject({
      code: 'invalid-argument',
      field: 'month',
    })
  })

  it('passes good input on to the platform transport', async () => {
    // The test run has no platform transport: reaching it proves the input was accepted.
    await expect(call('presence', 'getMonth', { month: '2026-11' })).rejects.toThrow(/no cloud transport/)
  })
})
