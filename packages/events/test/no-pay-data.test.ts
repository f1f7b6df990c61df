import { z } from 'zod';
import { allEventContracts } from '../src/registry';
import type { TopicBase } from '../src/topics';

// Analysts read these topics, so they must never carry pay or private contact data.
const ANALYST_TOPICS: readonly TopicBase[] = [
  'hr.employee.v1',
  'hr.leave.v1',
  'hr.department.v1',
  'hr.calendar.v1',
  'hr.workflow.v1',
  'it.asset.v1',
  'it.license.v1',
  'it.ticket.v1',
  'it.access.v1',
  'hr.reaction.v1',
  'accounting.reaction.v1',
  'it.reaction.v1',
  'accounting.payroll.v1',
];
const SENSITIVE_FIELD = /salary|amount|pay|bank|phone|address|emergency/i;

// Every property name anywhere in a JSON schema, with its path.
function propertyPaths(schema: unknown, path = ''): string[] {
  if (Array.isArray(schema)) return schema.flatMap((item, index) => propertyPaths(item, `${path}[${index}]`));
  if (typeof schema !== 'object' || schema === null) return [];
  return Object.entries(schema).flatMap(([key, value]) => {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      return Object.entries(value).flatMap(([name, child]) => [`${path}.${name}`, ...propertyPaths(child, `${path}.${name}`)]);
    }
    return propertyPaths(value, path);
  });
}

describe('personal and pay data', () => {
  const analystContracts = allEventContracts.filter((contract) => ANALYST_TOPICS.includes(contract.topic));

  // accounting.fixed-asset.v1 carries equipment amounts (the company's, not a person's pay): its
  // charge to a leaver names no amount, which the test below checks.
  it('the guard covers every topic except hr.compensation.v1 and the accounting topics', () => {
    const unguarded = new Set(
      allEventContracts.filter((contract) => !ANALYST_TOPICS.includes(contract.topic)).map((contract) => contract.topic),
    );
    expect([...unguarded].sort()).toEqual(['accounting.budget.v1', 'accounting.expense.v1', 'accounting.fixed-asset.v1', 'accounting.journal.v1', 'hr.compensation.v1']);
  });

  it("a charge of unreturned equipment to a leaver names the person but no amount", () => {
    const charged = allEventContracts.find((contract) => contract.type === 'backoffice.accounting.fixed-asset.charged.v1')!;
    const fields = propertyPaths(z.toJSONSchema(charged.envelopeSchema)).map((field) => field.split('.').pop() ?? '');
    expect(fields).toContain('employeeId');
    expect(fields.filter((field) => /amount|value|cost|bookValue/i.test(field))).toEqual([]);
  });

  it.each(analystContracts.map((contract) => [contract.type, contract] as const))(
    '%s carries no salary, pay, bank or private contact field',
    (_type, contract) => {
      const fields = propertyPaths(z.toJSONSchema(contract.envelopeSchema));
      expect(fields.length).toBeGreaterThan(0);
      expect(fields.filter((field) => SENSITIVE_FIELD.test(field.split('.').pop() ?? ''))).toEqual([]);
    },
  );

  it('salary does travel on hr.compensation.v1, so the guard would notice it elsewhere', () => {
    const compensation = allEventContracts.find((contract) => contract.topic === 'hr.compensation.v1');
    const fields = propertyPaths(z.toJSONSchema(compensation?.schema ?? z.never()));
    expect(fields.some((field) => SENSITIVE_FIELD.test(field))).toBe(true);
  });

  it.each(allEventContracts.map((contract) => [contract.type, contract] as const))(
    '%s rejects unknown fields at every level',
    (_type, contract) => {
      const open: string[] = [];
      const visit = (node: unknown, path: string): void => {
        if (Array.isArray(node)) return node.forEach((item, index) => visit(item, `${path}[${index}]`));
        if (typeof node !== 'object' || node === null) return;
        const record = node as Record<string, unknown>;
        if ('properties' in record && record.additionalProperties !== false) open.push(path || '(root)');
        for (const [key, value] of Object.entries(record)) visit(value, `${path}/${key}`);
      };
      visit(z.toJSONSchema(contract.envelopeSchema), '');
      expect(open).toEqual([]);
    },
  );
});
