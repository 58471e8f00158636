// Play: the timeline applied step by step, one step every PLAY_INTERVAL_MS /
// speed, until its end or a pause. The next step is asked for only once the
// view of the previous one has arrived, so a slow server never gets a queue.
import type { FromWebview, PanelState } from '../messages.js';

export const PLAY_INTERVAL_MS = 1600;
export const SPEEDS: readonly number[] = [0.5, 1, 2, 4];

export class Player {
    private playing = false;
    private timer?: ReturnType<typeof setTimeout>;
    private speed = 1;

    constructor(
        private readonly post: (message: FromWebview) => void,
        private readonly changed: () => void
    ) {}

    get isPlaying(): boolean {
        return this.playing;
    }

    setSpeed(speed: number): void {
        this.speed = speed > 0 ? speed : 1;
    }

    /** Starts from `state`: from the healthy cluster again when it is at its end; `load` first adds a scenario to play. */
    play(state: PanelState, load?: string): void {
        this.stop(false);
        if (load !== undefined) {
            this.playing = true;
            this.post({ type: 'load-scenario', scenario: load });
        } else if (state.items.length === 0) {
            return;
        } else if (state.position >= state.items.length) {
            this.playing = true;
            this.post({ type: 'restart' });
        } else {
            this.playing = true;
            this.schedule(Math.min(400, PLAY_INTERVAL_MS / this.speed));
        }
        this.changed();
    }

    /** Stops playing (a pause, or any other move in the timeline). */
    stop(notify = true): void {
        clearTimeout(this.timer);
        this.timer = undefined;
        if (!this.playing) return;
        this.playing = false;
        if (notify) this.changed();
    }

    /** A new view arrived: schedule the next step, or stop at the end. */
    updated(state: PanelState): void {
        if (!this.playing) return;
        if (state.position >= state.items.length) {
            this.stop();
            return;
        }
        this.schedule(PLAY_INTERVAL_MS / this.speed);
    }

    private schedule(ms: number): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.timer = undefined;
            if (this.playing) this.post({ type: 'next' });
        }, ms);
    }
}
