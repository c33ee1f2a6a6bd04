"use strict";
/**
 * How every cache under node_modules/.cache is written: through a temporary file named for this
 * process and thread, then a rename, so a reader (another process, or another thread of this
 * one) never sees half a file. Throws like writeFileSync; callers treat a cache they cannot
 * write (a read-only node_modules) as no cache.
 */
const fs = require("fs");
const path = require("path");
const { threadId } = require("worker_threads");

function writeAtomically(file, data) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${threadId}.tmp`;
    try {
        fs.writeFileSync(temporary, data);
        fs.renameSync(temporary, file);
    } catch (error) {
        fs.rmSync(temporary, { force: true });
        throw error;
    }
}

module.exports = { writeAtomically };
