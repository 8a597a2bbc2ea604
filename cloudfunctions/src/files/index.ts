import { createMain } from '../shared/dispatch'
import { initCloud } from '../shared/init-cloud'
import { routes } from './routes'
// The same file the platform reads its triggers from: only those may run the timer job.
import config from './config.json'

initCloud()

export const main = createMain('files', routes, config)
