#!/usr/bin/env node
// Renders images/icon.svg to the 128×128 images/icon.png the marketplace wants,
// with Debian's Chromium (no image tools needed): node scripts/render-icon.mjs
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const images = resolve(import.meta.dirname, '../images');
const svg = readFileSync(resolve(images, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="256" height="256"', 'width="128" height="128"')}</body></html>`);
    await page.screenshot({ path: resolve(images, 'icon.png'), omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
} finally {
    await browser.close();
}
