import type { PersonalInfoDecl } from './declaration'

const LOCATION = ['*', 'lat', 'lng', 'accuracy', 'coordType'].map((leaf) =>
  leaf === '*' ? 'location' : `location.${leaf}`,
)

/** What a record captures on the spot: where, when, and the photos and files. */
export const CAPTURE_INFO: readonly PersonalInfoDecl[] = [
  {
    key: 'location',
    label: '位置信息（签到、走访、整改、照片拍摄地点）',
    sensitive: true,
    subjects: '驻村干部、村干部、帮扶责任人',
    fields: [
      ...LOCATION,
      'presence.checkIn:lat',
      'presence.checkIn:lng',
      'presence.checkIn:accuracy',
      'presence.checkIn:coordType',
      'startLocation',
      'startLocation.*',
      'endLocation',
      'endLocation.*',
    ],
    purpose: '在村签到时确认人在村内（与村党群服务中心的距离）；走访、整改照片标注拍摄地点作为工作佐证',
    necessity: '只在本人点击签到、开始/结束走访、拍照时取一次当前位置，不连续记录行踪，不在后台定位',
    visibleTo: '本人；所辖乡镇领导、督查组、组织部管理员（只见签到点与村的距离判定和照片地点）',
    retention:
      '签到原始坐标在县里设定的期限（默认 90 天，“本县设置”可改）后由定时任务删除，只保留在村结论、距离与提示；走访、整改照片的拍摄地点与所属记录同期',
    masking: '导出材料不含坐标；列表只显示“村内/村外”和距离',
    stored: ['presence_checkins', 'presence_days', 'visits', 'rectify_items', 'uploads'],
  },
  {
    key: 'times',
    label: '签到、走访、拍照时间',
    sensitive: false,
    subjects: '驻村干部、村干部、帮扶责任人',
    fields: ['capturedAt', 'takenAt', 'startedAt', 'endedAt'],
    purpose: '与位置一起证明工作发生的时间；服务器另记自己的时间以防篡改',
    necessity: '履职记实需要日期与时间',
    visibleTo: '同位置信息',
    retention: '同位置信息',
    masking: '无',
    stored: ['presence_checkins', 'visits', 'uploads'],
  },
  {
    key: 'photos',
    label: '照片与附件（签到照片、走访照片、整改前后照片、公示附件、异议照片）',
    sensitive: true,
    subjects: '干部、农户及村民（照片中可能出现人像与住房）',
    fields: [
      'fileID',
      'photoFileId',
      'photoFileIds',
      'photos',
      'beforePhotos',
      'afterPhotos',
      'attachments',
      'attachments.name',
      'files.registerUpload:name',
      'photoCount',
      'visit.attachPhoto:index',
      'rectify.applyClose:afterFiles',
    ],
    purpose: '县里规定需要照片时作为签到佐证；整改前后对比；公示材料；村民异议的证据',
    necessity: '签到照片默认不要求（县里要求须写明理由）；只能用相机现拍，不读取相册（公示与异议可选相册）',
    visibleTo: '上传人；记录所在范围内有权查看该记录的干部；公示附件对本村村民公开',
    retention: '与所属记录同期；公示附件在公示期满后 1 年删除',
    masking: '文件存放在随机路径，只对有权查看者签发 2 小时临时链接',
    stored: [
      'uploads',
      'presence_checkins',
      'visits',
      'rectify_items',
      'public_notices',
      'notice_objections',
    ],
  },
]
