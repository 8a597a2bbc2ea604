/**
 * The browser build's file picker: a hidden `<input type="file">`. The File comes back as it is, so a
 * photo the browser cannot decode (HEIC outside Safari) reaches our own decoder and its Chinese
 * refusal — Taro's H5 chooser drops such a file silently and reports nothing chosen.
 */
export function chooseBrowserFile(opts: { accept: string; capture?: 'environment' }): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = opts.accept
    if (opts.capture) input.setAttribute('capture', opts.capture)
    input.className = 'zc-file-input'
    input.style.display = 'none'
    const done = (file: File | null) => {
      input.remove()
      resolve(file)
    }
    input.addEventListener('change', () => done(input.files?.[0] ?? null))
    input.addEventListener('cancel', () => done(null))
    document.body.appendChild(input)
    input.click()
  })
}

/** Photos in every common format the phone may hand over; HEIC is listed so pickers offer it. */
export const IMAGE_ACCEPT = 'image/*,.heic,.heif'
