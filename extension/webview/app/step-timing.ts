// Where a step's time goes, for the benchmark (body[data-*-ms]; the large-cluster
// UI check reads them): the trip to the extension host, its own work, its request
// to the language server, the trip back, the drawing, and the whole of it from the
// click to the first frame painted with the answer. Trips between the view and the
// extension host cross processes, so they are measured with wall-clock times.
import type { ExtensionTrip } from '../messages.js';

let askedAt: number | undefined;
let askedAtWall: number | undefined;

const set = (name: string, ms: number): void => {
    document.body.dataset[name] = ms.toFixed(1);
};

/** The view asked the extension for something (a step, a move in the timeline). */
export function asked(): void {
    askedAt = performance.now();
    askedAtWall = Date.now();
}

/** The answer arrived; returns the moment the question was asked (undefined when the update came unasked). */
export function answered(trip: ExtensionTrip | undefined, requestMs: number | undefined): number | undefined {
    const at = askedAt;
    if (requestMs !== undefined) set('requestMs', requestMs);
    if (at === undefined) return undefined;
    delete document.body.dataset.stepMs;
    set('answerMs', performance.now() - at);
    if (trip && askedAtWall !== undefined) {
        if (trip.received !== undefined) {
            set('toExtensionMs', trip.received - askedAtWall);
            set('extensionMs', trip.requested - trip.received + (trip.posted - trip.answered));
        }
        set('toViewMs', Date.now() - trip.posted);
    }
    askedAt = askedAtWall = undefined;
    return at;
}

/** The answer is drawn: once the next frame is painted, the step's whole time is known. */
export function drawn(at: number | undefined): void {
    if (at === undefined) return;
    // A task queued from a frame callback runs once that frame is painted.
    requestAnimationFrame(() => setTimeout(() => set('stepMs', performance.now() - at), 0));
}

/**
 * The first update's way, as wall-clock times (Date.now) the benchmark subtracts from the moment it clicked:
 * the command ran, the page's document started, our script ran, the extension asked the server and got the answer, posted it,
 * the view got it, and the first frame with it was painted (body[data-first-*]).
 */
export function firstUpdate(trip: ExtensionTrip | undefined): void {
    if (document.body.dataset.firstArrived !== undefined) return;
    const mark = (name: string, wall: number | undefined): void => {
        if (wall !== undefined) document.body.dataset[name] = String(Math.round(wall));
    };
    mark('firstCommand', trip?.opened);
    mark('firstDocument', performance.timeOrigin);
    mark('firstScript', performance.timeOrigin + scriptStarted);
    mark('firstRequested', trip?.requested);
    mark('firstAnswered', trip?.answered);
    mark('firstPosted', trip?.posted);
    mark('firstArrived', Date.now());
    requestAnimationFrame(() => setTimeout(() => mark('firstPainted', Date.now()), 0));
}

const scriptStarted = performance.now();
