import type { createServiceDataSource } from '@backoffice/platform/database';

type DataSource = ReturnType<typeof createServiceDataSource>;

// What must hold in HR's records whatever requests came in, read straight from HR's database
// (services/hr/src/migrations): jobs are effective-dated rows in job_assignments and the job in
// force on a date is job_in_force(employee, date), the rule the employee_records view, transfers
// and the reporting-loop check share; leave balances are a ledger plus pending requests.

export type VersionSnapshot = {
  employees: ReadonlyMap<string, number>;
  departments: ReadonlyMap<string, number>;
  leaveRequests: ReadonlyMap<string, number>;
};

async function versions(db: DataSource, table: 'employees' | 'departments' | 'leave_requests'): Promise<Map<string, number>> {
  const rows = (await db.query(`SELECT id, version FROM ${table}`)) as Array<{ id: string; version: number }>;
  return new Map(rows.map((row) => [row.id, Number(row.version)]));
}

export async function snapshotVersions(db: DataSource): Promise<VersionSnapshot> {
  return { employees: await versions(db, 'employees'), departments: await versions(db, 'departments'), leaveRequests: await versions(db, 'leave_requests') };
}

// What was checked, so a test can say how many rows its assertions saw.
export type InvariantReport = { problems: string[]; employees: number; datesWalked: number; balances: number; versionsCompared: number };

export async function checkHrInvariants(db: DataSource, before: VersionSnapshot): Promise<InvariantReport> {
  const problems: string[] = [];

  // Exactly one job in force today for every employee: they have a job at all, the one in force
  // is not tied with another row (same effective date, recorded at the same instant), its
  // department exists, and the view that everything reads shows every employee once.
  const jobs = (await db.query(`
    SELECT e.id,
           (SELECT count(*) FROM job_assignments a WHERE a.employee_id = e.id)::int AS assignments,
           (SELECT count(*) FROM job_assignments a
              WHERE a.employee_id = e.id
                AND (a.effective_date, a.created_at) = (SELECT b.effective_date, b.created_at FROM job_assignments b
                                                        WHERE b.employee_id = e.id
                                                        ORDER BY (b.effective_date <= business_today()) DESC,
                                                                 CASE WHEN b.effective_date <= business_today() THEN b.effective_date END DESC,
                                                                 b.effective_date ASC, b.created_at DESC
                                                        LIMIT 1))::int AS in_force,
           (SELECT count(*) FROM job_in_force(e.id, business_today()) j JOIN departments d ON d.id = j.department_id)::int AS with_department,
           (SELECT count(*) FROM employee_records r WHERE r.id = e.id)::int AS in_view
    FROM employees e`)) as Array<{ id: string; assignments: number; in_force: number; with_department: number; in_view: number }>;
  for (const job of jobs) {
    if (job.assignments === 0) problems.push(`employee ${job.id} has no job at all`);
    else if (job.in_force !== 1) problems.push(`employee ${job.id} has ${job.in_force} jobs in force today (tied rows)`);
    if (job.assignments > 0 && job.with_department !== 1) problems.push(`employee ${job.id}: the job in force today names no existing department`);
    if (job.in_view !== 1) problems.push(`employee ${job.id} appears ${job.in_view} times in employee_records`);
  }

  // No reporting loop, today or on any later date a job change takes effect.
  const dates = (await db.query(`
    SELECT business_today()::text AS date
    UNION SELECT DISTINCT effective_date::text FROM job_assignments WHERE effective_date > business_today()
    ORDER BY 1`)) as Array<{ date: string }>;
  for (const { date } of dates) {
    const lines = (await db.query(`SELECT e.id, j.manager_id FROM employees e CROSS JOIN LATERAL job_in_force(e.id, $1::date) j`, [date])) as Array<{ id: string; manager_id: string | null }>;
    for (const loop of reportingLoops(new Map(lines.map((line) => [line.id, line.manager_id])))) {
      problems.push(`a reporting loop on ${date}: ${loop.join(' → ')}`);
    }
  }

  // No negative balance, for any employee, leave type drawn from an allocation, and year: the
  // service's own formula, available = allocated + adjusted - taken - pending.
  const balances = (await db.query(`
    WITH years AS (
      SELECT employee_id, leave_type, year FROM leave_ledger
      UNION SELECT employee_id, leave_type, extract(year FROM start_date)::int FROM leave_requests WHERE status = 'PENDING'
    )
    SELECT y.employee_id, y.leave_type, y.year,
           (COALESCE((SELECT sum(l.days) FROM leave_ledger l WHERE l.employee_id = y.employee_id AND l.leave_type = y.leave_type AND l.year = y.year
                          AND l.entry_type IN ('ALLOCATION', 'ADJUSTMENT', 'TAKEN', 'RETURNED', 'SHORTENED')), 0)
            - COALESCE((SELECT sum(r.days) FROM leave_requests r WHERE r.employee_id = y.employee_id AND r.leave_type = y.leave_type
                          AND r.status = 'PENDING' AND extract(year FROM r.start_date) = y.year), 0))::text AS available
    FROM years y JOIN leave_types t ON t.code = y.leave_type
    WHERE t.uses_allocation`)) as Array<{ employee_id: string; leave_type: string; year: number; available: string }>;
  for (const balance of balances) {
    if (Number(balance.available) < 0) problems.push(`employee ${balance.employee_id} has ${balance.available} days of ${balance.leave_type} available in ${balance.year}`);
  }

  // Versions only grow, and nothing that was there is gone.
  const after = await snapshotVersions(db);
  let versionsCompared = 0;
  for (const kind of ['employees', 'departments', 'leaveRequests'] as const) {
    for (const [id, version] of before[kind]) {
      versionsCompared += 1;
      const now = after[kind].get(id);
      if (now === undefined) problems.push(`${kind} ${id} is gone`);
      else if (now < version) problems.push(`${kind} ${id}: version ${version} became ${now}`);
    }
  }

  return { problems, employees: jobs.length, datesWalked: dates.length, balances: balances.length, versionsCompared };
}

// Every loop in a "reports to" relation, each once, as the chain that closes it.
export function reportingLoops(managerOf: ReadonlyMap<string, string | null>): string[][] {
  const loops: string[][] = [];
  const settled = new Set<string>();
  for (const start of managerOf.keys()) {
    const chain: string[] = [];
    const onChain = new Map<string, number>();
    let current: string | null | undefined = start;
    while (current && !settled.has(current)) {
      if (onChain.has(current)) {
        loops.push([...chain.slice(onChain.get(current)), current]);
        break;
      }
      onChain.set(current, chain.length);
      chain.push(current);
      current = managerOf.get(current);
    }
    for (const id of chain) settled.add(id);
  }
  return loops;
}
