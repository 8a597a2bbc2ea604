import { useRouter } from '@tarojs/taro'
import { call } from '@/services/client'
import { useAsync } from './use-async'
import { usePaged } from './use-paged'

/** One 催办's receipts: who got it (and how), who read it. */
export function useUrgeReceipts() {
  const { params } = useRouter()
  return useAsync(() => call('notice', 'getUrge', { urgeId: String(params.id ?? '') }))
}

/** The 催办 I sent, newest first. */
export function useMyUrges() {
  return usePaged(async (offset, limit) => {
    const page = await call('notice', 'listUrges', { offset, limit })
    return {
      items: page.items,
      skipped: page.skipped,
      hasMore: offset + page.items.length + page.skipped < page.total,
    }
  }, 'urges')
}

/** `11-20 09:30` in China time, from an ISO instant. */
export function chinaTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(5, 16).replace('T', ' ')
}
