import { redactingAuditLog } from '@backoffice/platform/audit';
import { isPrivateFieldName } from './access/private-data';

// HR's one way to write an audit row. The audit log is read more widely than HR's own records
// (history keeps the values for those allowed to see them), so every private field is
// redacted, at any depth, by the one list in access/private-data.ts.
export const recordAudit = redactingAuditLog(isPrivateFieldName);
