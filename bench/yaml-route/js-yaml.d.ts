// The two js-yaml 4 functions the YAML route uses (the package ships no types).
declare module 'js-yaml' {
    export function load(text: string): unknown;
    export function dump(value: unknown, options?: { lineWidth?: number; noRefs?: boolean }): string;
}
