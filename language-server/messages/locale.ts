// Server messages follow the client's locale (LSP `initialize.locale`); the CLI
// takes `--locale` or `LANG`. The Locale type itself is the simulator's, shared
// by every layer.
export { byLocale, isLocale, resolveLocale, type Locale } from '../../simulator/index.js';
