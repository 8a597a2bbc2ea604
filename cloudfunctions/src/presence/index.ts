import * as cloud from 'wx-server-sdk'
import { createMain, type RouteTable } from '../shared/dispatch'
import { routes } from './routes'
// The same file the platform reads its triggers from: only those may run the timer job.
import config from './config.json'
import { PRESENCE_JOBS } from './retention'
import { dailyTimer, withDailyJobs } from '../shared/with-daily-jobs'

// DYNAMIC_CURRENT_ENV is a symbol the SDK accepts; its typings only admit strings.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

export const main = withDailyJobs('presence', createMain('presence', routes as unknown as RouteTable, config, dailyTimer(PRESENCE_JOBS)), PRESENCE_JOBS)
