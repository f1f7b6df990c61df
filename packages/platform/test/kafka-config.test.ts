import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEVELOPMENT_KAFKA_PASSWORDS } from '@backoffice/events/kafka-access';
import { ConfigError, kafkaEnvModel, parseConfig } from '../src/config';
import { kafkaProductionProblems, kafkaSecurityFrom } from '../src/kafka';
import { loadSubgraphConfig } from '../src/subgraph-service';

const settingsFrom = (env: Record<string, string>) => parseConfig(kafkaEnvModel, env);

function problemsOf(build: () => unknown): string[] {
  try {
    build();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('Kafka client security settings', () => {
  it('by default a client connects without a login or TLS, as to the local PLAINTEXT listener', () => {
    expect(kafkaSecurityFrom(settingsFrom({}))).toEqual({ sasl: undefined, ssl: false });
  });

  it('a SCRAM login and TLS are passed to the client as kafkajs takes them', () => {
    const security = kafkaSecurityFrom(settingsFrom({ KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_USERNAME: 'accounting', KAFKA_PASSWORD: 's3cret', KAFKA_SSL: 'true' }));
    expect(security).toEqual({ sasl: { mechanism: 'scram-sha-512', username: 'accounting', password: 's3cret' }, ssl: true });
  });

  it('a CA file makes TLS trust that CA', () => {
    const caFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-ca-')), 'ca.pem');
    fs.writeFileSync(caFile, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const security = kafkaSecurityFrom(settingsFrom({ KAFKA_SASL_MECHANISM: 'scram-sha-256', KAFKA_USERNAME: 'it', KAFKA_PASSWORD: 'x', KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: caFile }));
    expect(security.ssl).toEqual({ ca: [fs.readFileSync(caFile, 'utf8')] });
  });

  it('settings that do not go together are refused, every problem by its variable', () => {
    expect(problemsOf(() => kafkaSecurityFrom(settingsFrom({ KAFKA_SASL_MECHANISM: 'scram-sha-512' })))).toEqual([
      'KAFKA_USERNAME: required with KAFKA_SASL_MECHANISM=scram-sha-512',
      'KAFKA_PASSWORD: required with KAFKA_SASL_MECHANISM=scram-sha-512',
    ]);
    expect(problemsOf(() => kafkaSecurityFrom(settingsFrom({ KAFKA_USERNAME: 'hr', KAFKA_PASSWORD: 'x', KAFKA_SSL_CA_FILE: '/nonexistent/ca.pem' })))).toEqual([
      'KAFKA_USERNAME: set, but KAFKA_SASL_MECHANISM is none; set it to scram-sha-256 or scram-sha-512 to log in',
      'KAFKA_PASSWORD: set, but KAFKA_SASL_MECHANISM is none; set it to scram-sha-256 or scram-sha-512 to log in',
      'KAFKA_SSL_CA_FILE: set, but KAFKA_SSL is false; set KAFKA_SSL=true to use TLS',
      'KAFKA_SSL_CA_FILE: cannot read /nonexistent/ca.pem (ENOENT)',
    ]);
  });

  it('an unknown mechanism or TLS value is refused when the environment is parsed', () => {
    expect(problemsOf(() => settingsFrom({ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SSL: 'yes' })).map((problem) => problem.split(':')[0])).toEqual(['KAFKA_SASL_MECHANISM', 'KAFKA_SSL']);
  });

  it('a subgraph takes its Kafka login from its configuration, and refuses an incomplete one', () => {
    const config = loadSubgraphConfig('accounting', 4002, { NODE_ENV: 'development', KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_USERNAME: 'accounting', KAFKA_PASSWORD: 's3cret' }, {});
    expect(config.kafkaSecurity).toEqual({ sasl: { mechanism: 'scram-sha-512', username: 'accounting', password: 's3cret' }, ssl: false });
    expect(problemsOf(() => loadSubgraphConfig('accounting', 4002, { NODE_ENV: 'development', KAFKA_SASL_MECHANISM: 'scram-sha-512' }, {}))).toEqual(['KAFKA_USERNAME: required with KAFKA_SASL_MECHANISM=scram-sha-512', 'KAFKA_PASSWORD: required with KAFKA_SASL_MECHANISM=scram-sha-512']);
  });
});

describe('Kafka settings production refuses', () => {
  it('no login, and any development password, are problems; a login of its own is none', () => {
    expect(kafkaProductionProblems(settingsFrom({}))).toEqual([{ variable: 'KAFKA_SASL_MECHANISM', message: expect.stringMatching(/^production logs in to Kafka/) }]);
    for (const password of Object.values(DEVELOPMENT_KAFKA_PASSWORDS)) {
      expect(kafkaProductionProblems(settingsFrom({ KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_USERNAME: 'hr', KAFKA_PASSWORD: password }))).toEqual([
        { variable: 'KAFKA_PASSWORD', message: 'a development password (public in this repository) is refused in production' },
      ]);
    }
    expect(kafkaProductionProblems(settingsFrom({ KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_USERNAME: 'hr', KAFKA_PASSWORD: 'a-real-secret' }))).toEqual([]);
  });
});
