/**
 * Which module owns each collection (paths under cloudfunctions/src/): the only file that names the
 * collection and declares its document type. Every collection of database/collections.json is here;
 * test/functions/collection-owners.test.ts checks both, and that no other file names it.
 */
export const COLLECTION_OWNERS = {
  dispatch_units: 'shared/dispatch-units.ts',
  postings: 'shared/postings.ts',
  monitor_cases: 'shared/monitor-cases.ts',
  org_units: 'shared/org-units.ts',
  people: 'shared/people.ts',
  audit_log: 'shared/audit.ts',
  stats_village_month: 'shared/stats.ts',
  presence_checkins: 'presence/repo-checkins.ts',
  presence_days: 'shared/presence-days.ts',
  presence_leaves: 'shared/presence-leaves.ts',
  presence_policies: 'shared/presence-policy.ts',
  work_logs: 'presence/repo-days.ts',
  presence_spot_checks: 'presence/repo-spot.ts',
  presence_absences: 'shared/presence-absences.ts',
  households: 'shared/households.ts',
  bind_codes: 'org/repo-binding.ts',
  bind_requests: 'org/repo-binding.ts',
  bind_attempts: 'org/repo-binding.ts',
  rectify_items: 'shared/rectify-items.ts',
  rectify_events: 'rectify/repo-events.ts',
  escalations: 'rectify/repo-escalations.ts',
  inbox: 'shared/notify.ts',
  deliveries: 'shared/notify.ts',
  notice_grants: 'shared/notify-grants.ts',
  rate_slots: 'notice/repo-notices.ts',
  notice_urges: 'notice/repo-notices.ts',
  public_notices: 'shared/public-notices.ts',
  notice_objections: 'notice/repo-notices.ts',
  visits: 'visit/repo-visits.ts',
  visit_versions: 'visit/repo-visits.ts',
  visit_coverage: 'shared/visit-coverage.ts',
  stats_village: 'shared/stats.ts',
  visit_policies: 'shared/visit-policy.ts',
  household_cards: 'visit/repo-cards.ts',
  stats_unit_month: 'report/repo-stats.ts',
  presence_months: 'shared/stats.ts',
  uploads: 'shared/uploads.ts',
  job_runs: 'shared/daily-jobs.ts',
  feedback: 'feedback/repo.ts',
  feedback_slots: 'feedback/repo.ts',
} as const

export type CollectionName = keyof typeof COLLECTION_OWNERS
