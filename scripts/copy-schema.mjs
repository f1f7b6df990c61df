// Copies a subgraph's schema.graphql next to its compiled code, where main.js reads it.
import { copyFileSync } from 'node:fs';
copyFileSync('src/schema.graphql', 'dist/schema.graphql');
