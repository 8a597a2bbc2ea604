import { instantSchema } from '../domain/calendar'
import { z } from '../zod'
import { defineAction } from './define'
import { photoLocationSchema } from '../domain/rectification'
import { uploadFileIdSchema, uploadPurposeSchema } from '../domain/upload'

export const registerUploadInput = z.strictObject({
  fileID: uploadFileIdSchema,
  purpose: uploadPurposeSchema,
  /** What the phone says: when and where the photo was taken. Kept beside the server's own record. */
  takenAt: instantSchema.optional(),
  location: photoLocationSchema.optional(),
  /** The file's own name on the phone (a spreadsheet's), for messages and the audit log. */
  name: z.string().trim().max(100).optional(),
})

export const filesApi = {
  registerUpload: defineAction({
    summary: '登记刚上传的文件（上传人、用途、服务器时间、手机所报时间地点）',
    // Villagers upload objection photos too; the handler still needs an openid.
    access: 'public',
    input: registerUploadInput,
    output: z.object({ fileID: z.string(), uploadedAt: z.string() }),
  }),
}
