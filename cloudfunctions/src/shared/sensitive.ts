import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto'
import { dataKey } from './config'

/** 138****5678: the first 3 and last 4 digits stay. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****'
}

/** 4101**********1234: the first 4 and last 4 characters stay. */
export function maskIdNumber(id: string): string {
  return id.length > 8 ? `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}` : '****'
}

/** A keyed hash, so lookups by phone or ID number work without storing them readable. */
export function keyedHash(value: string, key = dataKey()): string {
  return createHmac('sha256', key).update(value.trim().toUpperCase()).digest('hex')
}

function aesKey(key: string): Buffer {
  return createHash('sha256').update(key).digest()
}

/**
 * AES-256-GCM; the stored form is iv.tag.ciphertext in base64url. Only a seed generator passes an
 * iv (derived from the value), so committed seed files stay the same from run to run.
 */
export function encrypt(value: string, key = dataKey(), iv: Buffer = randomBytes(12)): string {
  const cipher = createCipheriv('aes-256-gcm', aesKey(key), iv)
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.')
}

export function decrypt(stored: string, key = dataKey()): string {
  const [iv, tag, body] = stored.split('.').map((s) => Buffer.from(s, 'base64url'))
  const decipher = createDecipheriv('aes-256-gcm', aesKey(key), iv)
  decipher.setAuthTag(tag)
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')
}
