/** Writes `data` to `file` through a temporary file and a rename, creating its folder (see write-atomically.cjs). */
export declare function writeAtomically(file: string, data: string | NodeJS.ArrayBufferView): void;
