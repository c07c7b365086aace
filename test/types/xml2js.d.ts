/** The one xml2js call the tests use (the package ships no types). */
declare module "xml2js" {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  export function parseStringPromise(xml: string): Promise<any>;
}
