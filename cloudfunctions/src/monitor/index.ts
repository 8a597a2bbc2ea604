import { createMain } from '../shared/dispatch'
import { initCloud } from '../shared/init-cloud'
import { routes } from './routes'
import config from './config.json'

initCloud()

export const main = createMain('monitor', routes, config)
