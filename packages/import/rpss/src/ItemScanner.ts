/**
 * A byte scanner of the register's JSON: it checks the whole document is JSON (the grammar of RFC 8259,
 * byte by byte, without building tokens), finds where each item of the top-level `polozky` array
 * starts and ends — strings, escapes and nesting taken into account, an item split across chunks at
 * any byte — and hands each item to `JSON.parse` as one piece of text. Nothing is allocated per byte
 * or per token: the garbage of a read is the items' own objects, so memory stays low.
 *
 * Internal to the reader (not exported by the package).
 *
 * @since 0.1.0
 */

// What the scanner expects next.
const VALUE = 0 // a value: at the start, after ':' or after ',' in an array
const VALUE_OR_CLOSE = 1 // after '['
const KEY_OR_CLOSE = 2 // after '{'
const KEY = 3 // after ',' in an object
const COLON = 4
const AFTER = 5 // after a value: ',' or the container's closer
const STRING = 6
const ESCAPE = 7
const UNICODE = 8 // in \uXXXX
const LITERAL = 9 // in true, false or null
const N_MINUS = 10 // after '-': a digit
const N_ZERO = 11 // a leading 0: '.', 'e' or the end
const N_INT = 12
const N_DOT = 13 // after '.': a digit
const N_FRAC = 14
const N_E = 15 // after 'e': a sign or a digit
const N_ESIGN = 16 // after the exponent's sign: a digit
const N_EXP = 17
const DONE = 18 // after the document: only whitespace
const FAILED = 19

const OBJECT = 0
const ARRAY = 1

// What is being copied out of the bytes.
const NONE = 0
const ITEM = 1
const TOP_KEY = 2

const literals: ReadonlyArray<Uint8Array> = ["true", "false", "null"].map((s) => new TextEncoder().encode(s))

const isWhitespace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)

const shown = (c: number): string => (c >= 0x20 && c < 0x7f ? JSON.stringify(String.fromCharCode(c)) : `byte 0x${c.toString(16).padStart(2, "0")}`)

/**
 * Where the text stopped being JSON.
 *
 * @category models
 * @since 0.1.0
 */
export interface ScanError {
  /** The byte offset of the first byte that does not fit. */
  readonly offset: number
  readonly detail: string
  /** Whether the document had already ended (content after it). */
  readonly trailing: boolean
}

/**
 * Scans the register's bytes, chunk by chunk, and calls `onItem` with each parsed item of `polozky`
 * and its position in the array.
 *
 * @category scanning
 * @since 0.1.0
 */
export class ItemScanner {
  /** The first error, if any; after it the scanner reads nothing more. */
  error: ScanError | undefined = undefined
  /** Whether a top-level `polozky` array was opened. */
  sawItems = false
  /** The byte offset of the last boundary between items (the per-item size limit counts from it). */
  boundary = 0
  /** The bytes scanned so far. */
  offset = 0

  private state = VALUE
  private readonly stack: Array<number> = []
  private stringIsKey = false
  private hexLeft = 0
  private literal: Uint8Array = literals[0]!
  private literalAt = 0
  private itemsOpen = false
  private index = 0
  private keyIsItems = false
  private capturing = NONE
  private carry = new Uint8Array(4096)
  private carried = 0
  private readonly decoder = new TextDecoder()

  constructor(private readonly onItem: (value: unknown, position: number) => void) {}

  /** Scans the next chunk of bytes. */
  write(bytes: Uint8Array): void {
    if (this.state === FAILED) return
    const stack = this.stack
    const n = bytes.length
    // Where the value being copied starts in this chunk (0 when it started in an earlier one).
    let from = 0
    let state = this.state
    let i = 0
    const fail = (detail: string) => {
      this.error = { offset: this.offset + i, detail, trailing: state === DONE }
      state = FAILED
    }
    /** A value ended right before position `end`. */
    const ended = (end: number) => {
      state = stack.length === 0 ? DONE : AFTER
      if (this.capturing === ITEM && stack.length === 2) {
        const text = this.take(bytes, from, end)
        this.boundary = this.offset + end
        let value: unknown
        try {
          value = JSON.parse(text)
        } catch (cause) {
          // Unreachable for text the scanner accepted; kept so an item can never throw out of the read.
          return fail(cause instanceof Error ? cause.message : String(cause))
        }
        this.onItem(value, this.index++)
      }
    }
    /** A value starts at position `at` (its first byte). */
    const starts = (at: number) => {
      if (this.itemsOpen && stack.length === 2) {
        this.capturing = ITEM
        from = at
        this.boundary = this.offset + at
      }
    }

    while (i < n && state !== FAILED) {
      const c = bytes[i]!
      switch (state) {
        case STRING: {
          // The hot loop: most bytes of a register are inside strings.
          let j = i
          while (j < n) {
            const b = bytes[j]!
            if (b === 0x22 || b === 0x5c || b < 0x20) break
            j++
          }
          i = j
          if (j === n) continue
          const b = bytes[j]!
          if (b === 0x5c) {
            state = ESCAPE
            i++
          } else if (b === 0x22) {
            i++
            if (this.stringIsKey) {
              state = COLON
              if (this.capturing === TOP_KEY) {
                this.keyIsItems = JSON.parse(this.take(bytes, from, i)) === "polozky"
              }
            } else {
              ended(i)
            }
          } else {
            fail(`a control character (${shown(b)}) inside a string`)
          }
          continue
        }
        case ESCAPE:
          if (c === 0x75) {
            state = UNICODE
            this.hexLeft = 4
          } else if (c === 0x22 || c === 0x5c || c === 0x2f || c === 0x62 || c === 0x66 || c === 0x6e || c === 0x72 || c === 0x74) {
            state = STRING
          } else {
            fail(`an unknown escape \\${String.fromCharCode(c)} inside a string`)
          }
          break
        case UNICODE:
          if (!isHex(c)) fail(`${shown(c)} where a hexadecimal digit of \\u was expected`)
          else if (--this.hexLeft === 0) state = STRING
          break
        case LITERAL:
          if (c !== this.literal[this.literalAt]) {
            fail(`${shown(c)} where ${JSON.stringify(this.decoder.decode(this.literal))} was expected`)
          } else if (++this.literalAt === this.literal.length) {
            ended(i + 1)
          }
          break
        case N_MINUS:
        case N_DOT:
        case N_ESIGN:
          if (isDigit(c)) state = state === N_MINUS ? (c === 0x30 ? N_ZERO : N_INT) : state === N_DOT ? N_FRAC : N_EXP
          else fail(`${shown(c)} where a digit was expected`)
          break
        case N_E:
          if (isDigit(c)) state = N_EXP
          else if (c === 0x2b || c === 0x2d) state = N_ESIGN
          else fail(`${shown(c)} where the exponent was expected`)
          break
        case N_ZERO:
        case N_INT:
        case N_FRAC:
        case N_EXP:
          if (isDigit(c) && state !== N_ZERO) break
          if (c === 0x2e && (state === N_ZERO || state === N_INT)) state = N_DOT
          else if ((c === 0x65 || c === 0x45) && state !== N_EXP) state = N_E
          else if (isDigit(c)) fail("a number with a leading zero")
          else {
            // The number ended at this byte; read the byte again as what follows the number.
            ended(i)
            continue
          }
          break
        case VALUE:
        case VALUE_OR_CLOSE:
          if (isWhitespace(c)) break
          if (c === 0x5d && state === VALUE_OR_CLOSE) {
            this.close(ARRAY)
            ended(i + 1)
            break
          }
          starts(i)
          if (c === 0x7b) {
            stack.push(OBJECT)
            state = KEY_OR_CLOSE
          } else if (c === 0x5b) {
            if (stack.length === 1 && stack[0] === OBJECT && this.keyIsItems) {
              this.itemsOpen = this.sawItems = true
              this.index = 0
              this.boundary = this.offset + i
            }
            stack.push(ARRAY)
            state = VALUE_OR_CLOSE
          } else if (c === 0x22) {
            this.stringIsKey = false
            state = STRING
          } else if (c === 0x2d) state = N_MINUS
          else if (c === 0x30) state = N_ZERO
          else if (isDigit(c)) state = N_INT
          else if (c === 0x74 || c === 0x66 || c === 0x6e) {
            this.literal = literals[c === 0x74 ? 0 : c === 0x66 ? 1 : 2]!
            this.literalAt = 1
            state = LITERAL
          } else fail(`${shown(c)} where a value was expected`)
          break
        case KEY_OR_CLOSE:
        case KEY:
          if (isWhitespace(c)) break
          if (c === 0x22) {
            this.stringIsKey = true
            state = STRING
            if (stack.length === 1) {
              this.capturing = TOP_KEY
              from = i
            }
          } else if (c === 0x7d && state === KEY_OR_CLOSE) {
            this.close(OBJECT)
            ended(i + 1)
          } else fail(`${shown(c)} where ${state === KEY ? "a key" : "a key or }"} was expected`)
          break
        case COLON:
          if (isWhitespace(c)) break
          if (c === 0x3a) state = VALUE
          else fail(`${shown(c)} where : was expected`)
          break
        case AFTER:
          if (isWhitespace(c)) break
          if (c === 0x2c) {
            state = stack[stack.length - 1] === OBJECT ? KEY : VALUE
            if (this.itemsOpen && stack.length === 2) this.boundary = this.offset + i
          } else if (c === 0x7d && stack[stack.length - 1] === OBJECT) {
            this.close(OBJECT)
            ended(i + 1)
          } else if (c === 0x5d && stack[stack.length - 1] === ARRAY) {
            this.close(ARRAY)
            ended(i + 1)
          } else fail(`${shown(c)} where , or ${stack[stack.length - 1] === OBJECT ? "}" : "]"} was expected`)
          break
        case DONE:
          if (!isWhitespace(c)) fail("content after the end of the document")
          break
      }
      i++
    }
    // A value being copied goes on in the next chunk: keep its bytes so far.
    if (state !== FAILED && this.capturing !== NONE) this.keep(bytes.subarray(from, n))
    this.state = state
    this.offset += n
  }

  /**
   * The end of the input: whether the document is complete (a number at the very end completes it).
   */
  end(): boolean {
    const inNumber = this.state === N_ZERO || this.state === N_INT || this.state === N_FRAC || this.state === N_EXP
    if (inNumber && this.stack.length === 0) this.state = DONE
    return this.state === DONE
  }

  private close(kind: number): void {
    this.stack.pop()
    if (kind === ARRAY && this.itemsOpen && this.stack.length === 1) this.itemsOpen = false
  }

  /** Appends bytes to the copy of a value that spans chunks. */
  private keep(bytes: Uint8Array): void {
    if (this.carried + bytes.length > this.carry.length) {
      const bigger = new Uint8Array(Math.max(this.carry.length * 2, this.carried + bytes.length))
      bigger.set(this.carry.subarray(0, this.carried))
      this.carry = bigger
    }
    this.carry.set(bytes, this.carried)
    this.carried += bytes.length
  }

  /** The text of the value copied from `from` to `end` of this chunk, with what earlier chunks held. */
  private take(bytes: Uint8Array, from: number, end: number): string {
    this.capturing = NONE
    if (this.carried === 0) return this.decoder.decode(bytes.subarray(from, end))
    this.keep(bytes.subarray(0, end))
    const text = this.decoder.decode(this.carry.subarray(0, this.carried))
    this.carried = 0
    return text
  }
}
