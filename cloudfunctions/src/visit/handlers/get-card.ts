import { AppError } from '@contract/errors'
import { kindLabel, POVERTY_CAUSE } from '@contract/domain/household'
import { HELP, type VisitForm } from '@contract/domain/visit-form'
import { maskName, maskText } from '@contract/domain/visit-mask'
import { POST_LABELS, ROLE_LABELS } from '@contract/domain/role'
import type { Handler } from '../../shared/handler'
import type { PersonDoc } from '../../shared/docs'
import { activePeopleOfUnits, peopleByIds } from '../../shared/people'
import { getUnitsByIds } from '../../shared/org-units'
import { placeIds } from '../access'
import { getCardDoc } from '../repo-cards'
import { kindOf, loadHousehold } from '../../shared/households'
import { visitsOfHousehold } from '../repo-visits'
import { casesOfHousehold, type MonitorCaseDoc } from '../../shared/monitor-cases'
import { CASE_KIND, CASE_STEP, MEASURE_STATUS, MEASURE_TYPE, RISK_TYPE } from '@contract/domain/monitoring'
import { measuresOfHousehold } from '../../shared/household-measures'
import { decrypt } from '../../shared/sensitive'

/** The number a cadre chose for the 明白卡, in full (so the household can call), or null. */
function chosenPhone(p: PersonDoc): { phone: string | null; phoneLabel: string } {
  const c = p.cardPhone
  if (c?.choice === 'work' && c.workPhoneEnc)
    return { phone: decrypt(c.workPhoneEnc), phoneLabel: '办公电话' }
  if (c?.choice === 'mobile' && p.phoneEnc) return { phone: decrypt(p.phoneEnc), phoneLabel: '手机' }
  return { phone: null, phoneLabel: '' }
}

/** The household's current 监测 case: the newest not rejected (风险消除 done means none is open). */
function currentCase(cases: MonitorCaseDoc[]): MonitorCaseDoc | null {
  const live = cases.filter((c) => c.step !== 'rejected')
  const last = live[live.length - 1]
  return last && !(last.kind === 'clearance' && last.step === 'done') ? last : null
}

async function contactsOf(
  db: Parameters<typeof loadHousehold>[0],
  pairingIds: string[],
  villageId: string,
): Promise<PersonDoc[]> {
  const [paired, village] = await Promise.all([
    peopleByIds(db, pairingIds),
    activePeopleOfUnits(db, [villageId]),
  ])
  const secretaries = village.filter((p) =>
    p.roles.some((g) => g.post === 'first_secretary' && g.unitIds.includes(villageId)),
  )
  return [...[...paired.values()].filter((p) => p.status === 'active'), ...secretaries]
}

/**
 * The public 明白卡: anyone holding the code sees the household's kind (脱贫户 / 监测对象 and its type),
 * its open 监测 risks, the help it receives and whom to call. The head's name is masked and no ID
 * number, phone, member detail or place below the village appears; a cadre's number is in full only
 * when they chose it for the card (their profile), else masked.
 */
export const getCard: Handler<'visit', 'getCard'> = async (input, ctx) => {
  const card = await getCardDoc(ctx.db, input.code)
  if (!card) throw new AppError('not-found', '未找到该明白卡，请核对编号')
  const h = await loadHousehold(ctx.db, card.householdId)
  const place = placeIds(h.unitPath)
  const [units, visits, contacts, cases, planned] = await Promise.all([
    getUnitsByIds(ctx.db, [place.villageId, place.townshipId]),
    visitsOfHousehold(ctx.db, h._id, 10),
    contactsOf(ctx.db, h.pairingCadreIds, place.villageId),
    casesOfHousehold(ctx.db, h._id),
    measuresOfHousehold(ctx.db, h._id),
  ])
  const open = currentCase(cases)
  // The household's 帮扶措施 with their status first, then the help the visits recorded.
  const measures = [
    ...new Set([
      ...planned.map((m) => `${MEASURE_TYPE.labels[m.type]}（${MEASURE_STATUS.labels[m.status]}）`),
      ...visits.flatMap((v) => (v.form as VisitForm).help.measures.map((k) => HELP.labels[k])),
    ]),
  ]
  const recentHelp = visits
    .filter((v) => v.form.help.text)
    .slice(0, 3)
    .map((v) => ({ at: new Date(v.startedAt).toISOString(), text: maskText(v.form.help.text, [h.headName]) }))
  return {
    headName: maskName(h.headName),
    villageName: units.get(place.villageId)?.name ?? '',
    townshipName: units.get(place.townshipId)?.name ?? '',
    kindLabel: kindLabel(kindOf(h).kind, kindOf(h).monitorType),
    risks: open ? open.risks.map((r) => RISK_TYPE.labels[r]) : [],
    monitorStep: open ? `${CASE_KIND.labels[open.kind]} · ${CASE_STEP.labels[open.step]}` : null,
    mainCauseLabel: h.mainCause ? POVERTY_CAUSE.labels[h.mainCause] : '',
    memberCount: h.members.length,
    measures,
    recentHelp,
    contacts: contacts.map((p) => {
      const grant =
        p.roles.find((g) => g.post === 'first_secretary') ??
        p.roles.find((g) => g.role === 'pairing_cadre') ??
        p.roles[0]
      return {
        name: p.name,
        role: grant?.post ? POST_LABELS[grant.post] : grant ? ROLE_LABELS[grant.role] : '',
        phoneMasked: p.cardPhone?.choice === 'work' ? p.cardPhone.workPhoneMasked : p.phoneMasked,
        ...chosenPhone(p),
      }
    }),
    lastVisitAt: visits[0] ? new Date(visits[0].startedAt).toISOString() : null,
  }
}
