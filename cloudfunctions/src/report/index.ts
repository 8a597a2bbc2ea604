import { initCloud } from '../shared/init-cloud'
import { routes } from './routes'
// The same file the platform reads its triggers from: only those may run the timer job.
import config from './config.json'
import { REPORT_JOBS } from './timer'
import { withDailyJobs } from '../shared/with-daily-jobs'

initCloud()

export const main = withDailyJobs('report', routes, config, REPORT_JOBS)
