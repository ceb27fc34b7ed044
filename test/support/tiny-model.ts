/** A tiny generated embedding model for tests. The generator lives in bench/ so the bench compiles it too. */
export { makeTinyModel, type TinyModelOptions } from '../../bench/tiny-model-gen.js';
