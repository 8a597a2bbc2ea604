import type { Routes } from '../shared/handler'
import { getImportTemplate } from './handlers/get-import-template'
import { validateImport } from './handlers/validate-import'
import { runImport } from './handlers/run-import'

export const routes: Routes<'imports'> = {
  getImportTemplate,
  validateImport,
  runImport,
}
