// Go to definition, find references and document highlights for topics, groups and members.
import { expectFindReferences, expectGoToDefinition, expectHighlight } from 'langium/test';
import { afterEach, describe, test } from 'vitest';
import { language, reset } from '../support/language.js';

const definition = expectGoToDefinition(language);
const references = expectFindReferences(language);
const highlight = expectHighlight(language);

afterEach(reset);

describe('go to definition', () => {
    const text = `cluster c {
    broker 1
    topic <|orders|> { partitions 2 }
    topic "<|2fa-codes|>" { }
    producer p { produces or<|>ders, "2fa<|>-codes" }
    consumer-group <|billing|> {
        consumes orders
        members [<|a|>, b]
    }
    consumer-group audit {
        consumes orders
        <|members 3|>
    }
    scenario s {
        expect ord<|>ers writable
        fail member <|>a in bil<|>ling
        fail member aud<|>it-2 in audit
        expect group billing<|> balanced
    }
}`;

    test('a topic reference in produces leads to the topic', () => definition({ text, index: 0, rangeIndex: 0 }));
    test('a quoted reference resolves to the quoted declaration', () => definition({ text, index: 1, rangeIndex: 1 }));
    test('a topic in an expectation leads to the topic', () => definition({ text, index: 2, rangeIndex: 0 }));
    test('a named member target leads to the member', () => definition({ text, index: 3, rangeIndex: 3 }));
    test('the group of a member target leads to the group', () => definition({ text, index: 4, rangeIndex: 2 }));
    test("a counted member leads to its group's `members N` property", () => definition({ text, index: 5, rangeIndex: 4 }));
    test('a group expectation leads to the group', () => definition({ text, index: 6, rangeIndex: 2 }));
});

describe('find references', () => {
    test('a topic is referenced from produces, consumes and expect, inside its cluster only', () =>
        references({
            text: `cluster c {
    topic <|<|>orders|> { }
    producer p { produces <|orders|> }
    consumer-group g { consumes <|orders|> }
    scenario s { expect <|orders|> writable }
}
cluster d {
    topic orders { }
    producer p { produces orders }
}`,
            includeDeclaration: true
        }));

    test('a group is referenced from member targets and group expectations', () =>
        references({
            text: `cluster c {
    topic t { }
    consumer-group <|>g { consumes t members [a] }
    scenario s {
        fail member a in <|g|>
        expect group <|g|> balanced
    }
}`,
            includeDeclaration: false
        }));

    test('a named member is referenced from the member targets of its group', () =>
        references({
            text: `cluster c {
    topic t { }
    consumer-group g { consumes t members [<|a|>, b] }
    consumer-group h { consumes t members [a] }
    scenario s {
        fail member <|a|> in g
        fail member a in h
        recover member <|<|>a|> in g
    }
}`,
            includeDeclaration: true
        }));
});

describe('document highlights', () => {
    test('the declaration and every use of a topic are highlighted', () =>
        highlight({
            text: `cluster c {
    topic <|t|> { }
    producer p { produces <|t<|>|> }
    scenario s { expect <|t|> readable }
}`,
            rangeIndex: [0, 1, 2]
        }));
});
