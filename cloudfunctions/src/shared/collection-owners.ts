/**
 * The one module that may name each collection (paths under cloudfunctions/src/). Every other file
 * calls its owner; the lint rule `zhucun/collection-owner` reads this map. A collection used by more
 * than one function is owned in shared/.
 */
export const COLLECTION_OWNERS = {
  org_units: 'shared/org-read.ts',
  people: 'shared/org-read.ts',
  households: 'shared/org-read.ts',
  audit_log: 'shared/audit.ts',
  stats_village_month: 'shared/stats.ts',
  stats_village: 'shared/stats.ts',
  stats_unit_month: 'shared/stats.ts',
  presence_months: 'shared/stats.ts',
  presence_checkins: 'presence/repo-checkins.ts',
  presence_days: 'presence/repo-days.ts',
  work_logs: 'presence/repo-days.ts',
  presence_leaves: 'presence/repo-leaves.ts',
  presence_policies: 'shared/presence-policy.ts',
  presence_spot_checks: 'presence/repo-spot.ts',
  presence_absences: 'presence/repo-absences.ts',
  bind_codes: 'org/repo-binding.ts',
  bind_requests: 'org/repo-binding.ts',
  bind_attempts: 'org/repo-binding.ts',
  rectify_items: 'rectify/repo-items.ts',
  rectify_events: 'rectify/repo-events.ts',
  escalations: 'rectify/repo-escalations.ts',
  inbox: 'shared/notify.ts',
  deliveries: 'shared/notify.ts',
  notice_grants: 'shared/notify-grants.ts',
  rate_slots: 'notice/repo-notices.ts',
  notice_urges: 'notice/repo-notices.ts',
  public_notices: 'notice/repo-notices.ts',
  notice_objections: 'notice/repo-notices.ts',
  visits: 'visit/repo-visits.ts',
  visit_versions: 'visit/repo-visits.ts',
  visit_coverage: 'visit/repo-coverage.ts',
  visit_policies: 'visit/repo-policy.ts',
  household_cards: 'visit/repo-cards.ts',
  uploads: 'shared/uploads.ts',
  job_runs: 'shared/daily-jobs.ts',
} as const satisfies Record<string, string>

export type CollectionName = keyof typeof COLLECTION_OWNERS
