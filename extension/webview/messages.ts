// What the failover panel (extension side) and its webview say to each other,
// and what the webview keeps for VS Code to restore it. Types only: the browser
// bundle imports this too.
import type { Locale, FailoverViewResult, TimelineItem, Step, ViewPatch } from '../../language-server/protocol.js';

/** What the panel shows: a cluster of a file and a timeline, the first `position` items applied. */
export interface PanelState {
    readonly uri: string;
    readonly cluster: string;
    readonly items: readonly TimelineItem[];
    readonly position: number;
    /** The scenario the timeline was loaded from, while it is not modified. */
    readonly scenario?: string;
    /** Where the scenario's items start (the steps before it were done by hand); default 0. */
    readonly scenarioStart?: number;
    /** The event log's language chosen in the view (default: the server's). */
    readonly locale?: Locale;
}

/** The webview's own view settings (not Kafka state). */
export interface UiState {
    readonly filter: string;
    readonly problemsOnly: boolean;
    /** Whether topics start expanded (`undefined`: expanded for small clusters). */
    readonly expandAll?: boolean;
    /** Topics toggled away from the default. */
    readonly toggled: readonly string[];
    /** The side column's tab. */
    readonly side?: SideTab;
    /** Play speed (1 = one step every PLAY_INTERVAL_MS). */
    readonly speed?: number;
}

export type SideTab = 'log' | 'flow' | 'groups';

/** What `vscode.getState()` holds, and what the serializer gets back on restore. */
export interface WebviewState {
    readonly panel: PanelState;
    readonly ui: UiState;
}

/** Wall-clock times (Date.now) of an update's passage through the extension host, for the view's step timing. */
export interface ExtensionTrip {
    /** The view's message that asked for it arrived (absent when the update came unasked: an edit, a restore). */
    readonly received?: number;
    /** The request to the language server went out, and its answer came back. */
    readonly requested: number;
    readonly answered: number;
    /** The update was handed to the webview. */
    readonly posted: number;
    /** The first update of a new panel: the command that opened it ran. */
    readonly opened?: number;
}

/** What the extension tells the view; it travels as JSON text (FailoverPanel.send). */
export type ToWebview =
    /**
     * Update number `seq`. With `viewPatch`, `result.view`'s topics, racks, producers and groups are empty and the
     * patch rebuilds them from update `viewPatch.base` (language-server/view-patch.ts). requestMs: the language-server request as the extension host
     * timed it (its share of a step's round trip).
     */
    | { readonly type: 'update'; readonly seq: number; readonly state: PanelState; readonly result: FailoverViewResult; readonly viewPatch?: ViewPatch<number>; readonly requestMs?: number; readonly trip?: ExtensionTrip }
    | { readonly type: 'failed'; readonly state: PanelState; readonly message: string };

export type FromWebview =
    /** The page loaded (first time or after VS Code reloaded it): send the current view. */
    | { readonly type: 'ready' }
    | { readonly type: 'apply'; readonly step: Step }
    | { readonly type: 'back' }
    | { readonly type: 'next' }
    /** Apply the timeline up to and including item `index`. */
    | { readonly type: 'goto'; readonly index: number }
    /** Back to the healthy cluster, keeping the timeline to replay. */
    | { readonly type: 'restart' }
    /** Back to the healthy cluster with an empty timeline. */
    | { readonly type: 'reset' }
    /** Appends the scenario's items after the applied ones (the steps done by hand stay): one timeline to play. */
    | { readonly type: 'load-scenario'; readonly scenario: string }
    | { readonly type: 'save-scenario' }
    | { readonly type: 'set-locale'; readonly locale: Locale }
    | { readonly type: 'reveal-line'; readonly line: number }
    | { readonly type: 'rendered'; readonly ms: number };
