// The fixture of upstream's advanced-operator.test.ts (TencentCloudBase/tcb-admin-node), verbatim,
// shared by the query and update parity tests.
export const PASSAGES = [
  { category: 'Web', tags: ['JavaScript', 'C#'], index: 0, tags2: [1, 2, 3] },
  { category: 'Web', tags: ['Go', 'C#'], index: 1, tags2: [1, 2, 3] },
  { category: 'Life', tags: ['Go', 'Python', 'JavaScript'], index: 2, tags2: [1, 2, 3] },
  { category: 'number', tags: [1, 2, 3, 4, 5, 6, 7, 8, 9], index: 3, tags2: [1, 2, 3] },
  { category: 'embedded', tags: [{ value: 1 }, { value: 7 }], index: 4, tags2: [1, 2, 3] },
  {
    category: 'float',
    tags: ['Go', 'Python', 'JavaScript'],
    index: 0.2,
    arr: [
      { name: 'A', subObj: {} },
      { name: 'B', subObj: {} },
      { name: 'C', subObj: {} },
    ],
  },
]

/** Each passage with the id upstream's inserts would leave, p0…p5. */
export const passageRows = () => PASSAGES.map((d, i) => ({ _id: `p${i}`, ...d }))
