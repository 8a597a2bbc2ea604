import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, Input, Switch } from '@nutui/nutui-react-taro'
import { RADIUS_RANGE_TEXT } from '@contract/domain/org-unit'
import type { UnitDetail } from '@/hooks/use-org-unit'
import { useVillageSettings } from '@/hooks/use-village-settings'
import './index.scss'

const isWeapp = process.env.TARO_ENV === 'weapp'

/** The county admin's 编辑村部位置: the 党群服务中心 point (wgs84), the check-in radius and the two flags. */
export function VillageSettings({ detail, onSaved }: { detail: UnitDetail; onSaved: () => void }) {
  const { form, set, pick, save, busy, message } = useVillageSettings(detail, onSaved)
  return (
    <View className='village-settings'>
      <View className='zc-section-title'>编辑村部位置</View>
      <CellGroup>
        <Cell>
          <Text className='village-settings__label'>纬度（WGS84）</Text>
          <Input
            className='village-lat'
            type='digit'
            placeholder='如 33.223400'
            value={form.lat}
            onChange={(v: string) => set('lat', v)}
          />
        </Cell>
        <Cell>
          <Text className='village-settings__label'>经度（WGS84）</Text>
          <Input
            className='village-lng'
            type='digit'
            placeholder='如 112.652600'
            value={form.lng}
            onChange={(v: string) => set('lng', v)}
          />
        </Cell>
        <Cell>
          <Text className='village-settings__label'>签到半径（米）</Text>
          <Input
            className='village-radius'
            type='number'
            placeholder={RADIUS_RANGE_TEXT}
            value={form.radiusM}
            onChange={(v: string) => set('radiusM', v)}
          />
        </Cell>
        <Cell
          title='贫困村'
          extra={
            <Switch className='village-poor' checked={form.poor} onChange={(v: boolean) => set('poor', v)} />
          }
        />
        <Cell
          title='软弱涣散村'
          extra={
            <Switch className='village-weak' checked={form.weak} onChange={(v: boolean) => set('weak', v)} />
          }
        />
      </CellGroup>
      <View className='village-settings__actions'>
        {isWeapp ? (
          <Button type='default' className='village-pick' onClick={() => void pick()}>
            在地图上选点
          </Button>
        ) : null}
        <Button type='primary' className='village-save' loading={busy} onClick={() => void save()}>
          保存
        </Button>
      </View>
      {message ? <Text className='zc-p__msg village-settings__msg'>{message}</Text> : null}
    </View>
  )
}
