import { accountingSubgraph } from '@backoffice/accounting/src/accounting-subgraph';
import { topicConsumers, topicOwner } from '@backoffice/events/kafka-access';
import { baseTopics, type TopicBase } from '@backoffice/events/topics';
import { hrSubgraph } from '@backoffice/hr/src/hr-subgraph';
import { itSubgraph } from '@backoffice/it/src/it-subgraph';

// The broker's ACLs come from packages/events/src/kafka-access.ts, which cannot import the
// services; this keeps its topicConsumers equal to the topics each service declares (and so
// ensures, reads and dead-letters). A service that starts consuming another department's topic
// fails here until its login is granted it, rather than in production against the ACLs.

const declared: Record<string, readonly TopicBase[]> = { hr: hrSubgraph.topics, accounting: accountingSubgraph.topics, it: itSubgraph.topics };

describe("each service's Kafka login matches the topics it declares", () => {
  it.each(Object.keys(declared))("%s is granted exactly the other departments' topics it declares", (service) => {
    const consumed = declared[service]!.filter((topic) => topicOwner(topic) !== service);
    const granted = baseTopics.filter((topic) => topicOwner(topic) !== service && topicConsumers[topic].some((consumer) => consumer === service));
    expect([...consumed].sort()).toEqual([...granted].sort());
  });

  it('each service declares every topic named after it, which its login owns', () => {
    for (const [service, topics] of Object.entries(declared)) {
      expect(baseTopics.filter((topic) => topicOwner(topic) === service).filter((topic) => !topics.includes(topic))).toEqual([]);
    }
  });
});
