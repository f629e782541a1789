/** Where a JSON text stops being valid: a short reason and a 1-based line and column. */
export interface JsonSyntaxError {
  reason: string;
  line: number;
  column: number;
}

class Stop extends Error {
  constructor(
    readonly reason: string,
    readonly at: number,
  ) {
    super(reason);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';

/**
 * Finds the first syntax error in `text` (RFC 8259), or null when it is valid JSON.
 * Browsers word JSON.parse errors differently and not all give a position, so we locate it ourselves.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const stop = (reason: string): never => {
    throw new Stop(reason, i);
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const describe = () => (i >= text.length ? 'unexpected end of input' : `unexpected character '${text[i]}'`);

  const string = () => {
    i++; // opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined) stop('unterminated string');
      else if (c === '"') {
        i++;
        return;
      } else if (c === '\\') {
        const next = text[i + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) stop('invalid \\u escape');
          i += 6;
        } else if (next !== '' && ESCAPES.includes(next)) i += 2;
        else stop('invalid escape in string');
      } else if (c < ' ') stop('line break or control character in string');
      else i++;
    }
  };

  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.exec(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    stop(i >= text.length ? 'unexpected end of input' : `expected a value, found '${c}'`);
  };

  const object = () => {
    i++;
    skipSpace();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') stop(i >= text.length ? describe() : 'expected a property name in double quotes');
      string();
      skipSpace();
      if (text[i] !== ':') stop("expected ':' after the property name");
      i++;
      value();
      skipSpace();
      if (text[i] === ',') i++;
      else if (text[i] === '}') {
        i++;
        return;
      } else stop(i >= text.length ? describe() : "expected ',' or '}'");
    }
  };

  const array = () => {
    i++;
    skipSpace();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      skipSpace();
      if (text[i] === ',') i++;
      else if (text[i] === ']') {
        i++;
        return;
      } else stop(i >= text.length ? describe() : "expected ',' or ']'");
    }
  };

  try {
    value();
    skipSpace();
    if (i < text.length) stop('unexpected text after the JSON value');
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) return { reason: 'nested too deeply', line: 1, column: 1 };
    const before = text.slice(0, error.at);
    const line = before.split('\n').length;
    const column = error.at - (before.lastIndexOf('\n') + 1) + 1;
    return { reason: error.reason, line, column };
  }
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/** JSON.parse with a located error. */
export function parseJsonText(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: findJsonSyntaxError(text) ?? { reason: 'invalid JSON', line: 1, column: 1 } };
  }
}
