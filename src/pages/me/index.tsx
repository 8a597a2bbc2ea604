import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { AsyncGate } from '@/components/async-gate'
import { PersonHeader } from '@/components/person-header'
import { goToDevSignIn } from '@/hooks/use-dev-identities'
import { goToBind } from '@/hooks/use-bind'
import { OrgMenu } from '@/components/org-menu'
import { FeedbackEntry } from '@/components/feedback-entry'
import { CardPhoneSetting } from '@/components/card-phone-setting'
import { roleText, rolesLine, useWorkbench } from '@/hooks/use-workbench'
import { supportsDevIdentity } from '@/services/identity'
import './index.scss'

export default function MePage() {
  const { state, reload } = useWorkbench()

  return (
    <View className='zc-page me-page'>
      <AsyncGate
        state={state}
        onRetry={reload}
        onSignIn={supportsDevIdentity ? goToDevSignIn : undefined}
        onBind={goToBind}
      >
        {(workbench) => (
          <>
            <PersonHeader
              name={workbench.person.name}
              roles={rolesLine(workbench.roles)}
              scopeLabel={workbench.scopeLabel}
            />
            <View className='me-page__body'>
              <CellGroup title='个人信息'>
                <Cell title='姓名' extra={workbench.person.name} />
                <Cell
                  className='phone-masked'
                  title='手机号'
                  extra={workbench.person.phoneMasked || '未登记'}
                />
              </CellGroup>
              <CellGroup title='角色与负责范围'>
                {workbench.roles.length === 0 ? <Cell title='暂无角色' /> : null}
                {workbench.roles.map((role) => (
                  <Cell
                    key={`${role.role}-${role.post ?? ''}`}
                    className='role-item'
                    title={roleText(role)}
                    description={role.units.map((unit) => unit.name).join('、') || '未指定单位'}
                  />
                ))}
              </CellGroup>
              <CardPhoneSetting
                // Per person, not per saved value: a remount after 保存 would drop the 「已保存」 message.
                key={workbench.person.id}
                current={workbench.person.cardPhone}
                onSaved={() => void reload()}
              />
              <OrgMenu roles={workbench.roles} />
              <FeedbackEntry roles={workbench.roles.map((r) => r.role)} />
              {supportsDevIdentity ? (
                <View className='me-page__actions'>
                  <Button className='switch-identity' block type='default' onClick={goToDevSignIn}>
                    切换演示身份
                  </Button>
                  <Text className='me-page__hint'>当前连接本地演示环境，数据均为演示数据</Text>
                </View>
              ) : null}
            </View>
          </>
        )}
      </AsyncGate>
      {/* Outside the gate: villagers and unbound users read the guide too. */}
      <View className='me-page__body'>
        <CellGroup title='隐私'>
          <Cell
            className='menu-privacy'
            title='隐私保护指引'
            description='收集哪些信息、为什么、谁能看到、保存多久'
            extra='›'
            clickable
            onClick={() => void Taro.navigateTo({ url: '/packages/compliance/pages/privacy/index' })}
          />
        </CellGroup>
      </View>
    </View>
  )
}
