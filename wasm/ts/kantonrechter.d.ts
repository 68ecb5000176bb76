// The npm package's entry: wasm-bindgen's module, with `ruling` taking a faster path to the
// same answer (kantonrechter.js).
export * from './kantonrechter_wasm.js';
export { default } from './kantonrechter_wasm.js';
