// The `dist/` loaders of wink-eng-lite-web-model that `wink-model.ts` assembles. They ship
// without types; wink-nlp checks their shapes when it loads the model.
declare module "wink-eng-lite-web-model/dist/load-core-model.js" {
  const load: () => unknown;
  export default load;
}
declare module "wink-eng-lite-web-model/dist/load-cer-meta-model.js" {
  const load: () => unknown;
  export default load;
}
declare module "wink-eng-lite-web-model/dist/load-negation-model.js" {
  const load: () => unknown;
  export default load;
}
declare module "wink-eng-lite-web-model/dist/load-pos-model.js" {
  const load: () => unknown;
  export default load;
}
declare module "wink-eng-lite-web-model/dist/load-sbd-model.js" {
  const load: () => unknown;
  export default load;
}
declare module "wink-eng-lite-web-model/dist/feature.js" {
  const feature: (...args: unknown[]) => unknown;
  export default feature;
}
