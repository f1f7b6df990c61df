import { ensureLocalStack } from '../src/local-stack';

describe('local stack', () => {
  it('configured Kafka brokers and database url are used as is and nothing is started', async () => {
    const stack = await ensureLocalStack({ KAFKA_BROKERS: 'kafka-1:9092,kafka-2:9092', DATABASE_URL: 'postgres://app:secret@db:5432/postgres' });
    expect(stack).toMatchObject({ kafkaBrokers: 'kafka-1:9092,kafka-2:9092', databaseUrl: 'postgres://app:secret@db:5432/postgres' });
    await expect(stack.stop()).resolves.toBeUndefined();
  });
});
