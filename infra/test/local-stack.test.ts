import { ensureLocalStack, localKafkaPorts, missingSaslListenerNotice } from '../src/local-stack';

describe('local stack', () => {
  it('configured Kafka brokers and database url are used as is and nothing is started', async () => {
    const stack = await ensureLocalStack({ KAFKA_BROKERS: 'kafka-1:9092,kafka-2:9092', DATABASE_URL: 'postgres://app:secret@db:5432/postgres' });
    expect(stack).toMatchObject({ kafkaBrokers: 'kafka-1:9092,kafka-2:9092', kafkaSaslBrokers: undefined, databaseUrl: 'postgres://app:secret@db:5432/postgres' });
    await expect(stack.stop()).resolves.toBeUndefined();
  });

  it("configured Kafka brokers keep the SASL listener's address they come with, and say when they come without", async () => {
    const env = { KAFKA_BROKERS: 'kafka-1:9092', KAFKA_SASL_BROKERS: 'kafka-1:9096', DATABASE_URL: 'postgres://app:secret@db:5432/postgres' };
    const stack = await ensureLocalStack(env);
    expect(stack.kafkaSaslBrokers).toBe('kafka-1:9096');
    expect(missingSaslListenerNotice(stack, env)).toBeUndefined();
    expect(missingSaslListenerNotice({ ...stack, kafkaSaslBrokers: undefined }, env)).toMatch(/KAFKA_SASL_BROKERS/);
  });

  it('the local broker listens on 9092, its controller on 9093 and its SASL listener on 9094, or from LOCAL_KAFKA_PORT on', () => {
    expect(localKafkaPorts({})).toEqual({ port: 9092, controllerPort: 9093, saslPort: 9094 });
    expect(localKafkaPorts({ LOCAL_KAFKA_PORT: '19092' })).toEqual({ port: 19092, controllerPort: 19093, saslPort: 19094 });
    expect(() => localKafkaPorts({ LOCAL_KAFKA_PORT: 'kafka' })).toThrow(/LOCAL_KAFKA_PORT/);
  });
});
