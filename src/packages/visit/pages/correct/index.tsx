import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { diffForms } from '@contract/domain/visit-diff'
import { formIssues } from '@contract/domain/visit-form'
import { AsyncGate } from '@/components/async-gate'
import { VisitChanges } from '@/components/visit-changes'
import { VisitFormFields } from '@/components/visit-form-fields'
import { useCorrection } from '@/hooks/use-visit-detail'
import { FieldLabel } from '@/components/field-label'
import '../../visit.scss'

/** 更正: edit a submitted visit with a reason; the earlier version stays and is shown. */
export default function CorrectPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const { state, form, setForm, reason, setReason, submit, message } = useCorrection(id)
  return (
    <View className='zc-page visit-correct-page'>
      <AsyncGate state={state} onRetry={() => undefined}>
        {(v) =>
          form ? (
            <>
              <Text className='zc-v__msg'>
                更正 {v.headName}户 的第 {v.version} 版走访；原记录会保留。
              </Text>
              <VisitChanges title='本次更正的内容' changes={diffForms(v.form, form)} />
              <VisitFormFields
                form={form}
                onChange={(change) => setForm(change(form))}
                issues={formIssues(form)}
              />
              <View className='zc-v__card'>
                <FieldLabel text='更正理由' />
                <TextArea
                  className='visit-correct-reason'
                  placeholder='更正理由（必填）'
                  maxLength={200}
                  value={reason}
                  onChange={setReason}
                />
              </View>
              {message ? <Text className='zc-v__msg visit-correct-message'>{message}</Text> : null}
              <View className='zc-v__actions'>
                <Button
                  type='primary'
                  block
                  className='visit-correct-submit'
                  onClick={() =>
                    void submit().then((ok) => {
                      if (ok) void Taro.navigateBack()
                    })
                  }
                >
                  保存更正
                </Button>
              </View>
            </>
          ) : null
        }
      </AsyncGate>
    </View>
  )
}
