// @types/node 20 declares the global TextDecoder as a value only (the DOM library used to
// supply its type); Node 20 and Electron's Node have it, so main may name the type too.
declare global {
  // Declaration merging needs the interface form; it adds Node's members to the global name.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TextDecoder extends InstanceType<typeof import('node:util').TextDecoder> {}
}
export {};
