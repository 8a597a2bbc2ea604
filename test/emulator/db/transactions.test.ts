// Transactions through the real wx-server-sdk: runTransaction / startTransaction, isolation of
// staged writes, rollback, and optimistic conflict detection with the SDK's retry.
import { failure, type Harness, startHarness } from './harness'

let h: Harness
beforeAll(() => {
  h = startHarness('transactions')
})
afterAll(() => h.close())
beforeEach(() => {
  h.local.clear()
  h.local.insertMany('accounts', [
    { _id: 'a', balance: 100 },
    { _id: 'b', balance: 50 },
  ])
})

type Tx = {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<{ data: Record<string, unknown> }>
      update(o: { data: Record<string, unknown> }): Promise<unknown>
      set(o: { data: Record<string, unknown> }): Promise<unknown>
      remove(): Promise<unknown>
    }
    add(o: { data: Record<string, unknown> }): Promise<{ _id: string }>
    where(q: Record<string, unknown>): { get(): Promise<{ data: Array<Record<string, unknown>> }> }
  }
  commit(): Promise<unknown>
  rollback(reason?: unknown): Promise<unknown>
}
const balance = (id: string): unknown => h.local.find('accounts', { _id: id })[0]?.balance
const run = <T>(fn: (tx: Tx) => Promise<T>): Promise<T> => h.db.runTransaction(fn) as Promise<T>
const start = (): Promise<Tx> => h.db.startTransaction() as Promise<Tx>

describe('runTransaction', () => {
  it('commits all writes together and resolves with the callback result', async () => {
    const result = await run(async (tx) => {
      const a = (await tx.collection('accounts').doc('a').get()).data
      await tx
        .collection('accounts')
        .doc('a')
        .update({ data: { balance: (a.balance as number) - 30 } })
      await tx
        .collection('accounts')
        .doc('b')
        .update({ data: { balance: h._.inc(30) } })
      return 'moved'
    })
    expect(result).toBe('moved')
    expect([balance('a'), balance('b')]).toEqual([70, 80])
  })

  it('writes nothing when the callback throws, and rethrows its error', async () => {
    const before = h.local.snapshot()
    await expect(
      run(async (tx) => {
        await tx
          .collection('accounts')
          .doc('a')
          .update({ data: { balance: 0 } })
        await tx.collection('accounts').add({ data: { _id: 'c', balance: 1 } })
        throw new Error('business rule')
      }),
    ).rejects.toThrow('business rule')
    expect(h.local.snapshot()).toEqual(before)
  })

  it('writes nothing after rollback(reason) and rejects with the reason', async () => {
    const before = h.local.snapshot()
    await expect(
      run(async (tx) => {
        await tx.collection('accounts').doc('a').remove()
        await tx.rollback('insufficient funds')
      }),
    ).rejects.toBe('insufficient funds')
    expect(h.local.snapshot()).toEqual(before)
  })

  it('lets the transaction read its own writes while others see nothing until commit', async () => {
    await run(async (tx) => {
      await tx.collection('accounts').add({ data: { _id: 'c', balance: 5 } })
      await tx
        .collection('accounts')
        .doc('a')
        .set({ data: { balance: 1, frozen: true } })
      expect((await tx.collection('accounts').doc('c').get()).data).toEqual({ _id: 'c', balance: 5 })
      const frozen = await tx.collection('accounts').where({ frozen: true }).get()
      expect(frozen.data.map((d) => d._id)).toEqual(['a'])
      expect(h.local.count('accounts')).toBe(2)
      expect(balance('a')).toBe(100)
    })
    expect(h.local.count('accounts')).toBe(3)
    expect(balance('a')).toBe(1)
  })

  it('retries the whole callback when a write outside lands on a document it wrote, then succeeds', async () => {
    let attempts = 0
    await run(async (tx) => {
      attempts++
      const a = (await tx.collection('accounts').doc('a').get()).data
      await tx
        .collection('accounts')
        .doc('a')
        .update({ data: { balance: (a.balance as number) + 10 } })
      // Someone else changes the same document after our write: our commit conflicts, raw, so
      // the SDK's runTransaction runs the callback again.
      if (attempts === 1)
        await h.db
          .collection('accounts')
          .doc('a')
          .update({ data: { balance: h._.inc(1) } })
    })
    expect(attempts).toBe(2)
    expect(balance('a')).toBe(111)
  })

  it('rejects a write to a document changed outside since it began, without a retry and writing nothing', async () => {
    let attempts = 0
    const err = await failure(
      run(async (tx) => {
        attempts++
        await tx
          .collection('accounts')
          .doc('b')
          .update({ data: { balance: 0 } })
        await tx.collection('accounts').doc('a').get()
        await h.db
          .collection('accounts')
          .doc('a')
          .update({ data: { balance: h._.inc(1) } })
        await tx
          .collection('accounts')
          .doc('a')
          .update({ data: { balance: 0 } })
      }),
    )
    // wx-server-sdk wraps errors of in-transaction calls (errCode, no `code`): runTransaction
    // does not retry them, on CloudBase as here.
    expect(err.message).toContain('TransactionConflict')
    expect(attempts).toBe(1)
    expect([balance('a'), balance('b')]).toEqual([101, 50])
  })
})

describe('startTransaction', () => {
  it('refuses at once a write to a document another open transaction wrote, and aborts the loser', async () => {
    const t1 = await start()
    const t2 = await start()
    const a1 = (await t1.collection('accounts').doc('a').get()).data.balance as number
    const a2 = (await t2.collection('accounts').doc('a').get()).data.balance as number
    await t1
      .collection('accounts')
      .doc('a')
      .update({ data: { balance: a1 - 10 } })
    const err = await failure(
      t2
        .collection('accounts')
        .doc('a')
        .update({ data: { balance: a2 - 20 } }),
    )
    expect(err.message).toContain('TransactionConflict')
    await t1.commit()
    expect(balance('a')).toBe(90)
    expect((await failure(t2.commit())).code).toBe('DATABASE_TRANSACTION_FAIL')
  })

  it('commits two transactions that each wrote what the other read (write skew), as MongoDB does', async () => {
    const t1 = await start()
    const t2 = await start()
    const a = (await t1.collection('accounts').doc('a').get()).data.balance as number
    const b = (await t2.collection('accounts').doc('b').get()).data.balance as number
    await t1
      .collection('accounts')
      .doc('b')
      .update({ data: { balance: a } })
    await t2
      .collection('accounts')
      .doc('a')
      .update({ data: { balance: b } })
    await t1.commit()
    await t2.commit()
    expect([balance('a'), balance('b')]).toEqual([50, 100])
  })

  it('keeps a long transaction on its snapshot while shorter ones start and finish around it', async () => {
    const long = await start()
    await h.db
      .collection('accounts')
      .doc('a')
      .update({ data: { balance: 1 } })
    for (let i = 0; i < 3; i++) {
      const short = await start()
      await short
        .collection('accounts')
        .doc('b')
        .update({ data: { balance: i } })
      await short.commit()
    }
    expect((await long.collection('accounts').doc('a').get()).data.balance).toBe(100)
    expect((await long.collection('accounts').doc('b').get()).data.balance).toBe(50)
    const all = await long
      .collection('accounts')
      .where({ balance: h._.gte(50) })
      .get()
    expect(all.data.map((d) => d._id).sort()).toEqual(['a', 'b'])
    await long.rollback()
    expect([balance('a'), balance('b')]).toEqual([1, 2])
  })

  it('commits overlapping transactions that touch different documents', async () => {
    const t1 = await start()
    const t2 = await start()
    await t1
      .collection('accounts')
      .doc('a')
      .update({ data: { balance: 1 } })
    await t2
      .collection('accounts')
      .doc('b')
      .update({ data: { balance: 2 } })
    await t2.commit()
    await t1.commit()
    expect([balance('a'), balance('b')]).toEqual([1, 2])
  })

  it('discards staged writes on rollback', async () => {
    const t = await start()
    await t.collection('accounts').doc('b').remove()
    await t.rollback()
    expect(balance('b')).toBe(50)
  })

  it('refuses to commit a transaction twice', async () => {
    const t = await start()
    await t.commit()
    await failure(t.commit())
  })
})
