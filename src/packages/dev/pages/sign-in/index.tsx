import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, Tag } from '@nutui/nutui-react-taro'
import { AsyncGate } from '@/components/async-gate'
import { useDevIdentities } from '@/hooks/use-dev-identities'
import './index.scss'

/** Local cloud only: act as one of the seeded people, standing in for WeChat's login. */
export default function DevSignInPage() {
  const { state, reload, choose, chooseNew, current } = useDevIdentities()

  return (
    <View className='zc-page sign-in-page'>
      <View className='sign-in-page__intro'>
        <Text className='sign-in-page__title'>本地演示环境</Text>
        <Text className='sign-in-page__desc'>
          选择一位演示人员进入，无需微信登录。切换后以其身份查看数据。
        </Text>
        <Button className='sign-in-page__new new-wechat-user' size='small' onClick={chooseNew}>
          以新微信用户身份进入
        </Button>
      </View>
      <AsyncGate state={state} onRetry={reload}>
        {(identities) =>
          identities.length === 0 ? (
            <View className='sign-in-page__empty'>暂无演示身份，请先导入演示数据</View>
          ) : (
            <CellGroup className='sign-in-page__list'>
              {identities.map((identity) => (
                <Cell
                  key={identity.openid}
                  className='identity-item'
                  clickable
                  align='center'
                  title={
                    <View className='identity-item__head'>
                      <Text className='identity-item__name'>{identity.name}</Text>
                      {identity.openid === current ? (
                        <Tag type='primary' plain className='identity-item__current'>
                          当前
                        </Tag>
                      ) : null}
                    </View>
                  }
                  description={
                    <View className='identity-item__meta'>
                      <Text className='identity-item__roles'>
                        {identity.roles.join('、') || '村民（未绑定）'}
                      </Text>
                      <Text className='identity-item__scope'>{identity.scopeLabel}</Text>
                    </View>
                  }
                  extra={<Text className='identity-item__arrow'>›</Text>}
                  onClick={() => choose(identity.openid)}
                />
              ))}
            </CellGroup>
          )
        }
      </AsyncGate>
    </View>
  )
}
