// What every part of the view renders from, and how it asks for changes.
import type { FailoverViewResult } from '../../../language-server/protocol.js';
import type { FromWebview, PanelState, UiState } from '../messages.js';
import type { Labels } from './messages/index.js';
import type { Player } from './player.js';

export interface RenderContext {
    readonly labels: Labels;
    readonly state: PanelState;
    readonly result: FailoverViewResult;
    readonly ui: UiState;
    readonly player: Player;
    /** To the extension (a step, a move in the timeline, ...); stops playing. */
    post(message: FromWebview): void;
    /** Changes a view setting and re-renders what depends on it. */
    setUi(patch: Partial<UiState>): void;
}
