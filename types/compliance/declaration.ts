/**
 * The shapes of the compliance declarations. A field pattern is a dotted path whose segments may be
 * `*` (any one segment); it matches the END of a collected path, so `location.lat` also covers
 * `photos.location.lat`. `fn.action:path` limits it to one action.
 */
export interface PersonalInfoDecl {
  key: string
  /** 个人信息名称 as the filing form and the privacy guide name it. */
  label: string
  /** 敏感个人信息 (个人信息保护法 第二十八条): location tracks, ID numbers, health, images of people. */
  sensitive: boolean
  /** Whose information it is. */
  subjects: string
  fields: readonly string[]
  purpose: string
  necessity: string
  visibleTo: string
  retention: string
  masking: string
  /** Where it is stored (collections). */
  stored: readonly string[]
}

/** Collected fields that are not personal information, grouped with the reason why not. */
export interface WorkFieldGroup {
  label: string
  why: string
  fields: readonly string[]
}

/** A device permission the mini-program asks for (定位、相机、相册). */
export interface DevicePermission {
  key: 'location' | 'camera' | 'album'
  label: string
  apis: readonly string[]
  purpose: string
  /** What still works when the user refuses. */
  ifRefused: string
}

export interface ThirdParty {
  name: string
  provider: string
  role: string
  data: string
}

/** The 投诉建议 channel the filing form asks for. */
export interface FeedbackChannel {
  name: string
  where: string
  answeredBy: string
  timeLimit: string
  outside: string
}
