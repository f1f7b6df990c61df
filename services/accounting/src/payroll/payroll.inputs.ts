// A payroll's month is a fiscal period (YYYY-MM), checked as every month argument is.
export { periodInput } from '../inputs';
