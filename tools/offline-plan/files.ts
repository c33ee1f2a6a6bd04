import * as fs from "fs";
import * as path from "path";

/**
 * Plan outputs are rewritten on every plan, and mostly unchanged. Writing only what changed
 * keeps unchanged files' modification times (so tools that watch them see real changes only)
 * and avoids the file system's slowest path: creating thousands of files cost a re-plan at 24
 * clusters more system time than its whole CPU budget.
 */

/** The file's text, or undefined when there is no such file. */
export function readIfExists(file: string): string | undefined {
    try {
        return fs.readFileSync(file, "utf8");
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
    }
}

/** Writes `content` to `file` unless it already holds exactly that; true if it wrote. */
export function writeIfChangedSync(file: string, content: string): boolean {
    if (readIfExists(file) === content) return false;
    fs.writeFileSync(file, content);
    return true;
}

/** As writeIfChangedSync, with the I/O on libuv's threads. */
export async function writeIfChanged(file: string, content: string): Promise<boolean> {
    const current = await fs.promises.readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return undefined;
        throw error;
    });
    if (current === content) return false;
    await fs.promises.writeFile(file, content);
    return true;
}

/** Every file under `dir`, as paths relative to it (none if it does not exist). */
export function listFiles(dir: string): string[] {
    if (!fs.existsSync(dir)) return [];
    return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/** How DirectorySync writes: on libuv's threads (the main thread), or in place (a worker thread of its own). */
export type FileWrites = "async" | "sync";
const DEFAULT_FILE_WRITES: FileWrites = "async";

/**
 * Makes `dir` hold exactly `files` (relative path → content): changed files are written as
 * they are added, and `finish()` deletes files and folders that are no longer wanted.
 */
export class DirectorySync {
    private readonly stale: Set<string>;
    private readonly pending: Promise<unknown>[] = [];
    private readonly madeDirs = new Set<string>();
    private readonly writes: FileWrites;

    /** @param writes "sync" suits a thread that does nothing else; default "async". */
    constructor(
        private readonly dir: string,
        writes?: FileWrites,
    ) {
        this.stale = new Set(listFiles(dir));
        this.writes = writes ?? DEFAULT_FILE_WRITES;
    }

    add(relativePath: string, content: string): void {
        this.stale.delete(relativePath);
        const file = path.join(this.dir, relativePath);
        const parent = path.dirname(file);
        if (!this.madeDirs.has(parent)) {
            fs.mkdirSync(parent, { recursive: true });
            this.madeDirs.add(parent);
        }
        if (this.writes === "sync") writeIfChangedSync(file, content);
        else this.pending.push(writeIfChanged(file, content));
    }

    async finish(): Promise<void> {
        for (const relativePath of this.stale) {
            const file = path.join(this.dir, relativePath);
            if (this.writes === "sync") fs.unlinkSync(file);
            else this.pending.push(fs.promises.unlink(file));
        }
        await Promise.all(this.pending);
        removeEmptyDirs(this.dir);
    }
}

function removeEmptyDirs(dir: string): void {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        const child = path.join(dir, entry.name);
        removeEmptyDirs(child);
        if (fs.readdirSync(child).length === 0) fs.rmdirSync(child);
    }
}
