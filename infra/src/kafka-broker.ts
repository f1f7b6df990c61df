import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { withFileLock } from './file-lock';
import { isProcessAlive, processCommandLine, readPidFile, sleep, tailFile, terminateProcess } from './process-control';
import { findRepoRoot } from './repo-root';

export interface KafkaBrokerOptions {
  port?: number;
  controllerPort?: number;
  dataDir?: string;
}

export interface KafkaBrokerHandle {
  brokers: string[];
  startedHere: boolean;
  stop(): Promise<void>;
}

const DEFAULT_PORT = 9092;
const DEFAULT_CONTROLLER_PORT = 9093;
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

export async function kafkaAnswers(brokers: string[]): Promise<boolean> {
  // Silent and without retries: a probe of a stopped broker is expected to fail, fast.
  const admin = new Kafka({
    clientId: 'backoffice-infra-probe',
    brokers,
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

function serverProperties(port: number, controllerPort: number, logDir: string): string {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    // bootstrap.servers rather than quorum.voters: the latter conflicts with `format --standalone`.
    `controller.quorum.bootstrap.servers=127.0.0.1:${controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    'inter.broker.listener.name=PLAINTEXT',
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

interface BrokerFiles {
  dataDir: string;
  logDir: string;
  serverProperties: string;
  log4jConfig: string;
  brokerLog: string;
  consoleLog: string;
  pidFile: string;
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
  };
}

const javaClassPath = (jarsDir: string): string => `${jarsDir}${path.sep}*`;

async function formatStorage(jarsDir: string, files: BrokerFiles): Promise<void> {
  if (fs.existsSync(path.join(files.logDir, 'meta.properties'))) return;
  const java = (...args: string[]): Promise<{ stdout: string }> =>
    execFileAsync('java', ['-cp', javaClassPath(jarsDir), `-Dlog4j2.configurationFile=${files.log4jConfig}`, 'kafka.tools.StorageTool', ...args], {
      cwd: files.dataDir,
    });
  try {
    const clusterId = (await java('random-uuid')).stdout.trim();
    await java('format', '--standalone', '-t', clusterId, '-c', files.serverProperties);
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`Formatting Kafka storage in ${files.logDir} failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
  }
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
        '-Xms256m',
        '-Xmx512m',
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

const reused = (brokers: string[]): KafkaBrokerHandle => ({ brokers, startedHere: false, stop: async () => undefined });

function reusedWithLease(brokers: string[], files: BrokerFiles): KafkaBrokerHandle {
  takeLease(files);
  let stopping: Promise<void> | undefined;
  return {
    brokers,
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
  const port = options.port ?? DEFAULT_PORT;
  const controllerPort = options.controllerPort ?? DEFAULT_CONTROLLER_PORT;
  const brokers = [`127.0.0.1:${port}`];
  const files = brokerFiles(path.resolve(options.dataDir ?? defaultDataDir(port)));
  const launchedByUs = () => {
    const running = readPidFile(files.pidFile);
    return running !== undefined && isOurBroker(running, files) ? running : undefined;
  };
  if (await kafkaAnswers(brokers)) return launchedByUs() ? reusedWithLease(brokers, files) : reused(brokers);

  const jarsDir = await ensureKafkaJars();
  fs.mkdirSync(files.dataDir, { recursive: true });
  return withFileLock(path.join(files.dataDir, 'start.lock'), async () => {
    if (await kafkaAnswers(brokers)) return launchedByUs() ? reusedWithLease(brokers, files) : reused(brokers);
    const running = launchedByUs();
    if (running !== undefined) {
      // Launched by another process of ours and still starting: wait for it instead of starting a twin.
      await waitUntilReady(brokers, running, files);
      return reusedWithLease(brokers, files);
    }

    fs.mkdirSync(files.logDir, { recursive: true });
    fs.writeFileSync(files.serverProperties, serverProperties(port, controllerPort, files.logDir));
    fs.writeFileSync(files.log4jConfig, log4jProperties(files.brokerLog));
    await formatStorage(jarsDir, files);
    const pid = launchBroker(jarsDir, files);
    try {
      await waitUntilReady(brokers, pid, files);
    } catch (error) {
      await stopBrokerProcess(pid, files).catch(() => undefined);
      throw error;
    }
    fs.writeFileSync(ownerFile(files), String(process.pid));
    takeLease(files);
    let stopping: Promise<void> | undefined;
    return {
      brokers,
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
export async function stopKafkaBroker(port: number = DEFAULT_PORT, dataDir?: string): Promise<boolean> {
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
