/**
 * The column names of a Parquet file, from its footer, in plain TypeScript: the editor offers
 * them as completions without loading DuckDB (native code, which neither the language server
 * nor the browser worker may load). A Parquet file ends with its metadata (FileMetaData,
 * Thrift compact protocol), the metadata's length (4 bytes, little-endian) and `PAR1`; the
 * schema is field 2 of the metadata, a depth-first list of SchemaElement (name: field 4,
 * num_children: field 5) whose first element is the root. Only that much is decoded; every
 * other field is skipped by its wire type. Bad bytes give `undefined`, never an exception.
 */

/** The magic that starts and ends a Parquet file (an encrypted footer ends with `PARE`: not readable here). */
const MAGIC = [0x50, 0x41, 0x52, 0x31];

/** No footer worth reading for completion is larger; a larger length is taken as damage. */
export const MAX_FOOTER_BYTES = 16 * 1024 * 1024;

/** Whether these (first or last four) bytes are `PAR1`. */
export function isParquetMagic(bytes: Uint8Array): boolean {
    return bytes.length === 4 && MAGIC.every((byte, index) => bytes[index] === byte);
}

/** The metadata's length, from a file's last 8 bytes; undefined when they do not end a Parquet file. */
export function parquetFooterLength(tail: Uint8Array): number | undefined {
    if (tail.length !== 8 || !isParquetMagic(tail.subarray(4))) return undefined;
    const length = tail[0] + tail[1] * 0x100 + tail[2] * 0x10000 + tail[3] * 0x1000000;
    return length > 0 && length <= MAX_FOOTER_BYTES ? length : undefined;
}

/**
 * The top-level column names of the schema in `footer` (the metadata bytes, without length
 * and magic), in file order: a struct, list or map column is one column, as DuckDB reads it.
 */
export function parquetColumns(footer: Uint8Array): string[] | undefined {
    try {
        const schema = readSchema(new CompactReader(footer));
        if (!schema || schema.length === 0) return undefined;
        const names: string[] = [];
        let index = 1;
        for (let child = 0; child < (schema[0].children ?? 0); child++) {
            const element = schema[index];
            if (!element || element.name === undefined) return undefined;
            names.push(element.name);
            index = afterSubtree(schema, index, 0);
        }
        return names;
    } catch (error) {
        if (error instanceof MalformedParquet) return undefined;
        throw error;
    }
}

interface SchemaElement {
    name?: string;
    children?: number;
}

class MalformedParquet extends Error {}

/** The index after element `index` and all its descendants. */
function afterSubtree(schema: readonly SchemaElement[], index: number, depth: number): number {
    if (depth > 64 || index >= schema.length) throw new MalformedParquet();
    let next = index + 1;
    for (let child = 0; child < (schema[index].children ?? 0); child++) next = afterSubtree(schema, next, depth + 1);
    return next;
}

// Thrift compact protocol wire types.
const BOOLEAN_TRUE = 1;
const BOOLEAN_FALSE = 2;
const BYTE = 3;
const I16 = 4;
const I32 = 5;
const I64 = 6;
const DOUBLE = 7;
const BINARY = 8;
const LIST = 9;
const SET = 10;
const MAP = 11;
const STRUCT = 12;
const UUID = 13;

/** FileMetaData, read up to its schema (field 2). */
function readSchema(reader: CompactReader): SchemaElement[] | undefined {
    let last = 0;
    for (;;) {
        const field = reader.fieldHeader(last);
        if (!field) return undefined;
        last = field.id;
        if (field.id === 2 && field.type === LIST) {
            const { size, type } = reader.listHeader();
            if (type !== STRUCT) throw new MalformedParquet();
            const elements: SchemaElement[] = [];
            for (let i = 0; i < size; i++) elements.push(readElement(reader));
            return elements;
        }
        reader.skip(field.type, 0);
    }
}

function readElement(reader: CompactReader): SchemaElement {
    const element: SchemaElement = {};
    let last = 0;
    for (;;) {
        const field = reader.fieldHeader(last);
        if (!field) return element;
        last = field.id;
        if (field.id === 4 && field.type === BINARY) element.name = reader.text();
        else if (field.id === 5 && field.type === I32) element.children = Math.max(0, reader.int());
        else reader.skip(field.type, 0);
    }
}

/** A cursor over the bytes; every read checks the bounds. */
class CompactReader {
    private at = 0;

    constructor(private readonly bytes: Uint8Array) {}

    private byte(): number {
        if (this.at >= this.bytes.length) throw new MalformedParquet();
        return this.bytes[this.at++];
    }

    private advance(count: number): void {
        if (count < 0 || this.at + count > this.bytes.length) throw new MalformedParquet();
        this.at += count;
    }

    /** An unsigned LEB128 varint (as a Number: exact up to 2^53, enough for lengths and counts). */
    varint(): number {
        let value = 0;
        let scale = 1;
        for (let i = 0; i < 10; i++) {
            const byte = this.byte();
            value += (byte & 0x7f) * scale;
            if ((byte & 0x80) === 0) return value;
            scale *= 128;
        }
        throw new MalformedParquet();
    }

    /** A zigzag-encoded integer (i16, i32). */
    int(): number {
        const n = this.varint();
        return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
    }

    text(): string {
        const length = this.varint();
        const start = this.at;
        this.advance(length);
        return new TextDecoder().decode(this.bytes.subarray(start, start + length));
    }

    /** The next field's id and type, or undefined at the struct's end (STOP). */
    fieldHeader(last: number): { id: number; type: number } | undefined {
        const byte = this.byte();
        const type = byte & 0x0f;
        if (type === 0) return undefined;
        const delta = byte >> 4;
        return { id: delta === 0 ? this.int() : last + delta, type };
    }

    listHeader(): { size: number; type: number } {
        const byte = this.byte();
        const size = byte >> 4 === 15 ? this.varint() : byte >> 4;
        // Every element takes at least one byte: a larger count is damage, not a long list.
        if (size > this.bytes.length - this.at) throw new MalformedParquet();
        return { size, type: byte & 0x0f };
    }

    /** Skips one value of a wire type (in a list, a boolean takes a byte). */
    skip(type: number, depth: number): void {
        if (depth > 64) throw new MalformedParquet();
        switch (type) {
            case BOOLEAN_TRUE:
            case BOOLEAN_FALSE:
                return;
            case BYTE:
                this.advance(1);
                return;
            case I16:
            case I32:
            case I64:
                this.varint();
                return;
            case DOUBLE:
                this.advance(8);
                return;
            case UUID:
                this.advance(16);
                return;
            case BINARY:
                this.advance(this.varint());
                return;
            case LIST:
            case SET: {
                const { size, type: element } = this.listHeader();
                for (let i = 0; i < size; i++) this.skipElement(element, depth + 1);
                return;
            }
            case MAP: {
                const size = this.varint();
                if (size === 0) return;
                if (size > this.bytes.length - this.at) throw new MalformedParquet();
                const types = this.byte();
                for (let i = 0; i < size; i++) {
                    this.skipElement(types >> 4, depth + 1);
                    this.skipElement(types & 0x0f, depth + 1);
                }
                return;
            }
            case STRUCT: {
                let last = 0;
                for (;;) {
                    const field = this.fieldHeader(last);
                    if (!field) return;
                    last = field.id;
                    this.skip(field.type, depth + 1);
                }
            }
            default:
                throw new MalformedParquet();
        }
    }

    /** A list's, set's or map's element: booleans there are a byte each. */
    private skipElement(type: number, depth: number): void {
        if (type === BOOLEAN_TRUE || type === BOOLEAN_FALSE) this.advance(1);
        else this.skip(type, depth);
    }
}
