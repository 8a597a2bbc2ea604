import * as cloud from 'wx-server-sdk'
import { createMain, type RouteTable } from '../shared/dispatch'
import { routes } from './routes'
import { REPORT_JOBS } from './timer'
import { dailyTimer, withDailyJobs } from '../shared/with-daily-jobs'

// DYNAMIC_CURRENT_ENV is a symbol the SDK accepts; its typings only admit strings.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

export const main = withDailyJobs('report', createMain('report', routes as unknown as RouteTable, dailyTimer(REPORT_JOBS)), REPORT_JOBS)
