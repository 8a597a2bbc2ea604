import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { diffForms } from '@contract/domain/visit-diff'
import { MAX_VISIT_PHOTOS } from '@contract/domain/visit-form'
import { AsyncGate } from '@/components/async-gate'
import { VisitChanges } from '@/components/visit-changes'
import { VisitFormFields } from '@/components/visit-form-fields'
import { VisitPhoto } from '@/components/visit-photo'
import { useVisitForm } from '@/hooks/use-visit-form'
import { shanghaiTime } from '../../visit-row'
import '../../visit.scss'

/** The visit form: opens pre-filled from the last visit, saves on every change, works without signal. */
export default function VisitFormPage() {
  const { params } = useRouter()
  const { state, draft, update, addPhoto, removePhoto, submit, issues, message, editable } = useVisitForm({
    clientId: params.clientId,
    householdId: params.householdId,
  })
  return (
    <View className='zc-page visit-form-page'>
      <AsyncGate state={state} onRetry={() => undefined}>
        {() =>
          draft ? (
            <>
              <View className='zc-v__card'>
                <Text className='zc-v__title visit-form-head'>
                  {draft.headName}户 · {draft.villageName}
                </Text>
                <Text className='zc-v__muted'>
                  开始于 {shanghaiTime(draft.startedAt)}
                  {draft.startLocation
                    ? ` · 已定位（±${Math.round(draft.startLocation.accuracy)} 米）`
                    : ' · 未定位'}
                </Text>
                <Text className='zc-v__muted visit-draft-saved'>草稿已自动保存在本机</Text>
              </View>
              {draft.lastForm ? (
                <VisitChanges
                  title={`与上次走访（${draft.lastVisitAt ? shanghaiTime(draft.lastVisitAt) : ''}）相比的变化`}
                  changes={diffForms(draft.lastForm, draft.form)}
                />
              ) : (
                <Text className='zc-v__msg'>首次走访：请逐项核实</Text>
              )}
              <VisitFormFields form={draft.form} onChange={update} issues={issues} disabled={!editable} />
              <View className='zc-v__card'>
                <Text className='zc-v__title'>
                  现场照片（{draft.photos.length}/{MAX_VISIT_PHOTOS}，每张压缩至 200 KB 以内）
                </Text>
                <View className='zc-v__photos'>
                  {draft.photos.map((p) => (
                    <VisitPhoto
                      key={p.id}
                      photoRef={p.ref}
                      onClick={editable ? () => removePhoto(p.id) : undefined}
                    />
                  ))}
                </View>
                {editable && draft.photos.length < MAX_VISIT_PHOTOS ? (
                  <Button size='small' className='visit-photo-add' onClick={() => void addPhoto()}>
                    拍照
                  </Button>
                ) : null}
              </View>
              {message ? <Text className='zc-v__msg visit-form-message'>{message}</Text> : null}
              <View className='zc-v__actions'>
                {editable ? (
                  <Button type='primary' block className='visit-submit' onClick={() => void submit()}>
                    提交走访
                  </Button>
                ) : (
                  <Text className='zc-v__muted'>已提交，等待同步</Text>
                )}
              </View>
            </>
          ) : null
        }
      </AsyncGate>
    </View>
  )
}
