// Ports for the services a test starts as processes: reserved across test processes, below the
// OS's ephemeral range (why, in @backoffice/infra/free-port, where the broker tests draw theirs too).
export { freePort } from '@backoffice/infra/free-port';
