import { kafkaAclsSettingsFrom } from '../src/kafka-acls-config';

describe('the acls command configuration', () => {
  it('takes the same variables as a service, with a login', () => {
    const settings = kafkaAclsSettingsFrom({ KAFKA_BROKERS: 'kafka-1:9093, kafka-2:9093', KAFKA_SASL_MECHANISM: 'scram-sha-256', KAFKA_USERNAME: 'ops', KAFKA_PASSWORD: 'secret', KAFKA_SSL: 'true' });
    expect(settings).toEqual({
      prefix: '',
      client: { brokers: ['kafka-1:9093', 'kafka-2:9093'], sasl: { mechanism: 'scram-sha-256', username: 'ops', password: 'secret' }, ssl: true },
    });
  });

  it('names every missing or wrong variable at once', () => {
    expect(() => kafkaAclsSettingsFrom({ KAFKA_SASL_MECHANISM: 'none', KAFKA_SSL_CA_FILE: '/etc/ca.pem' })).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/KAFKA_BROKERS[\s\S]*KAFKA_SASL_MECHANISM[\s\S]*KAFKA_USERNAME[\s\S]*KAFKA_PASSWORD/) }),
    );
    expect(() => kafkaAclsSettingsFrom({ KAFKA_BROKERS: 'k:9093', KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_USERNAME: 'ops', KAFKA_PASSWORD: 'x', KAFKA_SSL_CA_FILE: '/etc/ca.pem' })).toThrow(
      /KAFKA_SSL_CA_FILE: is only used with KAFKA_SSL=true/,
    );
  });
});
