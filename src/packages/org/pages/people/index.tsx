import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { PersonList } from '@/components/person-list'
import { PagedFooter } from '@/components/paged-footer'
import { IssuedCodeCard } from '@/components/issued-code'
import { usePeople } from '@/hooks/use-people'
import { useListSearch } from '@/hooks/use-list-search'
import { ListSearch } from '@/components/list-search'
import { useWorkbench } from '@/hooks/use-workbench'
import './index.scss'

const BOUND_GROUPS = [
  {
    key: 'bound',
    title: '微信绑定',
    options: [
      { value: 'true', label: '已绑定' },
      { value: 'false', label: '未绑定' },
    ],
  },
]

// A resident cadre's 派出单位 is chosen on the register page, which lists the county's units.
const chooseDispatch = (personId: string, name: string) =>
  void Taro.navigateTo({
    url: `/packages/org/pages/dispatch/index?assignPersonId=${personId}&name=${encodeURIComponent(name)}`,
  })

/** People of a unit, phones masked. County admins also issue binding codes and unbind here. */
export default function PeoplePage() {
  const params = useRouter().params
  const unitId = params.unitId ?? ''
  const search = useListSearch({ bound: params.bound === 'false' ? 'false' : null })
  const boundFilter = search.filters.bound
  const bound = boundFilter === 'true' ? true : boundFilter === 'false' ? false : undefined
  const { list, issued, actionError, issueCode, unbind } = usePeople(unitId, bound, search.search, search.key)
  const { state } = useWorkbench()
  const admin = state.status === 'ready' && state.data.roles.some((r) => r.role === 'admin')

  return (
    <View className='zc-page people-page'>
      <ListSearch state={search} placeholder='姓名或拼音首字母，如 zs' groups={BOUND_GROUPS} />
      {issued ? (
        <IssuedCodeCard issued={issued} name={list.items.find((p) => p.id === issued.personId)?.name ?? ''} />
      ) : null}
      {actionError ? <Text className='people-page__error'>{actionError}</Text> : null}
      <PersonList
        people={list.items}
        extra={
          admin
            ? (p) =>
                p.status !== 'active' ? null : (
                  <>
                    {p.roles.some((r) => r.role === 'resident_cadre') ? (
                      <Button
                        size='small'
                        className='choose-dispatch'
                        onClick={() => chooseDispatch(p.id, p.name)}
                      >
                        派出单位
                      </Button>
                    ) : null}
                    {p.bound ? (
                      <Button size='small' className='unbind-person' onClick={() => void unbind(p.id)}>
                        解除绑定
                      </Button>
                    ) : (
                      <Button
                        size='small'
                        type='primary'
                        className='issue-code'
                        onClick={() => void issueCode(p.id)}
                      >
                        生成绑定码
                      </Button>
                    )}
                  </>
                )
            : undefined
        }
      />
      <PagedFooter
        list={list}
        empty={search.search.q || search.search.initial ? '没有找到匹配的人员' : '暂无人员'}
      />
    </View>
  )
}
