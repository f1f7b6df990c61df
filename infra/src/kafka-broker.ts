import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Kafka, logLevel, type SASLOptions } from 'kafkajs';
import { DEVELOPMENT_KAFKA_PASSWORDS, kafkaLogins, type KafkaLogin } from '@backoffice/events/kafka-access';
import { withFileLock } from './file-lock';
import { isProcessAlive, processCommandLine, readPidFile, sleep, tailFile, terminateProcess } from './process-control';
import { findRepoRoot } from './repo-root';

export interface KafkaBrokerOptions {
  port?: number;
  controllerPort?: number;
  // The SASL_PLAINTEXT listener's, where the development logins and the ACLs apply.
  saslPort?: number;
  dataDir?: string;
}

export interface KafkaBrokerHandle {
  brokers: string[];
  // Undefined when the broker reused was started before it had a SASL listener.
  saslBrokers: string[] | undefined;
  startedHere: boolean;
  stop(): Promise<void>;
}

export const DEFAULT_KAFKA_PORT = 9092;
const DEFAULT_KAFKA_CONTROLLER_PORT = 9093;
const DEFAULT_KAFKA_SASL_PORT = 9094;
// Both SCRAM mechanisms kafkajs speaks; services may configure either.
const SCRAM_MECHANISMS = ['SCRAM-SHA-512', 'SCRAM-SHA-256'] as const;
const READY_TIMEOUT_MS = 60_000;
const JARS_COMPLETE_MARKER = '.complete';
// Enough to tell a finished fetch from an interrupted one when the marker predates us (a manual mvn run).
const REQUIRED_JARS = [/^kafka_2\.13-[\d.]+\.jar$/, /^kafka-clients-[\d.]+\.jar$/, /^kafka-server-[\d.]+\.jar$/, /^kafka-raft-[\d.]+\.jar$/, /^log4j-core-[\d.]+\.jar$/, /^log4j-slf4j2-impl-[\d.]+\.jar$/, /^slf4j-api-[\d.]+\.jar$/];

const execFileAsync = promisify(execFile);

const kafkaProjectDir = (): string => path.join(findRepoRoot(), 'infra', 'kafka');
const defaultDataDir = (port: number): string => path.join(findRepoRoot(), '.local', `kafka-${port}`);
const pidFileOf = (dataDir: string): string => path.join(dataDir, 'broker.pid');

function jarsAreComplete(jarsDir: string): boolean {
  if (fs.existsSync(path.join(jarsDir, JARS_COMPLETE_MARKER))) return true;
  let names: string[];
  try {
    names = fs.readdirSync(jarsDir);
  } catch {
    return false;
  }
  return REQUIRED_JARS.every((pattern) => names.some((name) => pattern.test(name)));
}

// Fetches the broker's jars once per checkout; parallel test processes wait for the first one.
export async function ensureKafkaJars(): Promise<string> {
  const projectDir = kafkaProjectDir();
  const jarsDir = path.join(projectDir, '.jars');
  if (jarsAreComplete(jarsDir)) return jarsDir;
  await withFileLock(
    path.join(projectDir, '.jars.lock'),
    async () => {
      if (jarsAreComplete(jarsDir)) return;
      try {
        await execFileAsync(
          'mvn',
          ['-q', '-B', 'dependency:copy-dependencies', '-DoutputDirectory=.jars', '-DincludeScope=runtime'],
          { cwd: projectDir, maxBuffer: 16 * 1024 * 1024 },
        );
      } catch (error) {
        const { stdout, stderr } = error as { stdout?: string; stderr?: string };
        throw new Error(`Fetching Kafka jars with mvn in ${projectDir} failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
      }
      fs.writeFileSync(path.join(jarsDir, JARS_COMPLETE_MARKER), new Date().toISOString());
    },
    { timeoutMs: 10 * 60_000 },
  );
  return jarsDir;
}

export async function kafkaAnswers(brokers: string[], sasl?: SASLOptions): Promise<boolean> {
  // Silent and without retries: a probe of a stopped broker is expected to fail, fast.
  const admin = new Kafka({
    clientId: 'backoffice-infra-probe',
    brokers,
    sasl,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1_000,
    requestTimeout: 2_000,
    retry: { retries: 0 },
  }).admin();
  try {
    await admin.connect();
    await admin.listTopics();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

// The local broker's logins (packages/events/src/kafka-access.ts), with their public development
// passwords.
export const developmentKafkaLogin = (login: KafkaLogin): { mechanism: 'scram-sha-512'; username: string; password: string } => ({
  mechanism: 'scram-sha-512',
  username: login,
  password: DEVELOPMENT_KAFKA_PASSWORDS[login],
});

function serverProperties(ports: BrokerPorts, logDir: string): string {
  const { port, controllerPort, saslPort } = ports;
  return [
    'process.roles=broker,controller',
    'node.id=1',
    // bootstrap.servers rather than quorum.voters: the latter conflicts with `format --standalone`.
    `controller.quorum.bootstrap.servers=127.0.0.1:${controllerPort}`,
    // Two client listeners: PLAINTEXT for development, where services and tests connect without a
    // login, and SASL_PLAINTEXT, where the logins and their ACLs apply as in production.
    `listeners=PLAINTEXT://127.0.0.1:${port},SASL_PLAINTEXT://127.0.0.1:${saslPort},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port},SASL_PLAINTEXT://127.0.0.1:${saslPort},CONTROLLER://127.0.0.1:${controllerPort}`,
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT',
    'inter.broker.listener.name=PLAINTEXT',
    `listener.name.sasl_plaintext.sasl.enabled.mechanisms=${SCRAM_MECHANISMS.join(',')}`,
    // The broker only checks SCRAM logins here (it talks to itself on PLAINTEXT), so the login
    // module needs no credentials of its own.
    ...SCRAM_MECHANISMS.map(
      (mechanism) => `listener.name.sasl_plaintext.${mechanism.toLowerCase()}.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;`,
    ),
    'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    // Whoever connects without a login is User:ANONYMOUS: the PLAINTEXT listener's clients (every
    // service and test in development), the broker itself on the inter-broker listener and the
    // controller listener. As super users they stay unrestricted, so development works as it did
    // before ACLs and the broker can reach its own controller. The admin login applies the ACLs.
    'super.users=User:ANONYMOUS;User:admin',
    `log.dirs=${logDir}`,
    // One node: every internal topic has a single replica, and one partition starts faster.
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'group.initial.rebalance.delay.ms=0',
    // Services declare their topics; a typo must fail rather than create a topic.
    'auto.create.topics.enable=false',
    'num.partitions=1',
    '',
  ].join('\n');
}

function log4jProperties(logFile: string): string {
  return [
    'status = warn',
    'appender.file.type = File',
    'appender.file.name = FILE',
    `appender.file.fileName = ${logFile}`,
    'appender.file.layout.type = PatternLayout',
    'appender.file.layout.pattern = [%d] %p %m (%c)%n',
    'rootLogger.level = INFO',
    'rootLogger.appenderRef.file.ref = FILE',
    '',
  ].join('\n');
}

interface BrokerPorts {
  port: number;
  controllerPort: number;
  saslPort: number;
}

interface BrokerFiles {
  dataDir: string;
  logDir: string;
  serverProperties: string;
  log4jConfig: string;
  brokerLog: string;
  consoleLog: string;
  pidFile: string;
  formatStamp: string;
}

function brokerFiles(dataDir: string): BrokerFiles {
  return {
    dataDir,
    logDir: path.join(dataDir, 'logs'),
    serverProperties: path.join(dataDir, 'server.properties'),
    log4jConfig: path.join(dataDir, 'log4j2.properties'),
    brokerLog: path.join(dataDir, 'broker.log'),
    consoleLog: path.join(dataDir, 'broker.out'),
    pidFile: pidFileOf(dataDir),
    formatStamp: path.join(dataDir, 'format-stamp'),
  };
}

const javaClassPath = (jarsDir: string): string => `${jarsDir}${path.sep}*`;

// SCRAM credentials go into the cluster's first metadata when the storage is formatted.
const scramArguments = (): string[] =>
  kafkaLogins.flatMap((login) => SCRAM_MECHANISMS.flatMap((mechanism) => ['--add-scram', `${mechanism}=[name=${login},password=${DEVELOPMENT_KAFKA_PASSWORDS[login]}]`]));

// What the storage was formatted with. Data formatted by older code (before the logins existed,
// or with other passwords) has no stamp or another one: since the local broker's data is
// throwaway, it is formatted again rather than served without the logins tests and ACLs expect.
const formatStampOf = (): string => createHash('sha256').update(JSON.stringify(scramArguments())).digest('hex');

async function formatStorage(jarsDir: string, files: BrokerFiles): Promise<void> {
  const stamp = formatStampOf();
  if (fs.existsSync(path.join(files.logDir, 'meta.properties'))) {
    const formattedWith = fs.existsSync(files.formatStamp) ? fs.readFileSync(files.formatStamp, 'utf8').trim() : undefined;
    if (formattedWith === stamp) return;
    process.stderr.write(`[backoffice] Kafka data in ${files.logDir} predates the current development logins: formatting it again (its topics are dropped)\n`);
    fs.rmSync(files.logDir, { recursive: true, force: true });
    fs.mkdirSync(files.logDir, { recursive: true });
  }
  const java = (...args: string[]): Promise<{ stdout: string }> =>
    execFileAsync('java', ['-cp', javaClassPath(jarsDir), `-Dlog4j2.configurationFile=${files.log4jConfig}`, 'kafka.tools.StorageTool', ...args], {
      cwd: files.dataDir,
    });
  try {
    const clusterId = (await java('random-uuid')).stdout.trim();
    await java('format', '--standalone', '-t', clusterId, '-c', files.serverProperties, ...scramArguments());
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`Formatting Kafka storage in ${files.logDir} failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
  }
  fs.writeFileSync(files.formatStamp, stamp);
}

// A pid from our pid file is only ours while it still runs kafka.Kafka on this data dir.
function isOurBroker(pid: number, files: BrokerFiles): boolean {
  const commandLine = processCommandLine(pid);
  return (
    isProcessAlive(pid) &&
    commandLine !== undefined &&
    commandLine.includes('kafka.Kafka') &&
    commandLine.includes(files.serverProperties)
  );
}

function failureReport(message: string, files: BrokerFiles): Error {
  return new Error(
    `${message}\n--- ${files.brokerLog} (last lines) ---\n${tailFile(files.brokerLog)}\n--- ${files.consoleLog} (last lines) ---\n${tailFile(files.consoleLog, 15)}`,
  );
}

async function waitUntilReady(brokers: string[], pid: number, files: BrokerFiles): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (await kafkaAnswers(brokers)) return;
    if (!isProcessAlive(pid)) throw failureReport(`Kafka broker (pid ${pid}) exited before answering on ${brokers.join(',')}`, files);
    if (Date.now() > deadline) {
      throw failureReport(`Kafka broker (pid ${pid}) did not answer on ${brokers.join(',')} within ${READY_TIMEOUT_MS} ms`, files);
    }
    await sleep(500);
  }
}

function launchBroker(jarsDir: string, files: BrokerFiles): number {
  const output = fs.openSync(files.consoleLog, 'a');
  try {
    // Detached in its own process group with output to a file, so it outlives `npm start`'s CLI `up`.
    const child = spawn(
      'java',
      [
        // Every test run creates its own topics under a prefix and a full run leaves thousands of
        // partitions on one broker; 512 MB ran out of heap under them (OutOfMemoryError, then the
        // controller unreachable). The machine has room for more.
        '-Xms256m',
        '-Xmx1536m',
        '-cp',
        javaClassPath(jarsDir),
        `-Dlog4j2.configurationFile=${files.log4jConfig}`,
        'kafka.Kafka',
        files.serverProperties,
      ],
      { cwd: files.dataDir, detached: true, stdio: ['ignore', output, output] },
    );
    child.on('error', () => undefined);
    child.unref();
    if (child.pid === undefined) throw new Error('Could not start java for the Kafka broker; is Java 17+ on PATH?');
    fs.writeFileSync(files.pidFile, String(child.pid));
    return child.pid;
  } finally {
    fs.closeSync(output);
  }
}

async function stopBrokerProcess(pid: number, files: BrokerFiles): Promise<void> {
  await terminateProcess(pid, { group: true, graceMs: 15_000 });
  if (readPidFile(files.pidFile) === pid) fs.rmSync(files.pidFile, { force: true });
}

// Leases let separate processes share one broker we launched (parallel test runs, say): each
// user holds a lease file named by its pid; the starter hands the broker over instead of
// stopping it while others still hold leases, and the last one out stops it. A broker started
// by `cli up` keeps its owner marker (its pid is gone) and so runs until `cli down`.
const leasesDir = (files: BrokerFiles) => path.join(files.dataDir, 'leases');
const ownerFile = (files: BrokerFiles) => path.join(files.dataDir, 'owner');

function takeLease(files: BrokerFiles): void {
  fs.mkdirSync(leasesDir(files), { recursive: true });
  fs.writeFileSync(path.join(leasesDir(files), String(process.pid)), '');
}

function otherLiveLeases(files: BrokerFiles): number[] {
  if (!fs.existsSync(leasesDir(files))) return [];
  return fs
    .readdirSync(leasesDir(files))
    .map(Number)
    .filter((pid) => Number.isInteger(pid) && pid !== process.pid && isProcessAlive(pid));
}

function releaseLease(files: BrokerFiles): void {
  fs.rmSync(path.join(leasesDir(files), String(process.pid)), { force: true });
}

// A broker already answering on our port may predate the SASL listener (started by older code
// and left running by `cli up`): then it is used without one, and the SASL tests say why.
async function saslBrokersOf(ports: BrokerPorts): Promise<string[] | undefined> {
  const saslBrokers = [`127.0.0.1:${ports.saslPort}`];
  return (await kafkaAnswers(saslBrokers, developmentKafkaLogin('admin'))) ? saslBrokers : undefined;
}

const reused = (brokers: string[], saslBrokers: string[] | undefined): KafkaBrokerHandle => ({ brokers, saslBrokers, startedHere: false, stop: async () => undefined });

function reusedWithLease(brokers: string[], saslBrokers: string[] | undefined, files: BrokerFiles): KafkaBrokerHandle {
  takeLease(files);
  let stopping: Promise<void> | undefined;
  return {
    brokers,
    saslBrokers,
    startedHere: false,
    stop: () =>
      (stopping ??= (async () => {
        releaseLease(files);
        // Handed over by its starter, and we are the last user: stop it.
        if (fs.existsSync(ownerFile(files)) || otherLiveLeases(files).length) return;
        const pid = readPidFile(files.pidFile);
        if (pid !== undefined && isOurBroker(pid, files)) await stopBrokerProcess(pid, files);
      })()),
  };
}

export async function ensureKafkaBroker(options: KafkaBrokerOptions = {}): Promise<KafkaBrokerHandle> {
  const ports: BrokerPorts = {
    port: options.port ?? DEFAULT_KAFKA_PORT,
    controllerPort: options.controllerPort ?? DEFAULT_KAFKA_CONTROLLER_PORT,
    saslPort: options.saslPort ?? DEFAULT_KAFKA_SASL_PORT,
  };
  const brokers = [`127.0.0.1:${ports.port}`];
  const saslBrokers = [`127.0.0.1:${ports.saslPort}`];
  const files = brokerFiles(path.resolve(options.dataDir ?? defaultDataDir(ports.port)));
  const launchedByUs = () => {
    const running = readPidFile(files.pidFile);
    return running !== undefined && isOurBroker(running, files) ? running : undefined;
  };
  const reuse = async () => (launchedByUs() ? reusedWithLease(brokers, await saslBrokersOf(ports), files) : reused(brokers, await saslBrokersOf(ports)));
  if (await kafkaAnswers(brokers)) return reuse();

  const jarsDir = await ensureKafkaJars();
  fs.mkdirSync(files.dataDir, { recursive: true });
  return withFileLock(path.join(files.dataDir, 'start.lock'), async () => {
    if (await kafkaAnswers(brokers)) return reuse();
    const running = launchedByUs();
    if (running !== undefined) {
      // Launched by another process of ours and still starting: wait for it instead of starting a twin.
      await waitUntilReady(brokers, running, files);
      return reusedWithLease(brokers, await saslBrokersOf(ports), files);
    }

    fs.mkdirSync(files.logDir, { recursive: true });
    fs.writeFileSync(files.serverProperties, serverProperties(ports, files.logDir));
    fs.writeFileSync(files.log4jConfig, log4jProperties(files.brokerLog));
    await formatStorage(jarsDir, files);
    const pid = launchBroker(jarsDir, files);
    try {
      await waitUntilReady(brokers, pid, files);
      // Started by this code, so its SASL listener and logins must work.
      if (!(await kafkaAnswers(saslBrokers, developmentKafkaLogin('admin')))) {
        throw failureReport(`Kafka broker (pid ${pid}) answers on ${brokers.join(',')} but refuses the admin login on its SASL listener ${saslBrokers.join(',')}`, files);
      }
    } catch (error) {
      await stopBrokerProcess(pid, files).catch(() => undefined);
      throw error;
    }
    fs.writeFileSync(ownerFile(files), String(process.pid));
    takeLease(files);
    let stopping: Promise<void> | undefined;
    return {
      brokers,
      saslBrokers,
      startedHere: true,
      stop: () =>
        (stopping ??= (async () => {
          releaseLease(files);
          if (otherLiveLeases(files).length) {
            // Others still use it: the last of them stops it.
            fs.rmSync(ownerFile(files), { force: true });
            return;
          }
          fs.rmSync(ownerFile(files), { force: true });
          await stopBrokerProcess(pid, files);
        })()),
    };
  });
}

// For `npm start`'s Ctrl-C and the CLI's `down`: stops a broker another process of ours started.
export async function stopKafkaBroker(port: number = DEFAULT_KAFKA_PORT, dataDir?: string): Promise<boolean> {
  const files = brokerFiles(path.resolve(dataDir ?? defaultDataDir(port)));
  const pid = readPidFile(files.pidFile);
  if (pid === undefined) return false;
  if (!isOurBroker(pid, files)) {
    fs.rmSync(files.pidFile, { force: true });
    return false;
  }
  await stopBrokerProcess(pid, files);
  fs.rmSync(ownerFile(files), { force: true });
  fs.rmSync(leasesDir(files), { recursive: true, force: true });
  return true;
}
