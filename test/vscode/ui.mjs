// Driving the VS Code workbench like a person, over a playwright page (see
// harness.mjs). Every wait polls for a state (an element, a class, a count);
// none sleeps for a fixed time.
//
//   const wb = new Workbench(page, { screenshotsDir });
//   await wb.ready();
//   await wb.openFile('order-platform.kafka');
//   await wb.runCommand('Kafka Topology: Restart Language Server');
//   await wb.waitForProblems(2);
//   const text = await wb.hoverAt(12, 5);
//   await wb.webviewFrame().locator('h1').textContent();
//   await wb.screenshotInThemes('order-platform');    // -light.png and -dark.png
//   await wb.forEachTheme(async (kind) => { await wb.hoverAt(3, 9); await wb.screenshot(`hover-${kind}`); });
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const THEMES = { light: 'Default Light Modern', dark: 'Default Dark Modern' };

const QUICK_INPUT = '.quick-input-widget';

export class Workbench {
    /**
     * @param {import('playwright-core').Page} page
     * @param {{ screenshotsDir: string, timeout?: number }} options  timeout: for each wait, in ms
     */
    constructor(page, { screenshotsDir, timeout = 30_000 }) {
        this.page = page;
        this.screenshotsDir = screenshotsDir;
        this.timeout = timeout;
    }

    /** Resolves once the workbench is laid out (editor area and status bar shown). */
    async ready(timeout = 90_000) {
        await this.page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout });
        await this.page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout });
        await this.#nextFrames();
    }

    /** Closes any open quick input (palette, quick open). */
    async dismissQuickInput() {
        const widget = this.page.locator(QUICK_INPUT);
        if (await widget.isVisible()) {
            await this.page.keyboard.press('Escape');
            await widget.waitFor({ state: 'hidden', timeout: this.timeout });
        }
    }

    /**
     * Runs a command from the palette, as a person does: F1, type the label,
     * Enter on it. `label` is the palette text, category included, e.g.
     * 'View: Focus Problems (Errors, Warnings, Infos)'.
     */
    async runCommand(label) {
        await this.#quickPick('F1', `>${label}`, label);
    }

    /** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor tab. */
    async openFile(relativePath) {
        const name = relativePath.split('/').pop();
        await this.#quickPick('Control+P', relativePath, name);
        await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: this.timeout });
        await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: this.timeout });
    }

    #exactRow(label) {
        const rows = this.page.locator(`${QUICK_INPUT} .quick-input-list .monaco-list-row`);
        return rows.filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }) }).first();
    }

    async #quickPick(key, text, rowText, { closes = true } = {}) {
        const input = this.page.locator(`${QUICK_INPUT} .quick-input-box input`);
        // A webview taking focus back (e.g. after an editor beside it closed) closes a
        // palette that just opened: then it is opened again.
        // Under load the key may also land in a webview that is still taking focus: then the
        // active editor tab is clicked (it only focuses the editor) and the key pressed again.
        for (let attempt = 1; ; attempt++) {
            await this.dismissQuickInput();
            await this.page.keyboard.press(key);
            const last = attempt >= 4;
            const opened = await input
                .waitFor({ state: 'visible', timeout: last ? this.timeout : 8_000 })
                .then(() => input.fill(text, { timeout: last ? this.timeout : 5_000 }))
                .then(() => true, (e) => {
                    if (last) throw e;
                    return false;
                });
            if (opened) break;
            const tab = this.page.locator('.tabs-container .tab.active').first();
            if (await tab.isVisible()) await tab.click().catch(() => undefined);
        }
        // The row whose label is exactly rowText (fuzzy matching may put another first).
        const rows = this.page.locator(`${QUICK_INPUT} .quick-input-list .monaco-list-row`);
        const exact = this.#exactRow(rowText);
        await exact.waitFor({ timeout: this.timeout }).catch(async () => {
            const shown = await rows.allInnerTexts();
            throw new Error(`"${rowText}" is not offered after typing "${text}"; rows: ${JSON.stringify(shown.slice(0, 10))}`);
        });
        if (!(await exact.evaluate((el) => el.classList.contains('focused')))) await exact.click();
        else await input.press('Enter');
        if (closes) await this.page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: this.timeout });
    }

    /** Shows the Problems panel and returns its locator. */
    async showProblems() {
        const panel = this.page.locator('.markers-panel');
        if (!(await panel.isVisible())) await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
        await panel.waitFor({ state: 'visible', timeout: this.timeout });
        return panel;
    }

    /**
     * The problems the Problems panel shows: `{ severity, message, source, code, position }`
     * per row. The list is virtualised: only rows scrolled into view are there
     * (use problemCount() for the total).
     */
    async problems() {
        const panel = await this.showProblems();
        return panel.locator('.monaco-list-row:has(.marker-icon)').evaluateAll((rows) =>
            rows.map((row) => {
                const text = (sel) => row.querySelector(sel)?.textContent?.trim() ?? '';
                return {
                    severity: ['error', 'warning', 'info'].find((c) => row.querySelector('.marker-icon')?.classList.contains(c)) ?? '',
                    message: text('.marker-message'),
                    source: text('.marker-source'),
                    code: text('.marker-code'),
                    position: text('.marker-line')
                };
            })
        );
    }

    /** The total on the Problems tab ("Total N Problems"; 0 when it has no badge). */
    async problemCount() {
        await this.showProblems();
        const label = (await this.page.locator('.part.panel .composite-bar a.action-label[aria-label^="Problems"]').first().getAttribute('aria-label')) ?? '';
        return Number(/Total (\d+) Problem/.exec(label)?.[1] ?? 0);
    }

    /** The problems the Problems panel counts for one file (the badge on its row), whatever other open editors have. */
    async problemCountOf(fileName) {
        const panel = await this.showProblems();
        const row = panel.locator('.monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: fileName }) }).first();
        const badge = row.locator('.monaco-count-badge').first();
        await badge.waitFor({ state: 'visible', timeout: this.timeout });
        return Number((await badge.textContent())?.trim() ?? NaN);
    }

    /** Waits until the Problems panel counts `count` problems (or `predicate(rows)` holds); returns the rows shown. */
    async waitForProblems(count, { timeout = this.timeout, predicate } = {}) {
        await this.showProblems();
        const deadline = Date.now() + timeout;
        for (;;) {
            const total = await this.problemCount();
            const rows = await this.problems();
            if (predicate ? predicate(rows) : total === count && (count === 0 || rows.length > 0)) return rows;
            if (Date.now() > deadline) throw new Error(`the Problems panel counts ${total} problem(s), expected ${predicate ? 'the predicate to hold' : count}: ${JSON.stringify(rows)}`);
            await this.#nextFrames();
        }
    }

    /**
     * Puts the cursor on (1-based) `line`:`column` of the active editor (Go to
     * Line/Column, then the status bar must say so), shows
     * the hover there ('Show or Focus Hover') and returns its text.
     */
    async hoverAt(line, column = 1) {
        await this.#goTo(line, column);
        await this.runCommand('Show or Focus Hover');
        const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
        await hover.waitFor({ state: 'visible', timeout: this.timeout });
        await this.page.waitForFunction(
            () => (document.querySelector('.monaco-hover:not(.hidden) .monaco-hover-content')?.textContent ?? '').trim().length > 0 &&
                !document.querySelector('.monaco-hover:not(.hidden) .hover-contents .loading'),
            undefined,
            { timeout: this.timeout }
        );
        return (await hover.innerText()).trim();
    }

    async #goTo(line, column) {
        await this.dismissQuickInput();
        await this.page.locator('.editor-group-container.active .monaco-editor textarea').first().focus();
        await this.page.keyboard.press('Control+G');
        const input = this.page.locator(`${QUICK_INPUT} .quick-input-box input`);
        await input.waitFor({ state: 'visible', timeout: this.timeout });
        await input.fill(`:${line}:${column}`);
        await input.press('Enter');
        await this.page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: this.timeout });
        await this.page.waitForFunction(
            (want) => [...document.querySelectorAll('.statusbar-item')].some((e) => e.textContent?.trim() === want),
            `Ln ${line}, Col ${column}`,
            { timeout: this.timeout }
        );
    }

    /**
     * The content of a webview (VS Code nests it: iframe.webview > iframe#active-frame).
     * `index` picks one when several webviews are shown.
     */
    webviewFrame({ index = 0 } = {}) {
        return this.page.frameLocator('iframe.webview.ready').nth(index).frameLocator('iframe#active-frame');
    }

    /**
     * The webview content frame (any of them, hidden or not) that shows `selector` with `text`:
     * when a window restores other webviews, which one is "first" is not known.
     * On timeout the error lists what each webview shows, for the log.
     */
    async webviewShowing(selector, text, { timeout = this.timeout } = {}) {
        const deadline = Date.now() + timeout;
        for (;;) {
            for (const frame of this.page.frames()) {
                if (frame.isDetached() || frame === this.page.mainFrame()) continue;
                const hit = frame.locator(selector, { hasText: text });
                if (await hit.count().catch(() => 0)) return frame;
            }
            if (Date.now() > deadline) break;
            await this.page.waitForTimeout(250);
        }
        const seen = [];
        for (const frame of this.page.frames()) {
            if (frame === this.page.mainFrame() || frame.isDetached()) continue;
            const entries = await frame.locator('.entry').allInnerTexts().catch(() => []);
            const body = entries.length > 0 ? '' : ((await frame.locator('body').innerText({ timeout: 1000 }).catch(() => '')) ?? '').replace(/\s+/g, ' ').slice(0, 160);
            if (entries.length === 0 && !body) continue;
            seen.push(`${frame.url().slice(0, 60)}: ${entries.length} entries ${JSON.stringify(entries.slice(0, 12))}${body ? ` body ${JSON.stringify(body)}` : ''}`);
        }
        const tabs = await this.page.locator('.tabs-container .tab').allInnerTexts().catch(() => []);
        const toasts = await this.page.locator('.notifications-toasts .notification-list-item-message').allInnerTexts().catch(() => []);
        throw new Error(
            `no webview shows ${selector} "${text}" after ${timeout} ms; webviews: ${seen.join(' | ') || 'none'}; ` +
                `tabs: ${JSON.stringify(tabs.map((t) => t.trim()))}; notifications: ${JSON.stringify(toasts)}`
        );
    }

    /**
     * Switches the colour theme as a person does ('Preferences: Color Theme',
     * pick the theme), which writes `workbench.colorTheme` to the user settings,
     * and waits until the workbench has repainted in it. `kind`: 'light',
     * 'dark' or a theme's name. (Writing User/settings.json on disk is not
     * picked up by code-server's workbench while it runs.)
     */
    async setTheme(kind) {
        const theme = THEMES[kind] ?? kind;
        const cls = /light/i.test(theme) ? 'vs' : /high contrast/i.test(theme) ? 'hc-black' : 'vs-dark';
        const isApplied = () => this.page.evaluate((c) => !!document.querySelector('.monaco-workbench')?.classList.contains(c), cls);
        if (!(await isApplied())) {
            await this.#quickPick('F1', '>Preferences: Color Theme', 'Preferences: Color Theme', { closes: false });
            // The theme picker shows label "Light Modern", description "Default Light Modern" (the setting's value).
            const input = this.page.locator(`${QUICK_INPUT} .quick-input-box input[placeholder*="Color Theme"]`);
            await input.waitFor({ timeout: this.timeout });
            await input.fill(theme);
            const row = this.page.locator(`${QUICK_INPUT} .quick-input-list .monaco-list-row`).filter({
                has: this.page.locator('.label-name, .label-description', { hasText: new RegExp(`^\\s*${escapeRegExp(theme)}\\s*$`) })
            });
            await row.first().click({ timeout: this.timeout });
            await this.page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: this.timeout });
            await this.page.waitForFunction((c) => document.querySelector('.monaco-workbench')?.classList.contains(c), cls, { timeout: this.timeout });
        }
        await this.#nextFrames();
    }

    /**
     * Sets a user setting as a person does: User Settings (JSON), the whole
     * text pasted over (a paste is not auto-closed or re-indented), saved.
     * `userDataDir`: the session's (the file may be absent until a first change).
     */
    async setUserSetting(userDataDir, key, value) {
        const path = join(userDataDir, 'User', 'settings.json');
        const text = existsSync(path) ? readFileSync(path, 'utf8').trim() : '';
        const settings = { ...(text ? JSON.parse(text) : {}), [key]: value };
        await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
        await this.page.evaluate((t) => navigator.clipboard.writeText(t), JSON.stringify(settings, null, 4));
        await this.runCommand('Preferences: Open User Settings (JSON)');
        // The paste replaces the whole text of the focused editor and saves it: only ever settings.json
        // (once a workspace file got the settings pasted over it when the command had not switched yet).
        const settingsTab = this.page.locator('.editor-group-container.active .tabs-container .tab.active', { hasText: 'settings.json' });
        await settingsTab.waitFor({ timeout: this.timeout });
        await this.page.locator('.editor-group-container.active .monaco-editor textarea').first().focus();
        const focusedTitle = () =>
            this.page.evaluate(() => document.activeElement?.closest('.editor-group-container')?.querySelector('.tab.active')?.textContent ?? '');
        if (!/settings\.json/.test(await focusedTitle())) throw new Error(`setUserSetting: the focused editor is not settings.json but ${JSON.stringify(await focusedTitle())}`);
        await this.page.keyboard.press('Control+A');
        await this.page.keyboard.press('Control+V');
        await this.page.keyboard.press('Control+S');
        await this.page.locator('.tabs-container .tab.active:not(.dirty)', { hasText: 'settings.json' }).waitFor({ timeout: this.timeout });
        // The tab can look saved before the paste landed: the file on disk is the proof.
        const deadline = Date.now() + this.timeout;
        const saved = () => {
            try {
                return JSON.parse(readFileSync(path, 'utf8'))[key] === value;
            } catch {
                return false;
            }
        };
        while (!saved()) {
            if (Date.now() > deadline) throw new Error(`setUserSetting: ${key} = ${JSON.stringify(value)} never reached ${path}`);
            await new Promise((r) => setTimeout(r, 100));
        }
        await this.runCommand('View: Close Editor');
    }

    /** Writes test-output/screenshots/<name>.png (the whole window) and returns its path. */
    async screenshot(name) {
        mkdirSync(this.screenshotsDir, { recursive: true });
        const path = join(this.screenshotsDir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
        await this.#nextFrames();
        await this.page.screenshot({ path, timeout: 15_000 });
        return path;
    }

    /**
     * Runs `fn(kind)` in the light, then the dark theme (switching closes hovers
     * and pickers, so `fn` sets up what it wants to show); leaves the dark theme on.
     */
    async forEachTheme(fn) {
        const results = [];
        for (const kind of ['light', 'dark']) {
            await this.setTheme(kind);
            results.push(await fn(kind));
        }
        return results;
    }

    /** `<name>-light.png` and `<name>-dark.png` of the workbench as it is; leaves the dark theme on. */
    async screenshotInThemes(name) {
        return this.forEachTheme((kind) => this.screenshot(`${name}-${kind}`));
    }

    /** Waits for two animation frames: what was just changed in the DOM is painted. */
    async #nextFrames() {
        await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined)))));
    }
}

function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
