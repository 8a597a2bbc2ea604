import * as cloud from 'wx-server-sdk'
import { createMain, type RouteTable } from '../shared/dispatch'
import { routes } from './routes'
import config from './config.json'

// DYNAMIC_CURRENT_ENV is a symbol the SDK accepts; its typings only admit strings.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

export const main = createMain('feedback', routes as unknown as RouteTable, config)
