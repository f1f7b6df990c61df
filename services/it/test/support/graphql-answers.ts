import type { GraphQLResponse } from '@backoffice/testkit/graphql-client';

// Reading what IT answered, the same way in every test: the data of an answer that must succeed,
// and the one error of an answer that must not, with its code and the fields it names.

export function ok<T>(answer: GraphQLResponse<T>): T {
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

export const errorOf = (answer: GraphQLResponse<unknown>) => {
  expect(answer.errors).toHaveLength(1);
  return answer.errors![0]!;
};

export const codeOf = (answer: GraphQLResponse<unknown>) => errorOf(answer).extensions?.code;

// In the order the refusal names them (a field breaking two rules is named twice).
export const fieldsOf = (answer: GraphQLResponse<unknown>) => (errorOf(answer).extensions?.fields as Array<{ field: string }> | undefined)?.map((problem) => problem.field);
