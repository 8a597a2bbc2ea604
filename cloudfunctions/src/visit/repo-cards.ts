import { randomInt } from 'node:crypto'
import type { Database } from '../shared/db-types'
import type { CardDoc } from './docs'

const CARDS = 'household_cards'
// No 0/O, 1/I: the code is read aloud and typed by villagers.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** 10 characters of 32: 50 bits, so codes cannot be guessed one by one. */
export function newCardCode(): string {
  return Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
}

export async function cardOfHousehold(db: Database, householdId: string): Promise<CardDoc | null> {
  const res = await db.collection(CARDS).where({ householdId }).limit(1).get<CardDoc>()
  return res.data[0] ?? null
}

export async function getCardDoc(db: Database, code: string): Promise<CardDoc | null> {
  return (await db.collection(CARDS).doc(code).get<CardDoc>()).data
}

export async function insertCard(db: Database, card: CardDoc): Promise<void> {
  const { _id, ...data } = card
  await db.collection(CARDS).doc(_id).set({ data })
}
