import * as cloud from 'wx-server-sdk'
import { createMain, type RouteTable } from '../shared/dispatch'
import { routes } from './routes'
import { NOTICE_JOBS } from './timer'
import { dailyTimer, withDailyJobs } from '../shared/with-daily-jobs'

// DYNAMIC_CURRENT_ENV is a symbol the SDK accepts; its typings only admit strings.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

export const main = withDailyJobs('notice', createMain('notice', routes as unknown as RouteTable, dailyTimer(NOTICE_JOBS)), NOTICE_JOBS)
