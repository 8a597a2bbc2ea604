import type { Routes } from '../shared/handler'
import { registerUpload } from './handlers/register-upload'

export const routes: Routes<'files'> = {
  registerUpload,
}
