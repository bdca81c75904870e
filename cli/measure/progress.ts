/**
 * A progress bar on stderr for runs that take more than a second, only when stderr is a
 * terminal (a log or a CI job gets no control characters), cleared when the run ends.
 */
export class Progress {
    private readonly started = Date.now();
    private shown = false;
    /** `COP_PROGRESS_AFTER_MS` moves the one-second threshold (the tests set it to 0). */
    private readonly after = Number(process.env.COP_PROGRESS_AFTER_MS ?? 1000);

    constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

    step = (done: number, total: number): void => {
        if (!this.stream.isTTY || Date.now() - this.started < this.after || total === 0) return;
        const width = 30;
        const filled = Math.round((done / total) * width);
        this.stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} sources and measures`);
        this.shown = true;
    };

    end(): void {
        if (this.shown) this.stream.write('\r\x1b[2K');
    }
}
