import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

// `node regenerate-resolver-types.js <service root>` prints {filename, content} of the
// service's generated resolver types without writing them.
async function main() {
  const serviceRoot = process.argv[2];
  if (!serviceRoot) throw new Error('usage: regenerate-resolver-types <service root>');
  const { config } = await loadCodegenConfig({ configFilePath: `${serviceRoot}/codegen.ts` });
  const [output] = await generate({ ...config, cwd: serviceRoot, silent: true }, false);
  if (!output) throw new Error('codegen produced nothing');
  process.stdout.write(JSON.stringify({ filename: output.filename, content: output.content }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
