// Times sigstore-js verifying Sigstore bundles (warm loop) and, with --write-bundles, converts PEP 740
// attestations into the v0.3 bundles both sides verify. Usage:
//   node sigstore-js-timing.js --write-bundles OUT_DIR PEP740_ATTESTATION...
//   node sigstore-js-timing.js TRUSTED_ROOT IDENTITY ISSUER ITERATIONS BUNDLE...
'use strict';
const fs = require('fs');
const path = require('path');

function toBundle(attestation) {
  const vm = attestation.verification_material;
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {
      certificate: { rawBytes: vm.certificate },
      tlogEntries: [vm.transparency_entries[0]],
      timestampVerificationData: { rfc3161Timestamps: (vm.timestamps || []).map((t) => ({ signedTimestamp: t })) },
    },
    dsseEnvelope: {
      payload: attestation.envelope.statement,
      payloadType: 'application/vnd.in-toto+json',
      signatures: [{ sig: attestation.envelope.signature, keyid: '' }],
    },
  };
}

const args = process.argv.slice(2);
if (args[0] === '--write-bundles') {
  const out = args[1];
  args.slice(2).forEach((file, i) => {
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    const attestation = json.attestation_bundles ? json.attestation_bundles[0].attestations[0] : json;
    fs.writeFileSync(path.join(out, `bundle-${i}.json`), JSON.stringify(toBundle(attestation)));
  });
  process.exit(0);
}

const { bundleFromJSON } = require('@sigstore/bundle');
const { Verifier, toSignedEntity, toTrustMaterial } = require('@sigstore/verify');
const { TrustedRoot } = require('@sigstore/protobuf-specs');

const [rootFile, identity, issuer, iterationsText, ...bundleFiles] = args;
const iterations = Number(iterationsText);
const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(JSON.parse(fs.readFileSync(rootFile, 'utf8')))));
const bundles = bundleFiles.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
const policy = { subjectAlternativeName: identity, extensions: { issuer } };

function verifyAll() {
  for (const json of bundles) {
    verifier.verify(toSignedEntity(bundleFromJSON(json)), policy);
  }
}

for (let i = 0; i < Math.max(200, iterations / 2); i++) verifyAll();
const start = process.hrtime.bigint();
for (let i = 0; i < iterations; i++) verifyAll();
const elapsed = Number(process.hrtime.bigint() - start);
console.log(Math.round(elapsed / (iterations * bundles.length)));
