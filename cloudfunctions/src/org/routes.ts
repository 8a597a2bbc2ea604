import type { Routes } from '../shared/handler'
import { getWorkbench } from './handlers/get-workbench'

export const routes: Routes<'org'> = {
  getWorkbench,
}
