import { AppError } from '@contract/errors'
import type { PickedFile } from './notice-files'
import { uploadFor } from './uploads'

/** A feedback photo goes to a random path under `feedback/` and is registered for that purpose. */
export async function uploadFeedbackPhoto(file: PickedFile): Promise<string> {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(file.name)?.[1]?.toLowerCase() ?? 'jpg'
  try {
    return await uploadFor(
      'feedback',
      file.path,
      { name: file.name },
      ['jpg', 'jpeg', 'png', 'webp'].includes(ext) ? ext : 'jpg',
    )
  } catch (err) {
    throw err instanceof AppError ? err : new AppError('internal', '照片上传失败，请重试')
  }
}
