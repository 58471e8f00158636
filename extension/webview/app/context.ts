// What every part of the view renders from, and how it asks for changes.
import type { FailoverViewResult } from '../../../language-server/protocol.js';
import type { FromWebview, PanelState, UiState } from '../messages.js';
import type { Labels } from './labels.js';

export interface RenderContext {
    readonly labels: Labels;
    readonly state: PanelState;
    readonly result: FailoverViewResult;
    readonly ui: UiState;
    /** To the extension (a step, a move in the timeline, ...). */
    post(message: FromWebview): void;
    /** Changes a view setting and re-renders the topic list only. */
    setUi(patch: Partial<UiState>): void;
}
