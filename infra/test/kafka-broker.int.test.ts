import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { developmentKafkaLogin, ensureKafkaBroker, ensureKafkaJars, kafkaAnswers, KafkaBrokerHandle } from '../src/kafka-broker';
import { freePort, portAnswers } from './free-port';

jest.setTimeout(180_000);

describe('local Kafka broker', () => {
  const started: KafkaBrokerHandle[] = [];
  const dataDirs: string[] = [];

  async function freshPorts(): Promise<{ port: number; controllerPort: number; saslPort: number; dataDir: string }> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'infra-kafka-'));
    dataDirs.push(dataDir);
    return { port: await freePort(), controllerPort: await freePort(), saslPort: await freePort(), dataDir };
  }

  async function startFresh(): Promise<{ handle: KafkaBrokerHandle; port: number; controllerPort: number; saslPort: number; dataDir: string }> {
    const options = await freshPorts();
    const handle = await ensureKafkaBroker(options);
    started.push(handle);
    return { handle, ...options };
  }

  afterAll(async () => {
    // Never leave a JVM behind, even when an assertion failed midway.
    await Promise.all(started.map((handle) => handle.stop()));
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a broker starts from nothing on its own ports, a message goes through it with kafkajs, and its SASL listener takes the development logins', async () => {
    const { handle, port, saslPort } = await startFresh();
    expect(handle.startedHere).toBe(true);
    expect(handle.brokers).toEqual([`127.0.0.1:${port}`]);
    expect(handle.saslBrokers).toEqual([`127.0.0.1:${saslPort}`]);

    const kafka = new Kafka({ clientId: 'infra-test', brokers: handle.brokers, logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'infra.test.greeting', numPartitions: 1 }], waitForLeaders: true });
    await admin.disconnect();

    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic: 'infra.test.greeting', messages: [{ key: 'k', value: 'hello through kafka' }] });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: 'infra-test-group' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'infra.test.greeting', fromBeginning: true });
    const received = new Promise<string>((resolve) => {
      void consumer.run({ eachMessage: async ({ message }) => resolve(message.value?.toString() ?? '') });
    });
    await expect(received).resolves.toBe('hello through kafka');
    await consumer.disconnect();

    // The SASL listener takes the development logins (either SCRAM mechanism) and refuses a wrong
    // password; without an ACL granting it anything, a login other than admin cannot even see a
    // topic that PLAINTEXT's unrestricted clients made.
    const saslBrokers = handle.saslBrokers!;
    expect(await kafkaAnswers(saslBrokers, developmentKafkaLogin('admin'))).toBe(true);
    expect(await kafkaAnswers(saslBrokers, { ...developmentKafkaLogin('admin'), password: 'wrong' })).toBe(false);
    expect(await kafkaAnswers(saslBrokers, { ...developmentKafkaLogin('analyst'), mechanism: 'scram-sha-256' })).toBe(true);
    const topicsSeenBy = async (login: 'admin' | 'analyst') => {
      const overSasl = new Kafka({ clientId: 'infra-test', brokers: saslBrokers, sasl: developmentKafkaLogin(login), logLevel: logLevel.NOTHING }).admin();
      await overSasl.connect();
      try {
        return await overSasl.listTopics();
      } finally {
        await overSasl.disconnect();
      }
    };
    expect(await topicsSeenBy('admin')).toContain('infra.test.greeting');
    expect(await topicsSeenBy('analyst')).not.toContain('infra.test.greeting');

    await handle.stop();
    expect(await portAnswers(port)).toBe(false);
    expect(await kafkaAnswers(handle.brokers)).toBe(false);
  });

  it('a second start reuses the running broker and its stop leaves the broker running', async () => {
    const first = await startFresh();
    const second = await ensureKafkaBroker({ port: first.port, controllerPort: first.controllerPort, saslPort: first.saslPort, dataDir: first.dataDir });
    expect(second.startedHere).toBe(false);
    expect(second.brokers).toEqual(first.handle.brokers);
    expect(second.saslBrokers).toEqual(first.handle.saslBrokers);

    await second.stop();
    expect(await kafkaAnswers(first.handle.brokers)).toBe(true);

    await first.handle.stop();
    expect(await portAnswers(first.port)).toBe(false);
  });

  it('a broker shared with another process outlives its starter and stops when the last user stops', async () => {
    const first = await startFresh();
    // Another process (a parallel test run, say) reuses the broker and holds it until told to stop.
    const script = `
      const { ensureKafkaBroker } = require(${JSON.stringify(path.join(__dirname, '..', 'dist', 'kafka-broker.js'))});
      ensureKafkaBroker({ port: ${first.port}, controllerPort: ${first.controllerPort}, saslPort: ${first.saslPort}, dataDir: ${JSON.stringify(first.dataDir)} }).then((handle) => {
        process.stdout.write('holding\\n');
        process.stdin.once('data', () => handle.stop().then(() => { process.stdout.write('released\\n'); process.exit(0); }));
      });`;
    const other = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines: string[] = [];
    other.stdout.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
    const waitForLine = async (line: string) => {
      for (let i = 0; i < 600 && !lines.includes(line); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(lines).toContain(line);
    };
    await waitForLine('holding');

    await first.handle.stop();
    expect(await kafkaAnswers(first.handle.brokers)).toBe(true);

    other.stdin.write('stop\n');
    await waitForLine('released');
    expect(await portAnswers(first.port)).toBe(false);
  });

  it('a data directory formatted by older code, without the development logins, is formatted again so its SASL listener takes them', async () => {
    const options = await freshPorts();
    // What the code before the SASL listener left: storage formatted without SCRAM credentials.
    const logDir = path.join(options.dataDir, 'logs');
    fs.mkdirSync(logDir, { recursive: true });
    const properties = path.join(options.dataDir, 'server.properties');
    fs.writeFileSync(
      properties,
      [
        'process.roles=broker,controller',
        'node.id=1',
        `controller.quorum.bootstrap.servers=127.0.0.1:${options.controllerPort}`,
        `listeners=PLAINTEXT://127.0.0.1:${options.port},CONTROLLER://127.0.0.1:${options.controllerPort}`,
        'controller.listener.names=CONTROLLER',
        'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
        `log.dirs=${logDir}`,
        '',
      ].join('\n'),
    );
    const classPath = `${await ensureKafkaJars()}${path.sep}*`;
    const clusterId = execFileSync('java', ['-cp', classPath, 'kafka.tools.StorageTool', 'random-uuid'], { encoding: 'utf8' }).trim();
    execFileSync('java', ['-cp', classPath, 'kafka.tools.StorageTool', 'format', '--standalone', '-t', clusterId, '-c', properties], { stdio: 'ignore' });
    const oldMeta = fs.readFileSync(path.join(logDir, 'meta.properties'), 'utf8');

    const handle = await ensureKafkaBroker(options);
    started.push(handle);
    expect(fs.readFileSync(path.join(logDir, 'meta.properties'), 'utf8')).not.toBe(oldMeta);
    expect(await kafkaAnswers(handle.saslBrokers!, developmentKafkaLogin('hr'))).toBe(true);
    await handle.stop();
  });
});
