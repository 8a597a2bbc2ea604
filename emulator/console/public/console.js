// The local cloud console: plain DOM, no build step, reads /console/api/*.
const $ = (sel) => document.querySelector(sel)
const esc = (s) =>
  String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])
const api = async (path, init) => {
  const res = await fetch('/console/api/' + path, init)
  if (!res.ok) throw new Error((await res.json()).error?.message || res.statusText)
  return res.json()
}
const row = (cells, tag = 'td') => '<tr>' + cells.map((c) => `<${tag}>${c}</${tag}>`).join('') + '</tr>'
let current = { name: null, skip: 0 }

async function loadCollections() {
  const { collections } = await api('collections')
  $('#collection-list').innerHTML = collections
    .map(
      (c) =>
        `<li data-name="${esc(c.name)}" class="${c.name === current.name ? 'active' : ''}">${esc(c.name)}<span class="count">${c.count}</span></li>`,
    )
    .join('')
}

async function loadDocs(name, skip = 0) {
  current = { name, skip }
  const { total, docs } = await api(`collections/${encodeURIComponent(name)}?skip=${skip}&limit=50`)
  const pager = `<div class="pager"><b>${esc(name)}</b> 共 ${total} 条，第 ${skip + 1}–${Math.min(total, skip + 50)} 条
    <button class="small" data-page="${Math.max(0, skip - 50)}" ${skip === 0 ? 'disabled' : ''}>上一页</button>
    <button class="small" data-page="${skip + 50}" ${skip + 50 >= total ? 'disabled' : ''}>下一页</button></div>`
  $('#collection-docs').innerHTML =
    pager +
    '<table>' +
    docs.map((d) => row([`<pre>${esc(JSON.stringify(d, null, 2))}</pre>`])).join('') +
    '</table>'
  await loadCollections()
}

async function loadOutbox() {
  const { entries } = await api('outbox')
  $('#outbox-table').innerHTML =
    row(['时间', '函数', '接收人', '模板', '结果', '内容'], 'th') +
    entries
      .map((e) =>
        row([
          esc(e.at),
          esc(e.fn),
          esc(e.touser),
          esc(e.templateId ?? e.api),
          `<span class="${e.errCode === 0 ? 'ok' : 'bad'}">${e.errCode} ${esc(e.errMsg)}</span>`,
          `<pre>${esc(JSON.stringify(e.data, null, 1))}</pre>`,
        ]),
      )
      .join('')
}

async function loadInvocations() {
  const { invocations } = await api('invocations')
  $('#invocation-table').innerHTML =
    row(['时间', '函数.操作', 'OPENID', '耗时 ms', '数据库请求', '检查文档', '返回文档', '结果'], 'th') +
    invocations
      .map((i) =>
        row([
          esc(i.at),
          esc(`${i.fn}.${i.action}`),
          esc(i.openid),
          i.durationMs,
          i.dbRequests,
          i.docsExamined,
          i.docsReturned,
          `<span class="${i.outcome === 'ok' ? 'ok' : 'bad'}">${esc(i.outcome)}</span>`,
        ]),
      )
      .join('')
}

async function loadTimers() {
  const { timers } = await api('timers')
  $('#timer-table').innerHTML =
    row(['函数', '触发器', 'cron（7 段，UTC+8）', '下次运行', '上次运行', '结果', ''], 'th') +
    timers
      .map((t) =>
        row([
          esc(t.fn),
          esc(t.name),
          `<code>${esc(t.config)}</code>`,
          esc(t.nextRun ?? '—'),
          esc(t.lastRun ?? '—'),
          esc(t.lastOutcome ?? '—'),
          `<button class="small" data-fire="${esc(t.fn)}/${esc(t.name)}">立即运行</button>`,
        ]),
      )
      .join('')
}

const loaders = {
  collections: loadCollections,
  outbox: loadOutbox,
  invocations: loadInvocations,
  timers: loadTimers,
}

document.addEventListener('click', async (ev) => {
  const t = ev.target.closest('button, li')
  if (!t) return
  try {
    if (t.dataset.tab) {
      document.querySelectorAll('nav button, .tab').forEach((el) => el.classList.remove('active'))
      t.classList.add('active')
      $('#' + t.dataset.tab).classList.add('active')
      await loaders[t.dataset.tab]()
    } else if (t.dataset.name) await loadDocs(t.dataset.name)
    else if (t.dataset.page) await loadDocs(current.name, Number(t.dataset.page))
    else if (t.dataset.fire) {
      t.disabled = true
      await api(`timers/${t.dataset.fire}/fire`, { method: 'POST' })
      await loadTimers()
    }
  } catch (err) {
    alert(err.message)
  }
})

loadCollections()
