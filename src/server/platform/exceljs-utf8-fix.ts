import { createRequire } from 'node:module';
import Module from 'node:module';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/**
 * ExcelJS 4.4's streaming reader decodes each zip chunk to text on its own (lib/utils/parse-sax.js), so a
 * Chinese character whose UTF-8 bytes straddle two chunks turns into U+FFFD (seen on the 142nd row of a
 * generated sheet: 产业园 → 产业���). Until upstream decodes per stream, this module puts a corrected parse-sax
 * into Node's require cache before ExcelJS loads, so every ExcelJS module that requires it gets this one.
 * Import this file before importing exceljs.
 */
const require = createRequire(import.meta.url);
const exceljsRoot = path.dirname(require.resolve('exceljs/package.json'));
const parseSaxPath = path.join(exceljsRoot, 'lib/utils/parse-sax.js');
// saxes as ExcelJS itself resolves it.
const { SaxesParser } = createRequire(path.join(exceljsRoot, 'package.json'))('saxes') as {
  SaxesParser: new () => {
    on(event: string, handler: (value: unknown) => void): void;
    write(text: string): void;
  };
};

async function* parseSax(iterable: AsyncIterable<Buffer | string>) {
  const parser = new SaxesParser();
  const decoder = new StringDecoder('utf8');
  let error: unknown;
  parser.on('error', (err) => {
    error = err;
  });
  let events: { eventType: string; value: unknown }[] = [];
  parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
  for await (const chunk of iterable) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    if (error) throw error;
    yield events;
    events = [];
  }
  const rest = decoder.end();
  if (rest) {
    parser.write(rest);
    if (error) throw error;
    yield events;
  }
}

if (!require.cache[parseSaxPath]) {
  const fixed = new Module(parseSaxPath);
  fixed.filename = parseSaxPath;
  fixed.loaded = true;
  fixed.exports = parseSax;
  require.cache[parseSaxPath] = fixed;
}
