// The bounded map behind the analysis cache (util/lru-map.ts).
import { expect, test } from 'vitest';
import { LruMap } from '../../language-server/util/lru-map.js';

test('beyond its count, the least recently used entry goes', () => {
    const map = new LruMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    expect(map.get('a')).toBe(1); // a is now the most recent
    map.set('c', 3);
    expect([map.has('a'), map.has('b'), map.has('c')]).toEqual([true, false, true]);
    expect(map.size).toBe(2);
});

test('beyond its weight, the oldest entries go, but the newest stays whatever it weighs', () => {
    const map = new LruMap<string, number>(10, 100);
    map.set('a', 1, 60);
    map.set('b', 2, 30);
    map.set('c', 3, 20);
    expect([map.has('a'), map.has('b'), map.has('c')]).toEqual([false, true, true]);
    expect(map.totalWeight).toBe(50);
    map.set('huge', 4, 500);
    expect([map.has('b'), map.has('c'), map.get('huge')]).toEqual([false, false, 4]);
    expect(map.totalWeight).toBe(500);
});

test('setting a key again replaces its value and weight; deleteWhere removes by value', () => {
    const map = new LruMap<string, number>(10, 100);
    map.set('a', 1, 40);
    map.set('a', 2, 10);
    expect(map.get('a')).toBe(2);
    expect(map.totalWeight).toBe(10);
    map.set('b', 3, 5);
    map.deleteWhere((v) => v === 2);
    expect([map.has('a'), map.has('b'), map.totalWeight]).toEqual([false, true, 5]);
});
