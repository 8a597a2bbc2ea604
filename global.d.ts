/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    /** The platform Taro builds for; only weapp and h5 are used. */
    TARO_ENV: 'weapp' | 'h5' | undefined
    /** Mini-program appid, read by Taro from .env files. */
    TARO_APP_ID?: string
    /** WeChat cloud environment id for the weapp build; empty → the default environment. */
    TARO_APP_CLOUD_ENV?: string
    /** Local cloud base URL for the H5 build; empty → the page's own origin. */
    TARO_APP_API_BASE?: string
    /** Public address of the H5 build, for the villager QR code shown in WeChat; empty → path only. */
    TARO_APP_VILLAGER_H5?: string
  }
}
