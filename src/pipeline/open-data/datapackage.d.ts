// datapackage (Frictionless Data's reference JavaScript implementation) ships no types; these are
// the calls the tests make to validate the published package.
declare module 'datapackage' {
  interface Resource {
    name: string;
    tabular: boolean;
    valid: boolean;
    descriptor: { path: string };
    read(options: { keyed: true; cast?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string, options?: { basePath?: string }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    descriptor: { resources: { name: string; schema?: { fields: Record<string, unknown>[] } }[] };
  }
}
