import * as cloud from 'wx-server-sdk'
import { createMain } from '../shared/dispatch'
import { routes } from './routes'
// The same file the platform reads its triggers from: only those may run the timer job.
import config from './config.json'

// DYNAMIC_CURRENT_ENV is a symbol the SDK accepts; its typings only admit strings.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

export const main = createMain('presence', routes, config)
