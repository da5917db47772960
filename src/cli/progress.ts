/** Progress bars for long CLI work (cli-progress), with rate and ETA. */
import cliProgress from "cli-progress";

export class ProgressBar {
  private readonly bar: cliProgress.SingleBar;
  private startedAt = 0;

  constructor(label: string, stream: NodeJS.WriteStream = process.stderr) {
    this.bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {value}/{total} {percentage}% · {rate}/s · ETA {eta_formatted}`,
        stream,
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
  }

  update(done: number, total: number): void {
    if (!this.startedAt) {
      this.startedAt = Date.now();
      this.bar.start(total, 0, { rate: "0" });
    }
    const seconds = (Date.now() - this.startedAt) / 1000;
    this.bar.setTotal(total);
    this.bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : "0" });
  }

  finish(): void {
    if (this.startedAt) this.bar.stop();
  }
}
