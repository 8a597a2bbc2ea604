import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { PagedFooter } from '@/components/paged-footer'
import { PersonList } from '@/components/person-list'
import { IssuedCodeCard } from '@/components/issued-code'
import { useBindRequests } from '@/hooks/use-bind-requests'
import { useListSearch } from '@/hooks/use-list-search'
import { ListSearch } from '@/components/list-search'
import { usePeople } from '@/hooks/use-people'
import { useWorkbench } from '@/hooks/use-workbench'
import './index.scss'

/** Pending requests to approve, and everyone of the county not yet bound, with 生成绑定码. */
export default function BindingPage() {
  const { state } = useWorkbench()
  const county =
    state.status === 'ready' ? (state.data.roles.find((r) => r.role === 'admin')?.units[0]?.id ?? '') : ''
  return (
    <View className='zc-page binding-page'>
      <Requests />
      {county ? <Unbound unitId={county} /> : null}
    </View>
  )
}

function Requests() {
  const { list, error, decide } = useBindRequests()
  return (
    <>
      <View className='zc-section-title'>待审核的绑定申请</View>
      {error ? <Text className='binding-page__error'>{error}</Text> : null}
      <CellGroup>
        {list.items.map((r) => (
          <Cell
            key={r.id}
            className='bind-request-item'
            title={`${r.personName}（${r.unitName}）`}
            description={`${r.phoneMasked} · 申请于 ${r.createdAt.slice(0, 10)}`}
            extra={
              <View className='binding-page__decide'>
                <Button
                  size='small'
                  type='primary'
                  className='approve-request'
                  onClick={() => void decide(r.id, true)}
                >
                  通过
                </Button>
                <Button size='small' className='reject-request' onClick={() => void decide(r.id, false)}>
                  拒绝
                </Button>
              </View>
            }
          />
        ))}
      </CellGroup>
      <PagedFooter list={list} empty='暂无待审核的申请' />
    </>
  )
}

function Unbound({ unitId }: { unitId: string }) {
  const search = useListSearch()
  const { list, issued, actionError, issueCode } = usePeople(unitId, false, search.search, search.key)
  return (
    <>
      <View className='zc-section-title'>尚未绑定微信的人员</View>
      <ListSearch state={search} placeholder='姓名或拼音首字母，如 zs' />
      {issued ? (
        <IssuedCodeCard issued={issued} name={list.items.find((p) => p.id === issued.personId)?.name ?? ''} />
      ) : null}
      {actionError ? <Text className='binding-page__error'>{actionError}</Text> : null}
      <PersonList
        people={list.items}
        extra={(p) =>
          p.status === 'active' ? (
            <Button size='small' type='primary' className='issue-code' onClick={() => void issueCode(p.id)}>
              生成绑定码
            </Button>
          ) : null
        }
      />
      <PagedFooter list={list} empty='所有人员均已绑定' />
    </>
  )
}
