/**
 * The real multilingual-e5-small as `npm run model:e5-local` converts it (README, "Models"): where it lives, and
 * why a test that needs it must skip. CI converts it first (.ci/run), so there these tests run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const REAL_MODEL_DIR = process.env.E5_LOCAL_MODEL_DIR ?? 'models/local';
export const REAL_MODEL_ID = process.env.E5_LOCAL_MODEL_ID ?? 'intfloat/multilingual-e5-small-q4';
const FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx', 'onnx/model_quantized.onnx'];

/** Null when the converted model is complete, else the reason a test needing it is skipped. */
export function realModelMissing(): string | null {
  const folder = join(REAL_MODEL_DIR, REAL_MODEL_ID);
  return FILES.every((f) => existsSync(join(folder, f))) ? null : `no converted model in ${folder}/ (run npm run model:e5-local)`;
}
