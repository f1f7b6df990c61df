import { Forbidden } from '@backoffice/platform/domain-errors';
import { hrPolicy, type HrPermission } from './policy';

// Separation of duties: nobody decides about themself, whatever roles they hold. Their own pay,
// job, employment, leave balance and leave requests are decided by a second person who holds
// the permission. The commands check it before they write anything, so every way in (GraphQL,
// jobs, scripts) is covered. They compare the actor they record (the caller's employee id), so
// the rule and the audit trail agree on who acted; `system` and service accounts are nobody's
// record and are never refused.
const SELF_DECISIONS = {
  changeOwnSalary: { permission: 'employee.changePay', doing: 'change your own salary', field: 'input.salary' },
  rehireSelf: { permission: 'employee.rehire', doing: 'rehire yourself (your own start, job and pay)', field: 'id' },
  transferSelf: { permission: 'employee.transfer', doing: 'change your own job (department, manager or title)', field: 'id' },
  terminateSelf: { permission: 'employee.terminate', doing: 'record your own termination', field: 'id' },
  withdrawOwnTermination: { permission: 'employee.terminate', doing: 'withdraw your own termination', field: 'id' },
  editOwnRecord: { permission: 'employee.edit', doing: 'change your own record beyond phone, work location and emergency contact', field: 'input' },
  appointSelfHead: { permission: 'department.manage', doing: 'make yourself head of a department', field: 'input.headId' },
  allocateOwnLeave: { permission: 'leave.manageBalances', doing: 'allocate leave to yourself', field: 'input.employeeId' },
  adjustOwnLeaveBalance: { permission: 'leave.manageBalances', doing: 'adjust your own leave balance', field: 'input.employeeId' },
  decideOwnLeave: { permission: 'leave.decide', doing: 'approve or reject your own leave request', field: 'id' },
} as const satisfies Record<string, { permission: HrPermission; doing: string; field: string }>;

export type SelfDecision = keyof typeof SELF_DECISIONS;

// FORBIDDEN, naming who must act instead, and the fields that make it the caller's own.
class SecondPersonRequired extends Forbidden {
  constructor(
    readonly decision: SelfDecision,
    readonly fields: readonly string[] = [SELF_DECISIONS[decision].field],
  ) {
    const { permission, doing } = SELF_DECISIONS[decision];
    super(`You cannot ${doing}: a second person (${hrPolicy.rules[permission].describes}) must do it.`);
    this.name = 'SecondPersonRequired';
  }

  override details() {
    return { fields: this.fields.map((field) => ({ field, message: 'is about yourself; a second person must decide it' })) };
  }
}

// `actor` is who acts (an employee id, or not a person); `subjectEmployeeId` whom the decision is about.
function isSelfDecision(actor: string | null | undefined, subjectEmployeeId: string | null | undefined): boolean {
  return actor != null && subjectEmployeeId != null && actor === subjectEmployeeId;
}

export function requireSecondPerson(actor: string | null | undefined, subjectEmployeeId: string | null | undefined, decision: SelfDecision, fields?: readonly string[]): void {
  if (isSelfDecision(actor, subjectEmployeeId)) throw new SecondPersonRequired(decision, fields);
}
