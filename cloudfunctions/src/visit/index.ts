import * as cloud from 'wx-server-sdk'
import { createMain, type RouteTable } from '../shared/dispatch'
import { routes } from './routes'
// The same file the platform reads its triggers from: only those may run the timer job.
import config from './config.json'
import { recountTimer } from './timer'

// DYNAMIC_CURRENT_ENV is a symbol the SDK accepts; its typings only admit strings.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

export const main = createMain('visit', routes as unknown as RouteTable, config, recountTimer)
