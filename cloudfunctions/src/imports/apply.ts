import type { HandlerContext } from '../shared/context'
import { moveContact, takeContact } from '../shared/dispatch-contact'
import { updateDispatchUnit, writeDispatchUnits } from '../shared/dispatch-units'
import { writeHouseholds } from '../shared/households'
import { writeUnits } from '../shared/org-units'
import { writePeople } from '../shared/people'
import { writeSecondments } from '../shared/secondments'
import type { ImportPlan } from './plan'

/**
 * Units first (people and households point at them), then 派出单位 and people (households and 挂职 name
 * them), then each 派出单位's contact: after the people, so a contact who is also on the 人员 sheet
 * keeps both their roles.
 */
export async function applyPlan(ctx: HandlerContext, plan: ImportPlan): Promise<void> {
  const { db } = ctx
  await writeUnits(db, plan.writes.units)
  await writeDispatchUnits(db, plan.writes.dispatch)
  await writePeople(db, plan.writes.people)
  await writeSecondments(db, plan.writes.secondments)
  for (const c of plan.contacts) {
    const contact = { name: c.name, phone: c.phone }
    const taken = c.formerPhoneHash
      ? await moveContact(
          ctx,
          { id: c.dispatchUnitId, ownerUnitId: c.ownerUnitId, formerPhoneHash: c.formerPhoneHash },
          contact,
        )
      : await takeContact(ctx, c.dispatchUnitId, c.ownerUnitId, contact)
    if (taken.bound || c.formerPhoneHash)
      await updateDispatchUnit(db, c.dispatchUnitId, {
        contactPersonId: taken.bound ? taken.personId : null,
        updatedAt: ctx.now,
      })
  }
  await writeHouseholds(db, plan.writes.households)
}
