/** `no-restricted-syntax` entries of the house rules (shared by the config and its baseline). */
export const AS_UNKNOWN_AS = [
  {
    selector: 'TSAsExpression > TSAsExpression > TSUnknownKeyword.typeAnnotation',
    message: '`as unknown as` hides what the types should say: type the value where it comes from',
  },
]
