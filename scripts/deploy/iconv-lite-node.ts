// Bundle-time stand-in for iconv-lite: the charsets Node decodes natively, without iconv's 500 kB of CJK tables.

import { StringDecoder } from 'node:string_decoder';

/** iconv-lite's canonical names for the charsets Node's own decoder handles; anything else is unsupported. */
const NODE_ENCODINGS: Readonly<Record<string, BufferEncoding>> = {
  utf8: 'utf8',
  unicode11utf8: 'utf8',
  utf16le: 'utf16le',
  ucs2: 'utf16le',
  latin1: 'latin1',
  iso88591: 'latin1',
  binary: 'latin1',
  ascii: 'ascii',
  usascii: 'ascii',
};

function nodeEncoding(name: string): BufferEncoding | undefined {
  return NODE_ENCODINGS[
    String(name)
      .toLowerCase()
      .replace(/[^0-9a-z]/g, '')
  ];
}

/** Strips a leading byte-order mark, as iconv-lite does by default. */
function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function encodingExists(name: string): boolean {
  return nodeEncoding(name) !== undefined;
}

function requireEncoding(name: string): BufferEncoding {
  const encoding = nodeEncoding(name);
  // raw-body matches this exact message prefix to answer 415 instead of 500.
  if (encoding === undefined) throw new Error(`Encoding not recognized: '${name}'`);
  return encoding;
}

export function decode(buffer: Buffer, name: string): string {
  return stripBom(buffer.toString(requireEncoding(name)));
}

export function getDecoder(name: string): { write(chunk: Buffer): string; end(): string } {
  const decoder = new StringDecoder(requireEncoding(name));
  let first = true;
  return {
    write(chunk) {
      const text = decoder.write(chunk);
      if (first && text.length > 0) {
        first = false;
        return stripBom(text);
      }
      return text;
    },
    end: () => decoder.end(),
  };
}

export default { encodingExists, decode, getDecoder };
