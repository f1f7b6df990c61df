import { guardedField } from '@backoffice/platform/access';
import type { Principal } from '@backoffice/platform/identity';
import type { EmployeeResolvers, LicenseResolvers, LicenseSeatResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { itPolicy } from '../access/policy';
import { assignSeat } from './license.commands/assign-seat';
import { registerLicense } from './license.commands/register-license';
import { releaseSeat } from './license.commands/release-seat';
import { renewLicense } from './license.commands/renew-license';
import { licenseList } from './license.queries';

const readAll = (principal: Principal) => itPolicy.can(principal, 'license.readAll');
const refusedAll = () => itPolicy.refusal('license.readAll');

export const licenseQueries: Pick<QueryResolvers, 'licenses' | 'license'> = {
  licenses: (_parent, { expiringWithinDays }, { principal, dataSource, clock }) => {
    itPolicy.require(principal, 'license.readAll');
    return licenseList(dataSource, expiringWithinDays, clock.today());
  },
  license: (_parent, { id }, { principal, loaders }) => {
    itPolicy.require(principal, 'license.readAll');
    return loaders.license.load(id);
  },
};

export const licenseMutations: Pick<MutationResolvers, 'registerLicense' | 'renewLicense' | 'assignSeat' | 'releaseSeat'> = {
  registerLicense: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'license.manage');
    return registerLicense(modules, input, eventMetadata());
  },
  renewLicense: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'license.manage');
    return renewLicense(modules, input, eventMetadata());
  },
  assignSeat: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'license.manage');
    return assignSeat(modules, input, eventMetadata());
  },
  releaseSeat: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'license.manage');
    return releaseSeat(modules, input, eventMetadata());
  },
};

export const License: LicenseResolvers = {
  __resolveReference: async (reference, { principal, loaders }) => {
    itPolicy.require(principal, 'license.readAll');
    return loaders.license.load(reference.id);
  },
  seatsFree: (license) => Math.max(license.seats - license.seatsUsed, 0),
  costPerPeriod: (license, _args, { principal }) => guardedField(readAll(principal), refusedAll, () => ({ amount: license.costPerPeriod, currency: license.currency })),
  notes: (license, _args, { principal }) => guardedField(readAll(principal), refusedAll, () => license.notes),
  holders: (license, _args, { principal, loaders }) => guardedField(readAll(principal), refusedAll, () => loaders.seatsOfLicense.load(license.id)),
  createdAt: (license) => license.createdAt.toISOString(),
};

export const LicenseSeat: Pick<LicenseSeatResolvers, 'employee'> = {
  employee: (seat) => ({ id: seat.employeeId }),
};

export const employeeLicenses: Pick<EmployeeResolvers, 'licenses'> = {
  licenses: (employee, _args, { principal, loaders }) =>
    guardedField(itPolicy.canFor(principal, 'license.read', { employeeId: employee.id }), () => itPolicy.refusal('license.read'), () => loaders.seatsOfHolder.load(employee.id)),
};
