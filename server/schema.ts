// The database's tables as Kysely sees them (server/migrations/*.sql is the truth; keep in step).
import type { ColumnType, Generated } from 'kysely';

export interface SubdistrictTable {
  id: Generated<boolean>;
  name: string;
  city: string;
  first_month: string;
  latest_month: string;
  updated_at: ColumnType<Date, Date | string, Date | string>;
}

export interface AreaTable {
  id: string;
  position: number;
  name: string;
  lead_metric_id: string | null;
}

export interface MetricTable {
  id: string;
  position: number;
  name: string;
  area_id: string;
  unit: string;
  higher_is_better: boolean;
  scope: 'community' | 'centre';
  service: string | null;
  definition: string;
  index_weight: number | null;
  min_target: number | null;
}

export interface RateTable {
  id: string;
  position: number;
  name: string;
  area_id: string;
  numerator_id: string;
  denominator_id: string;
}

export interface CommunityTable {
  id: string;
  position: number;
  name: string;
  households: number;
  services: string[];
  tile_row: number;
  tile_col: number;
}

export interface FigureTable {
  metric_id: string;
  community_id: string | null;
  month: string;
  /** bigint: the drivers hand it back as a string; read sums through a cast. */
  value: ColumnType<string, number, number>;
}

export interface TargetTable {
  id: Generated<number>;
  metric_id: string;
  year: number;
  community_id: string | null;
  value: number;
}

export interface UserTable {
  id: string;
  name: string;
  role: 'leader' | 'secretary' | 'viewer';
  community_id: string | null;
  password_hash: string;
  created_at: Generated<Date>;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  created_at: Generated<Date>;
  expires_at: ColumnType<Date, Date, Date>;
}

export interface ReportTable {
  community_id: string;
  month: string;
  status: 'draft' | 'submitted' | 'approved' | 'returned';
  /** JSON: metric id → whole number. */
  figures: ColumnType<Record<string, number>, string, string>;
  reasons: ColumnType<Record<string, string>, string | undefined, string>;
  comment: string | null;
  updated_by: string;
  updated_at: ColumnType<Date, Date, Date>;
  submitted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  decided_by: string | null;
  decided_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface AuditTable {
  id: Generated<number>;
  at: ColumnType<Date, Date, never>;
  user_id: string;
  community_id: string;
  month: string;
  metric_id: string;
  old_value: ColumnType<string | null, number | null, never>;
  new_value: ColumnType<string | null, number | null, never>;
  reason: string;
}

export interface MigrationTable {
  name: string;
  applied_at: Generated<Date>;
}

export interface Database {
  subdistrict: SubdistrictTable;
  areas: AreaTable;
  metrics: MetricTable;
  rates: RateTable;
  communities: CommunityTable;
  figures: FigureTable;
  targets: TargetTable;
  users: UserTable;
  sessions: SessionTable;
  reports: ReportTable;
  audit_log: AuditTable;
  schema_migrations: MigrationTable;
}
