/**
 * Writes a tiny BERT-like feature-extraction model that transformers.js loads offline, so tests and the
 * bench exercise the real loading and inference code without downloading anything. The one copy of this
 * generator; `test/support/tiny-model.ts` re-exports it.
 *
 * The graph is `(Gather(words, input_ids) + Gather(types, token_type_ids)) · W`, zeroed where
 * attention_mask is 0. Every token has its own pseudo-random vector, so after mean pooling texts that
 * share words get similar vectors, and unrelated texts nearly orthogonal ones.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';
import type { onnx as Onnx } from 'onnx-proto';

const { onnx } = onnxProto;

export interface TinyModelOptions {
  /** Width of the output vectors (default 32). */
  dims?: number;
  /** Extra whole words for the vocabulary, lowercase. */
  vocab?: string[];
  /**
   * Residual feed-forward blocks (dims → 4·dims → dims, fp32) after the embedding (default 0). Only to give
   * the bench a transformer's arithmetic: `{ dims: 384, layers: 12 }` is about multilingual-e5-small's FFN work.
   */
  layers?: number;
}

const SPECIAL = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
const LETTERS = [...'abcdefghijklmnopqrstuvwxyzäöüß0123456789'];
const PUNCTUATION = [...'.,:;!?-–„“"\'()•‼/%'];
const SUFFIXES = ['en', 'er', 'es', 'e', 'n', 's', 't', 'te', 'ung', 'ungen', 'isch', 'ische', 'ischen', 'lich', 'keit', 'heit', 'ing', 'ed', 'ly'];
const WORDS = `query passage der die das und oder nicht ist sind war hat haben wird werden ein eine einen einem einer des den dem
mit von zu zum zur auf aus bei nach für über unter gegen zwischen wie als auch noch nur sich sie er es wir man
nordkorea nordkoreas nordkoreanische russland russlands russische russischen moskau pjöngjang kim jong un putin
schoigu sergej verteidigungsminister besuch visite reise staatsbesuch jahrestag krieg koreakrieg ukraine china usa
südkorea korea waffen waffenlieferungen munition raketen atomwaffen sanktionen sicherheitsrat veto regierung
machthaber diktator beziehungen zusammenarbeit militär parade feier feierlichkeiten delegation minister präsident
drei tage dreitägigen juli mittwoch donnerstag heute gestern jahr jahre woche
the a an and or not is are was has have will be of to in on at for with from about between as also only
north south russia russian china war weapons visit defense minister military parade anniversary sanctions
cat cats dog dogs house garden weather rain sun bread coffee music football recipe cake apple`
  .split(/\s+/)
  .filter(Boolean);

/** Builds the vocabulary: specials, words, whole single characters and `##` continuations. */
function buildVocab(extra: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (t: string) => {
    if (!seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  };
  for (const t of [...SPECIAL, ...WORDS, ...extra.map((w) => w.toLowerCase()), ...LETTERS, ...PUNCTUATION]) add(t);
  for (const t of [...SUFFIXES, ...LETTERS]) add(`##${t}`);
  return out;
}

/** mulberry32: small, fast, deterministic. Returns values in [-1, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  };
}

function floats(count: number, rand: () => number, scale = 1): Float32Array {
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = rand() * scale;
  return out;
}

const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT8 = onnx.TensorProto.DataType.INT8;
const INT64 = onnx.TensorProto.DataType.INT64;

function tensor(name: string, dims: number[], dataType: number, data: ArrayBufferView): Onnx.ITensorProto {
  return { name, dims, dataType, rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

function valueInfo(name: string, elemType: number, shape: Array<string | number>): Onnx.IValueInfoProto {
  const dim = shape.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d }));
  return { name, type: { tensorType: { elemType, shape: { dim } } } };
}

const node = (opType: string, input: string[], output: string[]): Onnx.INodeProto => ({ opType, input, output, name: output[0] });

/** Symmetric per-tensor int8 quantisation, as a dynamic-quantised export would store the weights. */
function quantize(values: Float32Array): { q: Int8Array; scale: number } {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  return { q: Int8Array.from(values, (v) => Math.round(v / scale)), scale };
}

/** Serialises the graph; `quantized` stores the word embeddings as int8 and dequantises them in the graph. */
function buildModel(
  words: Float32Array,
  vocabSize: number,
  types: Float32Array,
  w: Float32Array,
  blocks: Array<[Float32Array, Float32Array]>,
  dims: number,
  quantized: boolean,
): Uint8Array {
  const initializer: Onnx.ITensorProto[] = [
    tensor('types', [2, dims], FLOAT, types),
    tensor('w', [dims, dims], FLOAT, w),
    tensor('axes', [1], INT64, BigInt64Array.from([-1n])),
  ];
  const nodes: Onnx.INodeProto[] = [];
  if (quantized) {
    const { q, scale } = quantize(words);
    initializer.push(
      tensor('words_q', [vocabSize, dims], INT8, q),
      tensor('words_scale', [], FLOAT, Float32Array.from([scale])),
      tensor('words_zero', [], INT8, Int8Array.from([0])),
    );
    nodes.push(node('DequantizeLinear', ['words_q', 'words_scale', 'words_zero'], ['words']));
  } else {
    initializer.push(tensor('words', [vocabSize, dims], FLOAT, words));
  }
  nodes.push(
    node('Gather', ['words', 'input_ids'], ['word_vecs']),
    node('Gather', ['types', 'token_type_ids'], ['type_vecs']),
    node('Add', ['word_vecs', 'type_vecs'], ['summed']),
    node('MatMul', ['summed', 'w'], ['h0']),
  );
  blocks.forEach(([up, down], l) => {
    initializer.push(tensor(`up${l}`, [dims, 4 * dims], FLOAT, up), tensor(`down${l}`, [4 * dims, dims], FLOAT, down));
    nodes.push(
      node('MatMul', [`h${l}`, `up${l}`], [`wide${l}`]),
      node('Relu', [`wide${l}`], [`act${l}`]),
      node('MatMul', [`act${l}`, `down${l}`], [`delta${l}`]),
      node('Add', [`h${l}`, `delta${l}`], [`h${l + 1}`]),
    );
  });
  nodes.push(
    { ...node('Cast', ['attention_mask'], ['mask_f']), attribute: [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: FLOAT }] },
    node('Unsqueeze', ['mask_f', 'axes'], ['mask_3d']),
    node('Mul', [`h${blocks.length}`, 'mask_3d'], ['last_hidden_state']),
  );
  const model = onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 13 }],
    producerName: 'dossier-tiny-model',
    graph: {
      name: 'tiny-bert',
      node: nodes,
      initializer,
      input: ['input_ids', 'attention_mask', 'token_type_ids'].map((n) => valueInfo(n, INT64, ['batch', 'sequence'])),
      output: [valueInfo('last_hidden_state', FLOAT, ['batch', 'sequence', dims])],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

function tokenizerJson(vocab: string[]): object {
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL.map((content) => ({
      id: vocab.indexOf(content),
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: false, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: Object.fromEntries(
        ['[CLS]', '[SEP]'].map((t) => [t, { id: t, ids: [vocab.indexOf(t)], tokens: [t] }]),
      ),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocab.map((t, i) => [t, i])),
    },
  };
}

/**
 * Writes `<modelRoot>/<modelId>/` with config.json, tokenizer.json, tokenizer_config.json and
 * onnx/model.onnx (fp32) + onnx/model_quantized.onnx (int8 weights). Deterministic; takes a few ms.
 */
export async function makeTinyModel(dir: string, options: TinyModelOptions = {}): Promise<{ modelId: string; modelRoot: string }> {
  const dims = options.dims ?? 32;
  const vocab = buildVocab(options.vocab ?? []);
  const modelId = 'test/tiny-bert';
  const modelDir = join(dir, modelId);
  await mkdir(join(modelDir, 'onnx'), { recursive: true });

  const rand = random(0x5eed + dims);
  const words = floats(vocab.length * dims, rand);
  // Special tokens occur in every text; small vectors keep them from dominating the similarity of short texts.
  for (let id = 0; id < SPECIAL.length; id++) words.fill(0, id * dims, id * dims + dims);
  const cls = vocab.indexOf('[CLS]');
  words.set(floats(dims, rand, 0.1), cls * dims);
  words.set(floats(dims, rand, 0.1), vocab.indexOf('[SEP]') * dims);
  const types = floats(2 * dims, rand, 0.05);
  // Identity plus a little noise: a full-rank map that keeps word vectors apart.
  const w = floats(dims * dims, rand, 0.1);
  for (let i = 0; i < dims; i++) w[i * dims + i] = (w[i * dims + i] ?? 0) + 1;
  // Small weights keep each residual block close to the identity, so similarity survives the blocks.
  const blocks = Array.from({ length: options.layers ?? 0 }, (): [Float32Array, Float32Array] => [
    floats(dims * 4 * dims, rand, 0.05),
    floats(4 * dims * dims, rand, 0.05),
  ]);

  const config = {
    architectures: ['BertModel'],
    model_type: 'bert',
    hidden_size: dims,
    num_attention_heads: 1,
    num_hidden_layers: 1,
    intermediate_size: dims,
    max_position_embeddings: 512,
    type_vocab_size: 2,
    vocab_size: vocab.length,
    pad_token_id: 0,
  };
  const tokenizerConfig = {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: 512,
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    mask_token: '[MASK]',
  };
  await Promise.all([
    writeFile(join(modelDir, 'config.json'), JSON.stringify(config, null, 2)),
    writeFile(join(modelDir, 'tokenizer.json'), JSON.stringify(tokenizerJson(vocab))),
    writeFile(join(modelDir, 'tokenizer_config.json'), JSON.stringify(tokenizerConfig, null, 2)),
    writeFile(join(modelDir, 'onnx', 'model.onnx'), buildModel(words, vocab.length, types, w, blocks, dims, false)),
    writeFile(join(modelDir, 'onnx', 'model_quantized.onnx'), buildModel(words, vocab.length, types, w, blocks, dims, true)),
  ]);
  return { modelId, modelRoot: dir };
}
