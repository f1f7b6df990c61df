import { randomUUID } from 'node:crypto';

export const employeeId = '0b8f5a62-4c1e-4d8a-9f3b-2a6c7e1d5b90';
export const departmentId = '5f0c2d3e-7a41-4b6e-8c9d-1e2f3a4b5c6d';

export function hiredData(): Record<string, unknown> {
  return {
    employeeId,
    employeeNumber: 'E-1001',
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada.lovelace@backoffice.dev',
    title: 'Engineer',
    departmentId,
    managerId: null,
    employmentType: 'FULL_TIME',
    startDate: '2025-03-01',
  };
}

export function hiredEnvelope(data: Record<string, unknown> = hiredData()): Record<string, unknown> {
  return {
    id: randomUUID(),
    specversion: '1.0',
    source: '/backoffice/hr',
    type: 'backoffice.hr.employee.hired.v1',
    subject: data.employeeId,
    time: '2025-02-20T09:30:00.000Z',
    datacontenttype: 'application/json',
    dataschema: 'https://backoffice.dev/schemas/backoffice.hr.employee.hired.v1.json',
    data,
    sequence: 1,
    actor: 'system',
    correlationid: 'req-42',
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  };
}

// A journal line and entry as accounting publishes them (journal.posted), for tests to bend.
export const postedLine = (lineNo: number, accountCode: string, debit: string, credit: string) => ({
  lineNo,
  accountId: '6f1c2b4a-3d5e-4f60-8a7b-9c0d1e2f3a4b',
  accountCode,
  debit,
  credit,
  costCentre: null,
  memo: null,
  originalAmount: debit === '0' ? credit : debit,
  originalCurrency: 'EUR',
  rate: null,
});

export function postedEntry<TLine>(lines: TLine[]) {
  return {
    journalEntryId: employeeId,
    fiscalYear: 2025,
    number: 1,
    date: '2025-01-31',
    currency: 'EUR',
    source: 'MANUAL',
    sourceId: null,
    reversesId: null,
    hash: 'a'.repeat(64),
    lines,
    memo: null,
  };
}
