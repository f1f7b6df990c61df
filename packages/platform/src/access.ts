import { Forbidden } from './domain-errors';
import { hasAnyRole, isSelf, type Principal, type Role } from './identity';

// Named permissions: each service lists what may be done and seen (`employee.readPay`,
// `leave.decide`) and which roles hold it, once, in its `src/access/policy.ts`. Resolvers and
// commands ask by name; no role literal appears anywhere else.

export type PermissionRule = {
  roles: readonly Role[];
  // The employee may do it for themselves (their own record, leave, tickets...).
  self?: boolean;
  // The subject's line manager may do it (a relation in HR's data, not a role).
  lineManager?: boolean;
  // What a refusal tells the caller, completing "This needs ...".
  describes: string;
};

// Whose data it is: the employee, and their line manager where the caller's service knows it.
export type Subject = { employeeId: string; managerId?: string | null | undefined };

// The line-manager rule, once: the caller is the subject's manager in force today.
function isLineManagerOf(principal: Principal, subject: Subject): boolean {
  return principal.employeeId !== null && subject.managerId != null && subject.managerId === principal.employeeId;
}

export type Policy<P extends string> = {
  readonly rules: Readonly<Record<P, PermissionRule>>;
  // The caller holds the permission outright (by role).
  can(principal: Principal, permission: P): boolean;
  // The caller holds it for this employee's data: by role, as that employee, or as their line
  // manager, as the rule allows.
  canFor(principal: Principal, permission: P, subject: Subject): boolean;
  require(principal: Principal, permission: P): void;
  requireFor(principal: Principal, permission: P, subject: Subject): void;
  refusal(permission: P): Forbidden;
};

export function definePolicy<P extends string>(rules: Record<P, PermissionRule>): Policy<P> {
  const can = (principal: Principal, permission: P) => hasAnyRole(principal, ...rules[permission].roles);
  const canFor = (principal: Principal, permission: P, subject: Subject) =>
    can(principal, permission) ||
    (rules[permission].self === true && isSelf(principal, subject.employeeId)) ||
    (rules[permission].lineManager === true && isLineManagerOf(principal, subject));
  const refusal = (permission: P) => new Forbidden(`This needs ${rules[permission].describes} (permission ${permission}).`);
  return {
    rules,
    can,
    canFor,
    refusal,
    require: (principal, permission) => {
      if (!can(principal, permission)) throw refusal(permission);
    },
    requireFor: (principal, permission, subject) => {
      if (!canFor(principal, permission, subject)) throw refusal(permission);
    },
  };
}

// The one rule for a field the caller may not see, in every subgraph: it resolves to null with
// a FORBIDDEN error at its path, so the rest of the response survives. The field must be
// nullable in the schema for that to hold; a non-null field would null its parent instead.
export function guardedField<T>(allowed: boolean, refusal: () => Forbidden, value: () => T): T {
  if (!allowed) throw refusal();
  return value();
}
