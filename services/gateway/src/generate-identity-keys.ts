import { generateKeyPairSync, randomBytes } from 'node:crypto';

// `npm run identity-keys`: a fresh Ed25519 pair for the gateway's identity header, printed as the
// two settings that carry it. The private key goes to the gateway alone; the public key to every
// subgraph. To rotate: add the new public key to every subgraph's list, then switch the
// gateway, then (after the header lifetime) drop the old public key.
const keyId = `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(3).toString('hex')}`;
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
console.log(`IDENTITY_SIGNING_KEY=${keyId}:${privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64url')}`);
console.log(`IDENTITY_VERIFY_KEYS=${keyId}:${publicKey.export({ format: 'der', type: 'spki' }).toString('base64url')}`);
