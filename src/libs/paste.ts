/**
 * "Paste anything": reads whatever a support engineer pastes into the search box — a log
 * line, a response body, an HTTP status line, a stack trace, a ticket's words — finds the
 * error codes in it, and answers them from the exact-code rows, every answer saying what
 * kind of match it is. Pure and small (it ships to every visitor); knows nothing of the
 * page, the shards or Pagefind. The search dialog, the home page's lookup box and a `?q=`
 * URL all use it the same way:
 *
 *     const reading = readPaste(text, vendorWords);      // candidates, best first
 *     const rows = (await Promise.all(lookupQueries(reading).map((q) => shards.rowsFor(q)))).flat();
 *     const { absent, answers } = answerReading(reading, rows);
 *     // first each of absent: "No code ${c.value} in any catalog"; then each answer:
 *     // answer.row, answer.label ("exact code", "other sign: …", "nearest to … — not a match"),
 *     // `from ${answer.candidate.source}`, answer.notes, and answer.vendorNamed === false
 *     // as "the paste names another vendor"
 *     if (!isRealTextMatch(query, pagefindResult.content)) // Pagefind's fallback: not a match
 *
 * Everything it returns is plain text taken from the paste: show it as text, never as HTML.
 *
 * What a number is, by where it stands: after a code key (`errCode=`, `"ret_code":`,
 * `Code=`, `error code is`) it is a code; after `HTTP/2`, `status` or `responded` a
 * status; alone in prose or under another key it weighs less, and inside a message
 * (`msg=…`) less again. Never a code: a number in a date, a time, a version, an IP
 * address, a port, a path, a file:line, a stack frame, a logcat PID/TID, a size, duration
 * or count (`123 ms`, `4 KB`, `3 times`), a UUID or token, an id or a time under its key
 * (`"push_id"`, `"sendTime"`), a year in prose, or an unsigned one- or two-digit number in
 * prose. Names are error names (`QUOTA_EXCEEDED`, `UNREGISTERED`, `BadDeviceToken`), not
 * log levels, HTTP and format words, JSON keys or class names. Each vendor's words (`HMS`,
 * `mipush`, `api.push.apple.com`) say which catalogs the paste is about.
 */
import { NEAREST_ANSWERS, PREFIX_ANSWERS, shardPathOf } from './code-lookup.ts';

/** The words a vendor goes by in logs, hostnames and package names (from `content/vendors.yml`). */
export interface VendorWords {
  /** The vendor's slug: `huawei`. */
  vendor: string;
  words: readonly string[];
}

/**
 * Where a candidate stood, strongest first: the whole query; after a code key; an HTTP
 * status; an error name in the text; a number in prose or under another key; a number
 * inside a message text.
 */
export type Strength = 'query' | 'keyed' | 'status' | 'name' | 'prose' | 'message';

/** Something in the paste that may be a code. */
export interface Candidate {
  /** What to look up: `-10002`, `0x1F`, `QUOTA_EXCEEDED` (a `+` sign dropped, see `note`). */
  value: string;
  type: 'number' | 'hex' | 'name';
  strength: Strength;
  /** Higher first; a keyed code always outweighs a number in prose. */
  weight: number;
  /** The bit of the paste it came from, for "from `errCode: -10002`": short, whitespace collapsed. */
  source: string;
  /** Offset of the value in the (normalized) paste. */
  at: number;
  /** How it was read, when that is not plain: `written "+503", read as 503`. */
  note?: string;
}

export interface Reading {
  /** Best first, one per value (the best source kept). */
  candidates: Candidate[];
  /** Slugs of the vendors the paste names, in order of first mention. */
  vendors: string[];
  /** The paste's own words that are neither keys nor codes (its `msg`/`message` texts when it has them). */
  message: string;
  /** The paste is one code-shaped token, typed as a query: only then are families ("starts with") offered. */
  bare: boolean;
  /** The paste was longer than MAX_PASTE_CHARS and only its start was read. */
  truncated: boolean;
}

/** A row answers are made from: one code of one catalog (the exact-code index's rows have this shape). */
export interface LookupRow {
  /** The code as the catalog writes it, sign included. */
  code: string;
  /** The vendor's slug. */
  vendor: string;
  /** The catalog's display label: "TPNS iOS SDK". */
  catalog: string;
  meaning: string;
  /** Set on a row that finds its code by this error name (and only by it). */
  name?: string;
}

/**
 * What kind of match an answer is: the code as found; a row found by its error name; the
 * same value written in the other base (hex ↔ decimal); the same number with the other
 * sign; a longer code starting with the query; a code of the same sign and length near a
 * missing one (never a match).
 */
export type MatchKind = 'exact' | 'name' | 'same-value' | 'other-sign' | 'prefix' | 'nearest';

export interface Answer<R extends LookupRow = LookupRow> {
  row: R;
  kind: MatchKind;
  /** What to print beside the row: "exact code", "other sign: 10002, not -10002", "nearest to 12345 — not a match". */
  label: string;
  /** What in the paste it answers (`candidate.source` for "from `…`"). */
  candidate: Candidate;
  /** Whether the paste names this row's vendor; null when it names no vendor at all. */
  vendorNamed: boolean | null;
  /** Doubts to show with it: `written "Unregistered"; the catalog writes "UNREGISTERED"`. */
  notes: string[];
}

export interface Answers<R extends LookupRow = LookupRow> {
  /** Code-shaped candidates no row has exactly (nor by name): say "No code X in any catalog" first. */
  absent: Candidate[];
  /** Grouped by candidate, best first; within one, exact and name before the other kinds; nearest ones last. */
  answers: Answer<R>[];
}

export interface AnswerOptions {
  /** Most "starts with" answers for a bare query. */
  prefixLimit?: number;
  /** Most "nearest" answers per missing code. */
  nearestLimit?: number;
}

/** Longer pastes are read up to here (a few KB is the real case; this bounds the work). */
export const MAX_PASTE_CHARS = 16_384;
/** Most candidates kept: each may need a shard fetched. */
const MAX_CANDIDATES = 24;
const MAX_SOURCE_CHARS = 60;
const MAX_MESSAGE_CHARS = 400;
/** Most characters between a key and its value (`"code" :  "`). */
const MAX_KEY_GAP = 16;

const WEIGHT = {
  query: 100, key: 90, keyAfter: 85, status: 80, keyedName: 75, statusName: 72, name: 60, prose: 40, otherKey: 35, message: 30,
} as const;

/** A key as compared: lower case without `_`, `-`, `.` (`ret_code`, `retCode`, `RetCode` → `retcode`). */
const norm = (key: string) => key.toLowerCase().replace(/[_.-]/g, '');
const words = (list: string) => new Set(list.split(' '));

const ERROR_KEYS = words('code codes err error errors errno errnum errornum errorno errornumber errcode errorcode retcode ret rc returncode resultcode result rspcode respcode responsecode subcode failcode failurecode reason reasoncode innercode vendorcode');
const STATUS_KEYS = words('status statuscode httpstatus httpcode httpstatuscode http responsestatus responded returned returns responds response answered replied');
const NOISE_KEYS = words(
  'id version ver v versioncode versionname sdkversion sdkver appversion osversion build buildnumber sdk sdkint api apilevel level android ios iphone ipad os macos xcode ' +
  'port pid tid uid gid line lineno linenumber col column count size length len total limit max min maximum minimum ttl timetolive timeout expire expires expiry ' +
  'retry retries retrycount attempt attempts seq sequence index idx offset page pagesize badge priority bytes duration elapsed latency cost delay interval qps rate ' +
  'percent progress width height step number num success failure canonicalids year month day hour minute second ms sec tag tags type pushtype channel',
);
/** An id (`push_id`, `msgId`, `requestID`) or a time (`sendTime`, `created_at`, `ts`) is never a code. */
const ID_OR_TIME_KEY = /(?:^id|[a-z0-9](?:Id|ID)|[_-]id|time|Time|TIME|[Tt]imestamp|[Dd]ate|[a-z]At|_at|^ts|_ts)$/;
const CHINESE_KEY = /(错误码|错误代码|返回码|状态码|错误)[ \t]*(?:[:=]|是|为)?[ \t]*$/;
/** Words that may stand between a key and its value: "error code is 10004", "responded with 410". */
const FILLERS = words('is was of with equals equal to as');
/** What may stand between a key and its value once spaces and quotes are removed. */
const SEPARATORS = words(': = => -> := ( [ :[ =[ :( =( :{');
/** Words after a number that make it a size, a duration or a count. */
const UNITS = words(
  'ms msec millis milliseconds s sec secs second seconds min mins minute minutes h hr hrs hour hours day days week weeks month months year years us μs ns ' +
  'b byte bytes kb kib mb mib gb gib k kbps mbps bit bits times tries retries attempts chars characters char digits px dp pt percent items users devices tokens ' +
  'messages pushes requests apps ids rows entries records lines more',
);
const MONTHS = words('jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december');
/** UPPERCASE words that are log levels, HTTP and format words or plain English, not error names. */
const NOT_NAMES = words(
  'ERROR ERRORS WARN WARNING INFO DEBUG TRACE FATAL VERBOSE NOTICE CRITICAL SEVERE ALERT HTTP HTTPS JSON XML HTML UTF UTF8 NULL NONE TRUE FALSE ' +
  'GET POST PUT PATCH DELETE HEAD OPTIONS CONNECT UUID GUID TODO NOTE FIXME FAIL FAILED FAILURE SUCCESS SUCCEEDED DONE OKAY PASS PUSH TOKEN DEVICE ' +
  'ANDROID IPHONE IPAD MAIN THREAD EXCEPTION CAUSED HELP PLEASE URGENT ASAP THANKS HELLO DATA BODY HEADER HEADERS REQUEST RESPONSE STATUS CODE REASON ' +
  'RESULT MESSAGE TIME DATE UNKNOWN IMEI OAID MIUI EMUI FLYME ' +
  'JANUARY FEBRUARY MARCH APRIL JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY',
);
/** CamelCase words that are classes in a log or a stack trace, not APNs-style reasons. */
const CLASS_SUFFIX = /(?:Exception|Activity|Receiver|Manager|Callback|Listener|Handler|Impl|Helper|Fragment|Application|Service|Provider|Thread|Task|Client|Controller|Delegate|View|Utils?|Message|Command|Info|Result|Request|Response|Config|Builder|Event)$/;
const MESSAGE_KEY = /["']?\b(?:msg|message|errmsg|err_msg|error_msg|errormsg|errormessage|error_message|errinfo|errorinfo|desc|description|error_description|errordescription|detail|localizeddescription|nslocalizeddescription|reason)["']?[ \t]{0,4}[:=][ \t]{0,4}/gi;
/** Where an unquoted message value ends: the next `key=`, or a brace or quote. */
const MESSAGE_END = /[ \t,;][ \t]*[A-Za-z_][\w.]*=|[{}"]/;
const STACK_LINE = /^[ \t]*(?:at[ \t]+[\w$.<>/]+\(|\.\.\.[ \t]*\d+[ \t]+more|\d+[ \t]+\S+[ \t]+0x[0-9a-fA-F]{6})/;
/** Logcat's date and time, then its PID and TID: `11-30 10:15:02.123  1234  5678 E Tag: …`. */
const LOGCAT_TIME = /^[ \t]*(?:\d{4}-)?\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,6})?[ \t]+/;
const STOP_WORDS = words('the and for with are was were has have had this that from into but you your our its can cannot please not all any been will would should there their which when what');

interface Run {
  /** A maximal run of ASCII letters, digits and `_`. */
  text: string;
  start: number;
  end: number;
  /** Where its line starts. */
  line: number;
}

interface Key {
  kind: 'error' | 'status' | 'noise' | 'other' | 'none';
  /** Where the key starts (the source quote starts there). */
  start: number;
  /** A `:` or `=` (or bracket) stood between key and value, not only spaces. */
  assigned: boolean;
  /** The quote the value opened with, if any. */
  quote: string;
  /** Exactly `word:value`, nothing else between: a host:port or file:line when the word is no code key. */
  attached: boolean;
}

const NO_KEY = (start: number): Key => ({ kind: 'none', start, assigned: false, quote: '', attached: false });
const STACK = 1;
const MESSAGE = 2;
const isWordChar = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9_]/.test(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** Reads a paste (any length; only its first MAX_PASTE_CHARS are read) into candidates, best first. */
export function readPaste(text: string, vendors: readonly VendorWords[]): Reading {
  const truncated = text.length > MAX_PASTE_CHARS;
  const paste = normalize(truncated ? text.slice(0, MAX_PASTE_CHARS) : text);
  const vendorWords = new Set(vendors.flatMap((v) => v.words.map((w) => w.toLowerCase())));
  const named = namedVendors(paste, vendors);
  const query = readQuery(paste, vendorWords);
  if (query) return { candidates: [query], vendors: named, message: '', bare: true, truncated };

  const scan = new PasteScan(paste, vendorWords);
  const best = new Map<string, Candidate>();
  for (let i = 0; i < scan.runs.length; i++) {
    const candidate = scan.read(i);
    if (!candidate) continue;
    const id = candidate.value.toLowerCase();
    const kept = best.get(id);
    if (!kept || candidate.weight > kept.weight) best.set(id, candidate);
  }
  const candidates = [...best.values()].sort((a, b) => b.weight - a.weight || a.at - b.at).slice(0, MAX_CANDIDATES);
  return { candidates, vendors: named, message: scan.message(candidates), bare: false, truncated };
}

/** Full-width digits and colons (NFKC), the minus sign, curly and escaped quotes (JSON logged in a string) and line ends made plain. */
function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\u2212/g, '-').replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'").replace(/\\(["'])/g, '$1').replace(/\r\n?/g, '\n');
}

/** The whole paste as one code-shaped token: a number, a hex number or a word (an error name). */
function readQuery(paste: string, vendorWords: ReadonlySet<string>): Candidate | null {
  const token = paste.trim().replace(/^["'`]|["'`.,;:]$/g, '');
  const source = token;
  if (/^[+-]?\d{1,24}$/.test(token)) {
    const plus = token.startsWith('+');
    return {
      value: plus ? token.slice(1) : token, type: 'number', strength: 'query', weight: WEIGHT.query, source, at: paste.indexOf(token),
      ...(plus ? { note: plusNote(token) } : {}),
    };
  }
  if (/^0x[0-9a-f]{1,16}$/i.test(token)) return { value: token, type: 'hex', strength: 'query', weight: WEIGHT.query, source, at: paste.indexOf(token) };
  if (/^[A-Za-z][A-Za-z0-9_]{2,63}$/.test(token) && !vendorWords.has(token.toLowerCase())) {
    return { value: token, type: 'name', strength: 'query', weight: WEIGHT.query, source, at: paste.indexOf(token) };
  }
  return null;
}

const plusNote = (written: string) => `written "${written}", read as ${written.slice(1)}: no catalog writes a + sign`;

/** The vendors whose words the paste uses, in order of first mention. */
function namedVendors(paste: string, vendors: readonly VendorWords[]): string[] {
  const found: [number, string][] = [];
  for (const { vendor, words: list } of vendors) {
    const first = Math.min(...list.map((word) => findWord(paste, word)).filter((at) => at >= 0));
    if (Number.isFinite(first)) found.push([first, vendor]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, vendor]) => vendor);
}

/**
 * Where `word` first stands as a whole word (also between dots: `com.huawei.hms`), in
 * any case; -1 if nowhere. A short word declared in capitals (`IM`, `TIM`, `HMS`) is
 * found only in capitals or all in lower case, so "Tim" or "Im" is not Tencent's IM.
 */
function findWord(text: string, word: string): number {
  if (word.trim() === '') return -1;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const strict = word.length <= 3 && word === word.toUpperCase() && /[A-Z]/.test(word);
  const pattern = strict ? new RegExp(`${escaped}|${escaped.toLowerCase()}`, 'g') : new RegExp(escaped, 'gi');
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    if (!/[A-Za-z0-9]/.test(text[match.index - 1] ?? '') && !/[A-Za-z0-9]/.test(text[end] ?? '')) return match.index;
  }
  return -1;
}

/** One paste cut into runs of word characters, with what each line and message span is. */
class PasteScan {
  readonly runs: Run[] = [];
  /** Per character: STACK (on a stack-frame line) and MESSAGE (in a `msg=…`/`"message":"…"` value) bits. */
  private readonly marks: Uint8Array;
  /** Starts of logcat PIDs and TIDs. */
  private readonly pids = new Set<number>();
  /** The message values, [start, end). */
  private readonly spans: [number, number][] = [];
  /** Runs read as part of a date ("Nov 30, 2024"). */
  private readonly dates = new Set<number>();

  private readonly paste: string;
  private readonly vendorWords: ReadonlySet<string>;

  constructor(paste: string, vendorWords: ReadonlySet<string>) {
    this.paste = paste;
    this.vendorWords = vendorWords;
    for (const match of paste.matchAll(/[A-Za-z0-9_]+/g)) this.runs.push({ text: match[0], start: match.index, end: match.index + match[0].length, line: 0 });
    this.marks = new Uint8Array(paste.length);
    let lineStart = 0;
    let r = 0;
    for (const line of paste.split('\n')) {
      const lineEnd = lineStart + line.length;
      for (; r < this.runs.length && this.runs[r]!.start <= lineEnd; r++) this.runs[r]!.line = lineStart;
      if (STACK_LINE.test(line)) this.marks.fill(STACK, lineStart, lineEnd);
      const logcat = LOGCAT_TIME.exec(line);
      if (logcat) {
        const ids = /^(\d+)[ \t]+(?:(\d+)[ \t])?/.exec(line.slice(logcat[0].length));
        if (ids) {
          this.pids.add(lineStart + logcat[0].length);
          if (ids[2]) this.pids.add(lineStart + logcat[0].length + ids[0].indexOf(ids[2], ids[1]!.length));
        }
      }
      lineStart = lineEnd + 1;
    }
    for (const match of paste.matchAll(MESSAGE_KEY)) {
      const [start, end] = this.messageSpan(match.index + match[0].length);
      this.spans.push([start, end]);
      for (let at = start; at < end; at++) this.marks[at]! |= MESSAGE;
    }
  }

  /** The candidate run `i` is, if any. */
  read(i: number): Candidate | null {
    const run = this.runs[i]!;
    if (this.marks[run.start]! & STACK) return null;
    if (/^\d+$/.test(run.text)) return this.readNumber(i);
    if (/^0[xX][0-9A-Fa-f]+$/.test(run.text)) return this.readHex(i);
    if (/^[A-Za-z]/.test(run.text)) return this.readName(i);
    return null; // 123ms, v1, 30T10, abc123: not a code
  }

  private readNumber(i: number): Candidate | null {
    const { paste } = this;
    const run = this.runs[i]!;
    if (run.text.length > 10 || this.pids.has(run.start)) return null;
    let start = run.start;
    let sign = '';
    if (paste[start - 1] === '-' || paste[start - 1] === '+') {
      if (/[\w.+-]/.test(paste[start - 2] ?? '')) return null; // a-b-123, 2024-11-30, +08:00 after a time
      sign = paste[start - 1]!;
      start--;
    }
    if (this.joined(i, start) || this.isDate(i)) return null;
    const key = this.keyBefore(i, start);
    if (key.kind === 'noise' || (key.kind === 'other' && key.attached)) return null;
    // "took 123 ms", "got error 3 times" are counts; "errCode=10004 more info" is a code
    if (this.isCount(i) && !((key.kind === 'error' || key.kind === 'status') && key.assigned)) return null;
    let { strength, weight } = this.standing(key, i);
    if (strength === 'prose' && this.marks[run.start]! & MESSAGE) [strength, weight] = ['message', WEIGHT.message];
    if ((strength === 'prose' || strength === 'message') && !sign && run.text.length < 3) return null;
    if (run.text.length === 10 && strength !== 'keyed') return null; // a Unix time or an id
    if (strength === 'prose' && key.kind === 'none' && /^(?:19[7-9]|20\d)\d$/.test(run.text)) return null; // "since 2023": a year
    // 0 is success wherever a catalog has it: a paste about a failure is about its other codes first.
    if (run.text === '0' && !sign) weight -= 10;
    const value = sign === '-' ? `-${run.text}` : run.text;
    return {
      value, type: 'number', strength, weight, source: this.source(key, i, start), at: start,
      ...(sign === '+' ? { note: plusNote(`+${run.text}`) } : {}),
    };
  }

  private readHex(i: number): Candidate | null {
    const run = this.runs[i]!;
    if (run.text.length > 10 || this.joined(i, run.start)) return null; // an address, not a code
    const key = this.keyBefore(i, run.start);
    if (key.kind === 'noise') return null;
    let { strength, weight } = this.standing(key, i);
    if (strength === 'prose' && this.marks[run.start]! & MESSAGE) [strength, weight] = ['message', WEIGHT.message];
    return { value: run.text, type: 'hex', strength, weight, source: this.source(key, i, run.start), at: run.start };
  }

  private readName(i: number): Candidate | null {
    const { paste } = this;
    const run = this.runs[i]!;
    const word = run.text;
    if (word.length > 64 || this.vendorWords.has(word.toLowerCase()) || NOT_NAMES.has(word.toUpperCase())) return null;
    if (this.isKey(run) || isKeyWord(word)) return null;
    // A qualified name, a call or an object dump: com.x.MainActivity, XGPushManager.registerPush, Foo(, MyApp[1234], Message{
    if ((paste[run.start - 1] === '.' && isWordChar(paste[run.start - 2])) || (paste[run.end] === '.' && isWordChar(paste[run.end + 1]))) return null;
    if (/^[([{]/.test(paste[run.end] ?? '')) return null;
    const key = this.keyBefore(i, run.start);
    if (key.kind === 'noise') return null; // "trace_id":"Xcm45b…"
    if (key.kind === 'error' || key.kind === 'status') {
      const endsValue = key.quote ? paste[run.end] === key.quote : /^(?:[ \t]*(?:$|[\n,;})\]])|[ \t]+\()/.test(paste.slice(run.end, run.end + 3));
      const looksLikeName = /[A-Z]/.test(word) || word.includes('_');
      if (looksLikeName && (isErrorName(word) || (key.assigned && endsValue))) {
        const [strength, weight] = key.kind === 'error' ? ['keyed', WEIGHT.keyedName] as const : ['status', WEIGHT.statusName] as const;
        return { value: word, type: 'name', strength, weight, source: this.source(key, i, run.start), at: run.start };
      }
    }
    // In a message text only a SCREAMING_SNAKE name is one; "AIDL", "AccessKey" are words of the sentence.
    if (!isErrorName(word) || (this.marks[run.start]! & MESSAGE && !word.includes('_'))) return null;
    return { value: word, type: 'name', strength: 'name', weight: WEIGHT.name, source: word, at: run.start };
  }

  /** A word used as a key: `word=`, `"word":`, or a known key followed by `:`. */
  private isKey(run: Run): boolean {
    const after = this.paste.slice(run.end, run.end + 4);
    if (/^(?:=|["'][ \t]*:)/.test(after)) return true;
    return /^[ \t]*:(?!:)/.test(after) && isKeyWord(run.text);
  }

  /** Part of a larger token: a version or decimal, a time, a path or date, a range, a percentage, an array index or [pid]. */
  private joined(i: number, start: number): boolean {
    const { paste } = this;
    const end = this.runs[i]!.end;
    const [before, beforeThat, after, afterThat] = [paste[start - 1], paste[start - 2], paste[end], paste[end + 1]];
    if (before === '.' && isWordChar(beforeThat)) return true;
    if (before === ':' && isDigit(beforeThat)) return true;
    if (before === ',' && isDigit(beforeThat) && i > 0 && paste[this.runs[i - 1]!.start - 1] === ':') return true; // 10:15:02,123
    if (before === '/' || before === '\\' || (before === '[' && isWordChar(beforeThat))) return true;
    if ((after === '.' || after === ':') && isDigit(afterThat)) return true;
    if ((after === '-' || after === '/') && isWordChar(afterThat)) return true;
    if (after === '%') return true;
    // host:port, File.java:123, (Unknown Source:4) is handled as an attached key; logcat's "( 1234):" here
    if (before === ':' && i > 0) {
      const prev = this.runs[i - 1]!;
      if (prev.end === start - 1 && (paste[prev.start - 1] === '.' || prev.text.toLowerCase() === 'localhost')) return true;
    }
    return /\([ \t]*$/.test(paste.slice(Math.max(0, start - 4), start)) && /^[ \t]*\):/.test(paste.slice(end, end + 4));
  }

  /** A day or a year beside a month's name: "Nov 30, 2024", "30 Nov 2024". */
  private isDate(i: number): boolean {
    const isMonth = (run: Run | undefined) => run !== undefined && /^[A-Z]/.test(run.text) && MONTHS.has(run.text.toLowerCase());
    const [prev, next] = [this.runs[i - 1], this.runs[i + 1]];
    const nearPrev = prev !== undefined && /^[ \t,]+$/.test(this.paste.slice(prev.end, this.runs[i]!.start));
    const nearNext = next !== undefined && /^[ \t]+$/.test(this.paste.slice(this.runs[i]!.end, next.start));
    const date = (nearPrev && (isMonth(prev) || this.dates.has(i - 1))) || (nearNext && isMonth(next));
    if (date) this.dates.add(i);
    return date;
  }

  /** A size, a duration or a count: the next word is a unit (`123 ms`, `4 KB`, `3 times`). */
  private isCount(i: number): boolean {
    const next = this.runs[i + 1];
    return next !== undefined && /^[ \t]+$/.test(this.paste.slice(this.runs[i]!.end, next.start)) && UNITS.has(next.text.toLowerCase());
  }

  /** The key a value at `valueStart` (its sign or first digit) stands under, if any. */
  private keyBefore(i: number, valueStart: number): Key {
    const { paste, runs } = this;
    const lineStart = runs[i]!.line;
    const near = paste.slice(Math.max(lineStart, valueStart - 16), valueStart);
    const http = /HTTP\/\d(?:\.\d)?[ \t]+$/i.exec(near);
    if (http) return { ...NO_KEY(valueStart - http[0].length), kind: 'status', assigned: true };
    const prev = runs[i - 1];
    const leadStart = Math.max(prev?.end ?? 0, lineStart);
    const chinese = CHINESE_KEY.exec(paste.slice(Math.max(leadStart, valueStart - MAX_KEY_GAP), valueStart));
    if (chinese) return { ...NO_KEY(valueStart - chinese[0].length), kind: chinese[1] === '状态码' ? 'status' : 'error', assigned: true };
    if (!prev || prev.end < lineStart || valueStart - leadStart > MAX_KEY_GAP) return NO_KEY(valueStart);
    const lead = paste.slice(leadStart, valueStart);
    const quote = /["'`]$/.exec(lead)?.[0] ?? '';
    const punctuation = lead.replace(/[ \t"'`]/g, '');
    if (punctuation !== '' && !SEPARATORS.has(punctuation)) return NO_KEY(valueStart);
    const spaced = (a: Run, b: Run) => /^[ \t]+$/.test(paste.slice(a.end, b.start));
    // One filler word between key and value: "error code is 10004", "responded with 410"
    let k = i - 1;
    if (punctuation === '' && FILLERS.has(prev.text.toLowerCase()) && runs[k - 1] && spaced(runs[k - 1]!, prev)) k--;
    let keyRun = runs[k]!;
    let written = keyRun.text;
    const before = runs[k - 1];
    if (before && spaced(before, keyRun) && isKnownKey(norm(before.text + keyRun.text))) {
      [keyRun, written] = [before, before.text + keyRun.text]; // "error code", "HTTP status", "version code"
    }
    const kind = classifyKey(norm(written), written);
    const assigned = punctuation !== '';
    if (kind === 'other' && !assigned) return NO_KEY(valueStart);
    if (k < i - 1 && kind !== 'error' && kind !== 'status') return NO_KEY(valueStart);
    return { kind, start: keyRun.start, assigned, quote, attached: lead === ':' };
  }

  /** How much a value under `key` weighs. */
  private standing(key: Key, i: number): { strength: Strength; weight: number } {
    if (key.kind === 'error') return { strength: 'keyed', weight: WEIGHT.key };
    if (key.kind === 'status') return { strength: 'status', weight: WEIGHT.status };
    if (key.kind === 'other') return { strength: 'prose', weight: WEIGHT.otherKey };
    // "a 503 error", "10004 code": the key after the number
    const next = this.runs[i + 1];
    const run = this.runs[i]!;
    if (run.text.length >= 3 && next && /^[ \t]+$/.test(this.paste.slice(run.end, next.start)) && /^(?:error|errors|code|status)$/i.test(next.text)) {
      return { strength: 'keyed', weight: WEIGHT.keyAfter };
    }
    return { strength: 'prose', weight: WEIGHT.prose };
  }

  /** The bit of the paste a candidate came from: its key and value, or the word before a number in prose. */
  private source(key: Key, i: number, valueStart: number): string {
    const { paste, runs } = this;
    const run = runs[i]!;
    let start = key.kind === 'none' ? valueStart : key.start;
    const prev = runs[i - 1];
    if (key.kind === 'none' && prev && /^[ \t]+$/.test(paste.slice(prev.end, valueStart))) start = prev.start;
    if (key.kind !== 'none' && /["']/.test(paste[start - 1] ?? '')) start--; // "ret_code":1008006
    const end = key.quote && paste[run.end] === key.quote ? run.end + 1 : run.end;
    const text = paste.slice(start, end).replace(/\s+/g, ' ');
    return text.length > MAX_SOURCE_CHARS ? `…${text.slice(-MAX_SOURCE_CHARS + 1)}` : text;
  }

  private messageSpan(from: number): [number, number] {
    const { paste } = this;
    const quote = paste[from];
    let end: number;
    if (quote === '"' || quote === "'") {
      end = from + 1;
      const limit = Math.min(paste.length, from + 1 + MAX_MESSAGE_CHARS);
      while (end < limit && paste[end] !== '\n' && !(paste[end] === quote && paste[end - 1] !== '\\')) end++;
      return [from + 1, end];
    }
    const lineEnd = paste.indexOf('\n', from);
    const rest = paste.slice(from, Math.min(lineEnd === -1 ? paste.length : lineEnd, from + MAX_MESSAGE_CHARS));
    const cut = rest.search(MESSAGE_END);
    return [from, from + (cut === -1 ? rest.length : cut)];
  }

  /** The paste's message: its message values, or else its words that are neither keys nor codes. */
  message(candidates: readonly Candidate[]): string {
    const spans = this.spans.map(([start, end]) => this.paste.slice(start, end).replace(/\s+/g, ' ').trim()).filter((text) => /[A-Za-z]/.test(text));
    if (spans.length > 0) return [...new Set(spans)].join(' · ').slice(0, MAX_MESSAGE_CHARS);
    const codes = new Set(candidates.map((c) => c.value.toLowerCase()));
    const kept: string[] = [];
    let length = 0;
    for (const run of this.runs) {
      if (length > MAX_MESSAGE_CHARS) break;
      if (!/^[A-Za-z]+$/.test(run.text) || run.text.length < 2 || codes.has(run.text.toLowerCase())) continue;
      if (this.isKey(run) || this.marks[run.start]! & STACK) continue;
      kept.push(run.text);
      length += run.text.length + 1;
    }
    return kept.join(' ');
  }
}

/** A word that names a key (`ErrorCode`, `ErrorInfo`, `statusCode`, `requestId`), never an error name. */
function isKeyWord(word: string): boolean {
  const key = norm(word);
  return isKnownKey(key) || ID_OR_TIME_KEY.test(word) || /(?:code|status|info|msg|message|desc)$/.test(key);
}

const isKnownKey = (key: string) => ERROR_KEYS.has(key) || STATUS_KEYS.has(key) || NOISE_KEYS.has(key);

function classifyKey(key: string, written: string): Key['kind'] {
  if (ERROR_KEYS.has(key) || /(?:err|error|ret|result|fail|reason|rsp|resp)(?:code|no|num)$|(?:error|err|exception)$/.test(key)) return 'error';
  if (STATUS_KEYS.has(key)) return 'status';
  if (NOISE_KEYS.has(key) || ID_OR_TIME_KEY.test(written) || (key.length > 2 && key.endsWith('id') && key !== 'invalid')) return 'noise';
  return 'other';
}

/** SCREAMING_SNAKE (`QUOTA_EXCEEDED`), one UPPERCASE word of 4+ letters, or CamelCase of 2+ humps and no digits (`BadDeviceToken`). */
function isErrorName(word: string): boolean {
  if (NOT_NAMES.has(word.toUpperCase())) return false;
  if (/^[A-Z][A-Z0-9_]*$/.test(word)) {
    return word.includes('_') ? !word.includes('__') && !word.endsWith('_') : /^[A-Z]{4,}$/.test(word);
  }
  const humps = word.match(/[A-Z]/g)?.length ?? 0;
  return /^[A-Z][a-z]/.test(word) && /^[A-Za-z]+$/.test(word) && !/[A-Z]{2}/.test(word) && humps >= 2 && !CLASS_SUFFIX.test(word);
}

/**
 * The queries whose exact-code shards hold every row `answerReading` may use: each
 * candidate, and for a number its value in the other base, one per shard path (libs/code-lookup.ts
 * `shardFilesFor` gives each its files; several may share one, and rows given twice are fine).
 * Fetch all of them: a code is only "absent" if its shard was given.
 */
export function lookupQueries(reading: Reading): string[] {
  const queries = new Map<string, string>();
  const add = (query: string) => {
    const path = shardPathOf(query);
    if (path !== null && !queries.has(path)) queries.set(path, query);
  };
  for (const { value, type } of reading.candidates) {
    add(value);
    if (type === 'hex') add(String(Number.parseInt(value, 16)));
    if (type === 'number') add(`0x${Math.abs(Number(value)).toString(16)}`);
  }
  return [...queries.values()];
}

interface RowIndex<R extends LookupRow> {
  byCode: Map<string, R[]>;
  byName: Map<string, R[]>;
  /** Codes written as numbers (for nearest) and as hex (for same-value). */
  numeric: R[];
  hex: R[];
  all: R[];
}

function indexRows<R extends LookupRow>(rows: readonly R[]): RowIndex<R> {
  const index: RowIndex<R> = { byCode: new Map(), byName: new Map(), numeric: [], hex: [], all: [] };
  const seen = new Set<string>();
  const add = (map: Map<string, R[]>, key: string, row: R) => map.set(key, [...(map.get(key) ?? []), row]);
  for (const row of rows) {
    const id = `${rowId(row)}\u0000${row.name ?? ''}`;
    if (seen.has(id)) continue; // the same shard given twice
    seen.add(id);
    if (row.name !== undefined) {
      add(index.byName, row.name.toLowerCase(), row);
      continue;
    }
    index.all.push(row);
    add(index.byCode, row.code.toLowerCase(), row);
    if (/^[+-]?\d+$/.test(row.code)) index.numeric.push(row);
    if (/^0x[0-9a-f]+$/i.test(row.code)) index.hex.push(row);
  }
  return index;
}

const rowId = (row: LookupRow) => `${row.vendor}\u0000${row.catalog}\u0000${row.code}`;

/**
 * Answers a reading from the rows the caller fetched (every row sharing a shard with a
 * query of `lookupQueries`). Rows of the same code in several catalogs come with the
 * catalogs the paste names first, then those whose meaning shares most words with the
 * paste's message and error names.
 */
export function answerReading<R extends LookupRow>(reading: Reading, rows: readonly R[], options: AnswerOptions = {}): Answers<R> {
  const { prefixLimit = PREFIX_ANSWERS, nearestLimit = NEAREST_ANSWERS } = options;
  const index = indexRows(rows);
  const order = rowOrder(reading);
  const named = new Set(reading.vendors);
  const vendorNamed = (row: R) => (named.size === 0 ? null : named.has(row.vendor));
  const seen = new Set<string>();
  const answers: Answer<R>[] = [];
  const absent: Candidate[] = [];
  const missing: Candidate[] = [];
  // A code the paste also names a reason of (`403` and `BadCertificateEnvironment`) is answered with that reason's row.
  const reasons = new Map<string, { row: R; candidate: Candidate }>();
  for (const candidate of reading.candidates.filter((c) => c.type === 'name')) {
    for (const row of index.byName.get(candidate.value.toLowerCase()) ?? []) if (!reasons.has(rowId(row))) reasons.set(rowId(row), { row, candidate });
  }
  const add = (candidate: Candidate, kind: MatchKind, found: readonly R[], label: (row: R) => string, notes: (row: R) => string[] = () => []) => {
    for (const row of order(found)) {
      if (seen.has(rowId(row))) continue;
      seen.add(rowId(row));
      const reason = kind === 'exact' ? reasons.get(rowId(row)) : undefined;
      if (reason) answers.push({ row: reason.row, kind: 'name', label: `exact code, error name ${reason.row.name}`, candidate: reason.candidate, vendorNamed: vendorNamed(row), notes: [] });
      else answers.push({ row, kind, label: label(row), candidate, vendorNamed: vendorNamed(row), notes: notes(row) });
    }
  };

  for (const candidate of reading.candidates) {
    const value = candidate.value.toLowerCase();
    const exact = index.byCode.get(value) ?? [];
    const byName = candidate.type === 'name' ? (index.byName.get(value) ?? []) : [];
    add(candidate, 'exact', exact, () => 'exact code');
    add(candidate, 'name', byName, (row) => `error name ${row.name}`, (row) =>
      row.name === candidate.value ? [] : [`written "${candidate.value}"; the catalog writes "${row.name}"`]);
    const sameValue = sameValueRows(candidate, index);
    add(candidate, 'same-value', sameValue, (row) => `same value: ${candidate.value} = ${row.code}`);
    const otherSign = candidate.type === 'number' && value !== '0' ? (index.byCode.get(value.startsWith('-') ? value.slice(1) : `-${value}`) ?? []) : [];
    add(candidate, 'other-sign', otherSign, (row) => `other sign: ${row.code}, not ${candidate.value}`);
    if (reading.bare && candidate.type !== 'name') {
      const family = index.all
        .filter((row) => row.code.toLowerCase().startsWith(value) && row.code.toLowerCase() !== value)
        .sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code))
        .slice(0, prefixLimit);
      add(candidate, 'prefix', family, () => `starts with ${candidate.value}`);
    }
    if (exact.length > 0 || byName.length > 0) continue;
    if (saysAbsent(candidate)) absent.push(candidate);
    const strong = candidate.strength === 'query' || candidate.strength === 'keyed' || candidate.strength === 'status';
    if (candidate.type === 'number' && strong && sameValue.length === 0 && otherSign.length === 0) missing.push(candidate);
  }

  for (const candidate of missing) {
    const target = Number(candidate.value);
    const near = index.numeric
      .filter((row) => !seen.has(rowId(row)) && row.code.length === candidate.value.length && row.code.startsWith('-') === candidate.value.startsWith('-'))
      .map((row) => ({ row, distance: Math.abs(Number(row.code) - target) }))
      .sort((a, b) => a.distance - b.distance || a.row.code.localeCompare(b.row.code))
      .slice(0, nearestLimit)
      .map(({ row }) => row);
    for (const row of near) {
      seen.add(rowId(row));
      answers.push({ row, kind: 'nearest', label: `nearest to ${candidate.value} — not a match`, candidate, vendorNamed: vendorNamed(row), notes: [] });
    }
  }
  return { absent, answers };
}

/**
 * Whether a missing candidate is said to be missing: every number but one inside a message
 * text, and a name only where the paste gives it as a code (keyed, or typed alone).
 */
function saysAbsent(candidate: Candidate): boolean {
  if (candidate.type !== 'name') return candidate.strength !== 'message';
  return candidate.strength === 'keyed' || candidate.strength === 'status' || (candidate.strength === 'query' && isErrorName(candidate.value));
}

/** Codes of the same value in the other base: 0x1F ↔ 31 (and 0x001F ↔ 0x1F). */
function sameValueRows<R extends LookupRow>(candidate: Candidate, index: RowIndex<R>): R[] {
  if (candidate.type === 'name') return [];
  const value = candidate.type === 'hex' ? Number.parseInt(candidate.value, 16) : Number(candidate.value);
  const hex = index.hex.filter((row) => Number.parseInt(row.code, 16) === value && row.code.toLowerCase() !== candidate.value.toLowerCase());
  return candidate.type === 'hex' ? [...(index.byCode.get(String(value)) ?? []), ...hex] : hex;
}

/** Sorts rows of one kind: the vendors the paste names first, then by shared words, else as given. */
function rowOrder(reading: Reading): <R extends LookupRow>(rows: readonly R[]) => R[] {
  const named = new Set(reading.vendors);
  const message = new Set(stems(reading.message));
  const names = reading.candidates.filter((c) => c.type === 'name').map((c) => c.value.toLowerCase());
  const score = (row: LookupRow) => {
    const meaning = row.meaning.toLowerCase();
    const shared = new Set(stems(meaning).filter((word) => message.has(word))).size;
    return shared + 3 * names.filter((name) => meaning.includes(name)).length;
  };
  return (rows) => rows
    .map((row, i) => ({ row, i, named: named.has(row.vendor) ? 0 : 1, score: score(row) }))
    .sort((a, b) => a.named - b.named || b.score - a.score || a.i - b.i)
    .map(({ row }) => row);
}

/** Lower-case words of 3+ letters, stop words dropped, a plural `s` cut (tokens → token). */
export function stems(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? [])
    .filter((word) => !STOP_WORDS.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
}

/** Pagefind's own clean-up of a word: diacritics and punctuation dropped (`-10002` → `10002`), lower case. */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;
const pagefindWord = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(PUNCTUATION, '').toLowerCase();

/**
 * Whether `text` (a Pagefind result's content) really has, for every term of `query`, a
 * word starting with it. Pagefind matches each term as a prefix and, when no indexed word
 * starts with it, silently answers a shorter prefix (`-424242` "finds" vivo 10068): such a
 * result is not a match and must not be shown as one. A term with a minus sign (`-10002`)
 * needs the number with its minus; a word term may also match by a plural or -ed/-ing
 * ending, as Pagefind's stemming does.
 */
export function isRealTextMatch(query: string, text: string): boolean {
  const terms = normalize(query).split(/\s+/).filter((term) => pagefindWord(term) !== '');
  if (terms.length === 0) return false;
  const chunks = normalize(text).split(/\s+/).filter(Boolean);
  const textWords = new Set<string>();
  const signed = new Set<string>();
  for (const chunk of chunks) {
    textWords.add(pagefindWord(chunk));
    // Pagefind also indexes the parts of a compound word: AuthToken, registration_tokens, deviceToken.
    for (const part of chunk.split(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}_]+|(?<=\p{Ll})(?=\p{Lu})/u)) if (part) textWords.add(pagefindWord(part));
    for (const match of chunk.matchAll(/(?:^|[^\p{L}\p{N}])-(\d+)/gu)) signed.add(`-${match[1]}`);
  }
  const startsOne = (list: Iterable<string>, prefix: string) => [...list].some((word) => word.startsWith(prefix));
  return terms.every((term) => {
    if (/^-\d/.test(term)) return startsOne(signed, `-${pagefindWord(term)}`);
    const word = pagefindWord(term);
    if (startsOne(textWords, word)) return true;
    const stem = /\D/.test(word) ? word.replace(/(?:ing|ed|es|s)$/, '') : word;
    return stem.length >= 3 && stem !== word && startsOne(textWords, stem);
  });
}
