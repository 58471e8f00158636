// The small grammar messages need once their placeholders are filled: English
// plurals after a count ("1 broker", "3 brokers", never "broker(s)") and
// Korean particles after a name ("'checkout'이", "'orders'는", never "이(가)").

/** "3 quorum voter(s)" → "3 quorum voters"; "1 failure(s)" → "1 failure". */
export function resolvePlurals(text: string): string {
    return text.replace(/(^|[^\w.])(-?\d[\d,]*)((?: [a-z-]+)?) ([a-z]+)\(s\)/g, (_m, before: string, count: string, middle: string, noun: string) =>
        `${before}${count}${middle} ${count === '1' || count === '-1' ? noun : `${noun}s`}`
    );
}

/** Korean particle pairs as the catalogue writes them, with the form after a final consonant first. */
const PARTICLES: ReadonlyArray<readonly [written: string, afterConsonant: string, afterVowel: string]> = [
    ['이(가)', '이', '가'],
    ['은(는)', '은', '는'],
    ['을(를)', '을', '를'],
    ['과(와)', '과', '와'],
    ['와(과)', '과', '와'],
    ['(으)로', '으로', '로'],
    ['(이)라', '이라', '라']
];

const PATTERN = new RegExp(`(${PARTICLES.map(([w]) => w.replace(/[()]/g, '\\$&')).join('|')})`, 'g');

/** 받침 of the sound a word ends with: 'none', 'rieul' (ㄹ, which takes 로 not 으로) or 'other'. */
type Final = 'none' | 'rieul' | 'other';

// Digits as read in Sino-Korean: 영 일 이 삼 사 오 육 칠 팔 구.
const DIGIT_FINAL: readonly Final[] = ['other', 'rieul', 'none', 'other', 'none', 'none', 'other', 'rieul', 'rieul', 'none'];

function finalOf(word: string): Final {
    const last = word.at(-1);
    if (last === undefined) return 'none';
    const code = last.charCodeAt(0);
    if (code >= 0xac00 && code <= 0xd7a3) {
        const jong = (code - 0xac00) % 28;
        return jong === 0 ? 'none' : jong === 8 ? 'rieul' : 'other';
    }
    if (/[0-9]/.test(last)) return DIGIT_FINAL[Number(last)];
    // Latin words as Korean writes them when borrowed: mail 메일 (ㄹ); stream 스트림, ring 링 (받침);
    // checkout 체크아웃, topic 토픽, web 웹 (받침 after a short vowel); order 오더, orders 오더스,
    // test 테스트, card 카드 (none).
    const lower = word.toLowerCase();
    if (lower.endsWith('l')) return 'rieul';
    if (/(m|n|ng|[aeiou][tkpcb]|ck)$/.test(lower)) return 'other';
    return 'none';
}

/** The word a particle attaches to: the text before it, without closing quotes or brackets. */
function wordBefore(text: string, index: number): string {
    const before = text.slice(0, index).replace(/['"`’)\]}>\s]+$/u, '');
    return /[\p{L}\p{N}]+$/u.exec(before)?.[0] ?? '';
}

/** "'checkout'이(가)" → "'checkout'이"; "주문(으)로" → "주문으로". */
export function resolveParticles(text: string): string {
    return text.replace(PATTERN, (written: string, _group: string, index: number) => {
        const [, consonant, vowel] = PARTICLES.find(([w]) => w === written)!;
        const final = finalOf(wordBefore(text, index));
        if (written === '(으)로') return final === 'other' ? consonant : vowel;
        return final === 'none' ? vowel : consonant;
    });
}
