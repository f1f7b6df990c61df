import type { EntityManager } from 'typeorm';

// What repositories need from TypeORM: a data source or a transaction's manager.
export type Sql = Pick<EntityManager, 'query'>;

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string }; code?: string; constraint?: string }) ?? {};
  const code = driverError.driverError?.code ?? driverError.code;
  const name = driverError.driverError?.constraint ?? driverError.constraint;
  return code === '23505' && (!constraint || name === constraint);
}

// TypeORM answers an UPDATE ... RETURNING with [rows, affected] and other statements with rows.
export async function updateReturning<T>(db: Sql, statement: string, values: unknown[]): Promise<T[]> {
  const result = (await db.query(statement, values)) as unknown;
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
