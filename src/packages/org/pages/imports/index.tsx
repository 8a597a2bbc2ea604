import { View, Text } from '@tarojs/components'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { ImportReportView } from '@/components/import-report'
import { useImport } from '@/hooks/use-import'
import './index.scss'

/** Pick a file, read the check report, then import — nothing is written before the admin says so. */
export default function ImportsPage() {
  const { step, fileName, report, error, outcome, pickAndCheck, runImport, downloadTemplate } = useImport()
  const busy = step === 'checking' || step === 'importing'

  return (
    <View className='zc-page imports-page'>
      <View className='imports-page__intro'>
        <Text>
          按模板填写「组织」「派出单位」「人员」「农户」「家庭成员」表（xlsx，或每类一个
          csv），先检查，再导入。重复导入同一文件不会产生重复数据。
        </Text>
      </View>
      <View className='imports-page__actions'>
        <Button className='import-template' block onClick={() => void downloadTemplate()}>
          下载模板
        </Button>
        <Button
          className='import-pick'
          type='primary'
          block
          disabled={busy}
          onClick={() => void pickAndCheck()}
        >
          选择文件并检查
        </Button>
      </View>
      {fileName ? <Text className='imports-page__file'>文件：{fileName}</Text> : null}
      {busy ? (
        <Loading type='circular'>{step === 'checking' ? '正在上传并检查…' : '正在导入…'}</Loading>
      ) : null}
      {error ? <Text className='imports-page__error import-error'>{error}</Text> : null}
      {step === 'done' && outcome ? (
        <Text
          className={`imports-page__done import-done ${outcome.written ? '' : 'imports-page__done--none import-done--none'}`}
        >
          {outcome.text}
        </Text>
      ) : null}
      {report ? <ImportReportView report={report} /> : null}
      {step === 'checked' && report && report.counts.length > 0 ? (
        <View className='imports-page__actions'>
          {report.clean ? (
            <Button className='import-run' type='primary' block onClick={() => void runImport(false)}>
              导入
            </Button>
          ) : (
            <Button className='import-run-valid' type='warning' block onClick={() => void runImport(true)}>
              只导入无误的行（跳过 {report.counts.reduce((n, c) => n + c.invalid, 0)} 行）
            </Button>
          )}
        </View>
      ) : null}
    </View>
  )
}
