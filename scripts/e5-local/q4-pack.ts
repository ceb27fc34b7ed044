/**
 * Repacks llama.cpp Q4_0 blocks (18 bytes: fp16 scale d, then byte j = weight j low nibble | weight j+16 high
 * nibble) into the layouts the quantised ONNX graph stores, without changing a single 4-bit value.
 */
import { fp16ToFp32, type BlobTensor } from './blob.js';

const BLOCK_BYTES = 18;

function blocksOf(t: BlobTensor): number {
  if (t.dtype !== 1) throw new Error('expected a Q4_0 tensor');
  return t.count / 32;
}

/**
 * MatMulNBits (com.microsoft, bits 4, block 32) packs weight 2i in the low and 2i+1 in the high nibble of byte i
 * of each block, blocks in the same [N rows, K/32 blocks] order as Q4_0. Its default zero point 8 matches Q4_0's −8.
 */
export function nibblesForMatMulNBits(t: BlobTensor): Uint8Array {
  const blocks = blocksOf(t);
  const out = new Uint8Array(blocks * 16);
  const w = new Uint8Array(32);
  for (let b = 0; b < blocks; b++) {
    const at = b * BLOCK_BYTES + 2;
    for (let j = 0; j < 16; j++) {
      const q = t.bytes[at + j]!;
      w[j] = q & 0x0f;
      w[j + 16] = q >> 4;
    }
    for (let i = 0; i < 16; i++) out[b * 16 + i] = w[2 * i]! | (w[2 * i + 1]! << 4);
  }
  return out;
}

/** The block scales as float32, one per block in block order (what MatMulNBits takes for float activations). */
export function q4Scales(t: BlobTensor): Float32Array {
  const blocks = blocksOf(t);
  const out = new Float32Array(blocks);
  for (let b = 0; b < blocks; b++) out[b] = fp16ToFp32(t.bytes[b * BLOCK_BYTES]! | (t.bytes[b * BLOCK_BYTES + 1]! << 8));
  return out;
}

/** The 16 nibble bytes of every block, unchanged (Q4_0 order), without the scales: [rows, blocks, 16]. */
export function wordNibbles(t: BlobTensor): Uint8Array {
  const blocks = blocksOf(t);
  const out = new Uint8Array(blocks * 16);
  for (let b = 0; b < blocks; b++) out.set(t.bytes.subarray(b * BLOCK_BYTES + 2, b * BLOCK_BYTES + BLOCK_BYTES), b * 16);
  return out;
}

/** The raw fp16 scale bits of every block (stored as FLOAT16, cast to float in the graph after the Gather). */
export function wordScalesFp16(t: BlobTensor): Uint16Array {
  const blocks = blocksOf(t);
  const out = new Uint16Array(blocks);
  for (let b = 0; b < blocks; b++) out[b] = t.bytes[b * BLOCK_BYTES]! | (t.bytes[b * BLOCK_BYTES + 1]! << 8);
  return out;
}
