import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { ensureKafkaBroker, kafkaAnswers, KafkaBrokerHandle } from '../src/kafka-broker';
import { freePort, portAnswers } from './free-port';

jest.setTimeout(180_000);

describe('local Kafka broker', () => {
  const started: KafkaBrokerHandle[] = [];
  const dataDirs: string[] = [];

  async function startFresh(): Promise<{ handle: KafkaBrokerHandle; port: number; controllerPort: number; dataDir: string }> {
    const port = await freePort();
    const controllerPort = await freePort();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'infra-kafka-'));
    dataDirs.push(dataDir);
    const handle = await ensureKafkaBroker({ port, controllerPort, dataDir });
    started.push(handle);
    return { handle, port, controllerPort, dataDir };
  }

  afterAll(async () => {
    // Never leave a JVM behind, even when an assertion failed midway.
    await Promise.all(started.map((handle) => handle.stop()));
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a broker starts from nothing on its own ports and a message goes through it with kafkajs', async () => {
    const { handle, port } = await startFresh();
    expect(handle.startedHere).toBe(true);
    expect(handle.brokers).toEqual([`127.0.0.1:${port}`]);

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

    await handle.stop();
    expect(await portAnswers(port)).toBe(false);
    expect(await kafkaAnswers(handle.brokers)).toBe(false);
  });

  it('a second start reuses the running broker and its stop leaves the broker running', async () => {
    const first = await startFresh();
    const second = await ensureKafkaBroker({ port: first.port, controllerPort: first.controllerPort, dataDir: first.dataDir });
    expect(second.startedHere).toBe(false);
    expect(second.brokers).toEqual(first.handle.brokers);

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
      ensureKafkaBroker({ port: ${first.port}, controllerPort: ${first.controllerPort}, dataDir: ${JSON.stringify(first.dataDir)} }).then((handle) => {
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
});
