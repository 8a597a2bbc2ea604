import { useEffect, useState } from 'react'
import { Image } from '@tarojs/components'
import { photoSrc } from '@/services/photo-store'
import './index.scss'

/** A draft photo shown from its local reference (a saved file, or IndexedDB in the browser). */
export function VisitPhoto({ photoRef, onClick }: { photoRef: string; onClick?: () => void }) {
  const [src, setSrc] = useState('')
  useEffect(() => {
    let live = true
    void photoSrc(photoRef).then((s) => live && setSrc(s))
    return () => {
      live = false
    }
  }, [photoRef])
  return <Image className='zc-vphoto visit-photo' src={src} mode='aspectFill' onClick={onClick} />
}
