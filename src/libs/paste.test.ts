/**
 * Pastes in the vendors' real formats → the codes read from them, in order, and the
 * catalog answered first; then the honesty rules one by one. The rows are copied by hand
 * from content/sources/*.md (a few codes of each catalog), not made by the parser.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shardKey } from './code-lookup.ts';
import { answerReading, isRealTextMatch, lookupQueries, MAX_PASTE_CHARS, readPaste, type LookupRow, type VendorWords } from './paste.ts';

const VENDORS: VendorWords[] = [
  { vendor: 'tpns', words: ['TPNS', 'TPush', 'tpush'] },
  { vendor: 'xgpush', words: ['XGPush', 'xg', 'XINGE'] },
  { vendor: 'timpush', words: ['TIM', 'TIMPush', 'IM'] },
  { vendor: 'xiaomi', words: ['mipush', 'Xiaomi', 'MiPush'] },
  { vendor: 'huawei', words: ['HMS', 'Huawei', 'hcm'] },
  { vendor: 'oppo', words: ['OPPO', 'heytap'] },
  { vendor: 'vivo', words: ['vivo'] },
  { vendor: 'meizu', words: ['Meizu', 'Flyme'] },
  { vendor: 'honor', words: ['Honor', 'hihonor'] },
  { vendor: 'fcm', words: ['FCM', 'firebase', 'fcm.googleapis.com'] },
  { vendor: 'apns', words: ['APNs', 'api.push.apple.com'] },
];

const CATALOGS: Record<string, [vendor: string, label: string]> = {
  tpnsAndroid: ['tpns', 'TPNS Android SDK'], tpnsIos: ['tpns', 'TPNS iOS SDK'], tpnsServer: ['tpns', 'TPNS server'],
  xgpush: ['xgpush', 'XGPush server'], timServer: ['timpush', 'Tencent Cloud Chat push server'], xiaomi: ['xiaomi', 'Xiaomi server'],
  huawei: ['huawei', 'Huawei server'], oppo: ['oppo', 'OPPO server'], vivo: ['vivo', 'vivo server'], meizu: ['meizu', 'Meizu server'],
  honor: ['honor', 'Honor server'], fcm: ['fcm', 'FCM server'], apns: ['apns', 'APNs server'],
};

/** [catalog, code, meaning, error name]: copied from the sources by hand. */
const SOURCE_ROWS: [keyof typeof CATALOGS, string, string, string?][] = [
  ['tpnsAndroid', '0', 'Call is successful'],
  ['tpnsAndroid', '2', 'Parameter error. For example, a single-character alias is bound'],
  ['tpnsAndroid', '10000', 'Start error'],
  ['tpnsAndroid', '10002', 'When a registration operation is being performed, if another registration operation comes in, this error code will be called back'],
  ['tpnsAndroid', '10003', 'Permission configuration error or missing required permissions'],
  ['tpnsAndroid', '10004', 'The .so files were not imported correctly'],
  ['tpnsAndroid', '-10005', 'AIDL configuration error'],
  ['tpnsAndroid', '10006', 'Incorrect AccessKey or AccessID'],
  ['tpnsAndroid', '10008', 'Incorrect AccessKey or AccessID'],
  ['tpnsAndroid', 'Other', 'If other unknown errors occur, please keep the error log and contact us'],
  ['tpnsIos', '-10002', 'The token has already been bound or unbound.'],
  ['tpnsIos', '-10004', 'SDK failed to get device token.'],
  ['tpnsIos', '-101', 'MD5 value error.'],
  ['tpnsServer', '1008001', 'Parameter parsing error'],
  ['tpnsServer', '1008002', 'Required parameter missing'],
  ['tpnsServer', '1008006', 'Invalid token'],
  ['tpnsServer', '1008007', 'Parameter verification failed'],
  ['tpnsServer', '10080021', 'p12 certificate format verification failed'],
  ['tpnsServer', '1008021', 'Failed to pass the p12 certificate verification.'],
  ['tpnsServer', '1008029', 'Invalid token.'],
  ['tpnsServer', '10010005', 'Push target does not exist'],
  ['xgpush', '0', 'Successful call'],
  ['xgpush', '-1', 'Parameter error'],
  ['xgpush', '-2', 'The request timestamp is not within the validity period'],
  ['xgpush', '14', 'Invalid token.'],
  ['xgpush', '-103', 'Invalid sign'],
  ['timServer', '90001', 'JSON format parsing failed. Check whether the request packet conforms to the JSON Specification.'],
  ['timServer', '91000', 'Internal Server Error, please retry.'],
  ['xiaomi', '-1', 'Unknown error.'],
  ['xiaomi', '10002', 'System busy.'],
  ['xiaomi', '20301', 'Failed to send message.'],
  ['xiaomi', '66007', 'Invalid regId, indicating the regId format is incorrect.'],
  ['huawei', '-5', 'Get Token. Task failed.'],
  ['huawei', '503', 'Traffic control.'],
  ['huawei', '80100003', 'Message structure error.'],
  ['huawei', '80300007', 'Specified Token is invalid.'],
  ['huawei', '907135000', 'Invalid passed parameters.'],
  ['huawei', '907135003', 'SDK failed to connect to HMS Core (APK).'],
  ['oppo', '-2', 'Server traffic control.'],
  ['oppo', '-1', 'The service is unavailable. Developers, please try again later.'],
  ['oppo', '11', 'Invalid AuthToken.'],
  ['vivo', '10000', 'Authentication failed.'],
  ['vivo', '10068', 'skipType = 4, skipContent cannot be empty.'],
  ['meizu', '110000', 'Invalid AppID.'],
  ['meizu', '110003', 'Invalid pushId.'],
  ['honor', '400', 'Parameter error.'],
  ['honor', '403', 'Authentication failed.'],
  ['honor', '404', 'Service not found.'],
  ['honor', '503', 'Frequent request, please retry.'],
  ['honor', '80100003', 'Message structure error.'],
  ['honor', '80300007', 'ALL Push Tokens are invalid.'],
  ['honor', '80300008', 'The message body size exceeds the system setting default value (4096 Bytes).'],
  ['fcm', '400', 'INVALID_ARGUMENT, possible reasons including invalid registration, invalid package name', 'INVALID_ARGUMENT'],
  ['fcm', '404', 'UNREGISTERED. The reason may be lack of registration token or the token is unregistered.', 'UNREGISTERED'],
  ['fcm', '403', 'SENDER_ID_MISMATCH. A registration token is associated with a specific group of senders.', 'SENDER_ID_MISMATCH'],
  ['fcm', '429', 'QUOTA_EXCEEDED. This error might be caused by exceeding the message rate quota', 'QUOTA_EXCEEDED'],
  ['fcm', '503', 'UNAVAILABLE. The server is unable to process the request in time.', 'UNAVAILABLE'],
  ['apns', '200', 'Success.'],
  ['apns', '403', 'BadCertificate: The certificate is invalid.', 'BadCertificate'],
  ['apns', '410', 'ExpiredToken: The device token has expired.', 'ExpiredToken'],
];

/** The exact-code index's rows: each code, and a row per error name its meaning starts with. */
const ROWS: LookupRow[] = SOURCE_ROWS.flatMap(([catalog, code, meaning, name]) => {
  const [vendor, label] = CATALOGS[catalog]!;
  const row = { code, vendor, catalog: label, meaning };
  return name ? [row, { ...row, name }] : [row];
});

/** What the search box does: fetch the shards lookupQueries names, then answer. */
function lookUp(paste: string, rows: readonly LookupRow[] = ROWS) {
  const reading = readPaste(paste, VENDORS);
  const shards = new Set(lookupQueries(reading).map(shardKey));
  const given = rows.filter((row) => shards.has(shardKey(row.name ?? row.code)));
  return { reading, ...answerReading(reading, given) };
}

const shown = (answer: { row: LookupRow }) => `${answer.row.catalog} ${answer.row.code}`;

interface PasteCase {
  what: string;
  paste: string;
  /** Every candidate, best first, sign included. */
  codes: string[];
  /** The first answer: "catalog code". */
  first?: string;
  /** Candidates said to be in no catalog. */
  absent?: string[];
}

const PASTES: PasteCase[] = [
  // TPNS Android SDK callbacks and logcat
  { what: 'Android SDK onFail callback', paste: 'XGIOperateCallback onFail data=null errCode=10004 msg=The .so files were not imported correctly', codes: ['10004'], first: 'TPNS Android SDK 10004' },
  { what: 'callback with a negative code', paste: 'onFail(data=null, errCode=-10005, msg=AIDL configuration error)', codes: ['-10005'], first: 'TPNS Android SDK -10005' },
  { what: 'logcat line: date, time, PID, TID, tag', paste: '11-30 10:15:02.123  1234  5678 E TPush: register failed, errCode=-10005', codes: ['-10005'], first: 'TPNS Android SDK -10005' },
  { what: 'logcat line, another registration (ranked by its message)', paste: '11-30 10:15:02.456  1234  5690 I XINGE : [XGPushManager] Register call back, errCode:10002, msg:another registration is in progress', codes: ['10002'], first: 'TPNS Android SDK 10002' },
  { what: 'logcat brief format, PID in parentheses', paste: '11-30 10:15:02.123 E/TPush( 1234): onFail errCode=10008 msg=Incorrect AccessKey or AccessID', codes: ['10008'], first: 'TPNS Android SDK 10008' },
  { what: 'Android Studio logcat, PID-TID/package', paste: '2024-11-30 10:15:02.123 1234-5678/com.example.app E/TPush: [XGPushManager] register failed, errCode = 10006', codes: ['10006'], first: 'TPNS Android SDK 10006' },
  { what: 'spaces around the colon and a semicolon', paste: 'E/TPush  ( 1234): onRegister errCode : 10002 ; msg : another registration in progress', codes: ['10002'], first: 'TPNS Android SDK 10002' },
  // iOS
  { what: 'iOS NSError', paste: 'Error Domain=com.tencent.tpns Code=-10002 "The token has already been bound or unbound." UserInfo={NSLocalizedDescription=The token has already been bound or unbound.}', codes: ['-10002'], first: 'TPNS iOS SDK -10002' },
  { what: 'iOS NSLog line with its process [pid:tid]', paste: '2024-11-30 10:15:02.123456+0800 MyApp[1234:567890] [TPNS] register error: Error Domain=com.tencent.tpns Code=-10004 "SDK failed to get device token"', codes: ['-10004'], first: 'TPNS iOS SDK -10004' },
  { what: 'an NSURLError: a code in no catalog', paste: 'Error Domain=NSURLErrorDomain Code=-1009 "The Internet connection appears to be offline."', codes: ['-1009'], absent: ['-1009'] },
  // REST bodies
  { what: 'TPNS REST body', paste: '{"seq":0,"push_id":"123456","ret_code":1008006,"err_msg":"invalid token","result":{}}', codes: ['1008006'], first: 'TPNS server 1008006' },
  { what: 'TPNS REST, typo code kept as the source has it', paste: '{"ret_code":10080021,"err_msg":"not correct p12 file"}', codes: ['10080021'], first: 'TPNS server 10080021' },
  { what: 'XGPush REST -1 (Parameter error outranks the other -1s)', paste: '{"ret_code":-1,"err_msg":"Parameter error","result":{}}', codes: ['-1'], first: 'XGPush server -1' },
  { what: 'XGPush REST -103', paste: '{"ret_code":-103,"err_msg":"Invalid sign"}', codes: ['-103'], first: 'XGPush server -103' },
  { what: 'Tencent Cloud Chat REST', paste: '{"ActionStatus":"FAIL","ErrorInfo":"JSON format parsing failed","ErrorCode":90001}', codes: ['90001'], first: 'Tencent Cloud Chat push server 90001' },
  { what: 'Huawei REST with its host', paste: 'POST https://push-api.cloud.huawei.com/v1/10086/messages:send\n{"code":"80300007","msg":"All the tokens are invalid","requestId":"157440955549500001002006"}', codes: ['80300007'], first: 'Huawei server 80300007' },
  { what: 'Huawei 80100003 pretty-printed', paste: '{\n  "code": "80100003",\n  "msg": "Illegal payload",\n  "requestId": "157440955549500001002006"\n}\nHMS push', codes: ['80100003'], first: 'Huawei server 80100003' },
  { what: 'Huawei client ApiException', paste: 'getToken failed, com.huawei.hms.common.ApiException: 907135000: arguments invalid', codes: ['907135000'], first: 'Huawei server 907135000' },
  { what: 'Honor REST', paste: 'Honor push: {"code":80300008,"message":"The message body size exceeds the limit","data":null}', codes: ['80300008'], first: 'Honor server 80300008' },
  { what: 'Honor REST, shared code, Honor named', paste: 'hihonor push-api {"code":80300007,"message":"all push tokens are invalid"}', codes: ['80300007'], first: 'Honor server 80300007' },
  { what: 'Xiaomi REST', paste: '{"result":"error","reason":"Invalid regId","trace_id":"Xcm45b21505353012400Ep","code":20301,"description":"Failed to send message"}', codes: ['20301'], first: 'Xiaomi server 20301' },
  { what: 'Xiaomi REST, 10002 shared with TPNS', paste: 'MiPush sendMessage: {"result":"error","code":10002,"description":"System busy"}', codes: ['10002'], first: 'Xiaomi server 10002' },
  { what: 'Xiaomi client register result', paste: "onReceiveRegisterResult is called. MiPushCommandMessage{command=register, resultCode=70000001, reason='null'}", codes: ['70000001'], absent: ['70000001'] },
  { what: 'vivo REST', paste: '{"result":10068,"desc":"skipType = 4, skipContent cannot be empty"}', codes: ['10068'], first: 'vivo server 10068' },
  { what: 'vivo REST, 10000 shared with TPNS', paste: 'vivo push response {"result":10000,"desc":"auth failed"}', codes: ['10000'], first: 'vivo server 10000' },
  { what: 'OPPO REST -2 (by its message, before XGPush -2)', paste: '{"code":-2,"message":"Server traffic control.","data":null}', codes: ['-2'], first: 'OPPO server -2' },
  { what: 'OPPO REST, a two-digit keyed code', paste: '{"code":11,"message":"Invalid AuthToken"}', codes: ['11'], first: 'OPPO server 11' },
  { what: 'Meizu REST', paste: '{"code":"110000","message":"Invalid AppID","value":"","redirect":""}', codes: ['110000'], first: 'Meizu server 110000' },
  { what: 'Meizu REST 110003', paste: 'Flyme push {"code":"110003","message":"Invalid pushId","value":""}', codes: ['110003'], first: 'Meizu server 110003' },
  {
    what: 'FCM v1 error JSON',
    paste: '{\n  "error": {\n    "code": 404,\n    "message": "Requested entity was not found.",\n    "status": "NOT_FOUND",\n    "details": [\n      {\n        "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError",\n        "errorCode": "UNREGISTERED"\n      }\n    ]\n  }\n}',
    codes: ['404', 'UNREGISTERED', 'NOT_FOUND'], first: 'FCM server 404', absent: ['NOT_FOUND'],
  },
  { what: 'FCM 429 with its status name', paste: '{"error":{"code":429,"status":"QUOTA_EXCEEDED"}}', codes: ['429', 'QUOTA_EXCEEDED'], first: 'FCM server 429' },
  { what: 'FCM 400 (FCM before Honor by name and words)', paste: '{"error":{"code":400,"message":"The registration token is not a valid FCM registration token","status":"INVALID_ARGUMENT"}}', codes: ['400', 'INVALID_ARGUMENT'], first: 'FCM server 400' },
  { what: 'FCM legacy HTTP: a name in no catalog', paste: '{"multicast_id":6782339717028231855,"success":0,"failure":1,"canonical_ids":0,"results":[{"error":"NotRegistered"}]}', codes: ['NotRegistered'], absent: ['NotRegistered'] },
  // APNs and HTTP status lines
  { what: 'APNs HTTP/2 410 and its reason', paste: 'HTTP/2 410\napns-id: eabeae54-14a8-11e5-b60b-1697f925ec7b\n{"reason":"Unregistered","timestamp":1701334502000}', codes: ['410', 'Unregistered'], first: 'APNs server 410' },
  { what: 'APNs :status 403 BadCertificate', paste: ':status: 403\napns-id: 12345678-1234-1234-1234-123456789012\n{"reason":"BadCertificate"}', codes: ['403', 'BadCertificate'], first: 'APNs server 403' },
  { what: 'APNs in prose', paste: 'APNs responded 410 ExpiredToken', codes: ['410', 'ExpiredToken'], first: 'APNs server 410' },
  { what: 'curl -v to APNs: 400 is no APNs code', paste: '> POST /3/device/7d1a4f2b9c0e8d6a5b4c3d2e1f0a9b8c HTTP/2\n> Host: api.push.apple.com:443\n< HTTP/2 400\n< apns-id: 12345678-1234-1234-1234-123456789012\n{"reason":"BadDeviceToken"}', codes: ['400', 'BadDeviceToken'], absent: ['BadDeviceToken'] },
  { what: 'HTTP/1.1 status line with headers', paste: 'HTTP/1.1 503 Service Unavailable\nRetry-After: 30\nDate: Sat, 30 Nov 2024 10:15:02 GMT', codes: ['503'] },
  { what: 'HTTP 503 from Huawei’s host', paste: 'POST https://push-api.cloud.huawei.com/v1/10086/messages:send -> HTTP/1.1 503', codes: ['503'], first: 'Huawei server 503' },
  // Stack traces
  { what: 'Java stack trace: line numbers are not codes', paste: 'java.lang.RuntimeException: register failed, errCode=10003\n\tat com.tencent.android.tpush.XGPushManager.registerPush(XGPushManager.java:123)\n\tat com.example.MainActivity.onCreate(MainActivity.java:45)\n\t... 12 more', codes: ['10003'], first: 'TPNS Android SDK 10003' },
  { what: 'HMS ApiException with a stack', paste: 'com.huawei.hms.common.ApiException: 907135003: client api invalid\n\tat com.huawei.hms.aaid.HmsInstanceId.getToken(Unknown Source:12)\n\tat com.example.push.PushHelper.register(PushHelper.kt:88)', codes: ['907135003'], first: 'Huawei server 907135003' },
  // Several codes at once
  { what: 'logcat and a server body', paste: '11-30 10:15:02.123  1234  5678 E TPush: register failed, errCode=10004\n11-30 10:15:03.001  1234  5678 I TPush: retry in 5000 ms\nserver: {"ret_code":1008006,"err_msg":"invalid token"}', codes: ['10004', '1008006'], first: 'TPNS Android SDK 10004' },
  { what: 'chat push and a phone maker’s code', paste: 'TIM offline push: ErrorCode 90001 JSON format parsing failed; vendor channel: HMS code 80300007', codes: ['90001', '80300007'], first: 'Tencent Cloud Chat push server 90001' },
  { what: 'a success (0) before the failure: the failure first', paste: '10:15:01 bind account: {"ret_code":0,"err_msg":"ok"}\n10:15:02 push: {"ret_code":1008029,"err_msg":"token is not valid"}', codes: ['1008029', '0'], first: 'TPNS server 1008029' },
  { what: 'a keyed code before a number in prose', paste: 'We got 503 twice; the log says errCode=10004', codes: ['10004', '503'], first: 'TPNS Android SDK 10004' },
  // A ticket's words
  { what: 'ticket prose with a date, counts and a version', paste: 'Hi team, since Nov 30, 2024 about 300 users on Huawei phones get no pushes. Our server log shows 80300007 from HMS. SDK 6.11.0.300, we retried 3 times. Please help!', codes: ['80300007'], first: 'Huawei server 80300007' },
  { what: 'ticket: "a 1008029 error"', paste: "We're seeing a 1008029 error on the single push API (app v2.3.1, port 443).", codes: ['1008029'], first: 'TPNS server 1008029' },
  { what: 'Chinese log with full-width punctuation', paste: '推送失败，错误码：-10002，原因：token已绑定', codes: ['-10002'], first: 'TPNS iOS SDK -10002' },
  { what: 'Chinese ticket: "the error code is"', paste: '华为手机收不到推送，错误码是 80300007，2023年开始', codes: ['80300007'] },
  { what: 'JSON logged inside a string', paste: 'send failed: "{\"code\":\"80300007\",\"msg\":\"All the tokens are invalid\"}" (HMS)', codes: ['80300007'], first: 'Huawei server 80300007' },
  { what: 'a Python log timestamp with a comma', paste: '2024-11-30 10:15:02,123 - push - ERROR - XGPush returned ret_code=-103 (Invalid sign)', codes: ['-103'], first: 'XGPush server -103' },
  { what: 'ticket with only an error name', paste: 'FCM keeps answering UNREGISTERED for about half of our tokens', codes: ['UNREGISTERED'], first: 'FCM server 404' },
];

describe('readPaste and answerReading: pastes in the vendors’ formats', () => {
  it('has at least 40 pastes', () => expect(PASTES.length).toBeGreaterThanOrEqual(40));

  it.each(PASTES)('$what', ({ paste, codes, first, absent = [] }) => {
    const { reading, answers, absent: missing } = lookUp(paste);
    expect(reading.candidates.map((c) => c.value)).toEqual(codes);
    if (first) expect(answers[0] && shown(answers[0])).toBe(first);
    expect(missing.map((c) => c.value)).toEqual(absent);
  });
});

describe('what is never read as a code', () => {
  it.each([
    ['an ISO timestamp', '2024-11-30T10:15:02.123Z'],
    ['a date and time', '2024-11-30 10:15:02'],
    ['dates in other orders', '30/11/2024, 11/30/2024 and 2024.11.30'],
    ['a written date', 'Sat, 30 Nov 2024 and Nov 30, 2024'],
    ['a time zone offset', '10:15:02+08:00'],
    ['versions', 'v1.2.3, SDK 1.4.0.2, version 12, versionCode=312, Android 13, iOS 17.2'],
    ['an IP address and port', 'connect to 10.0.0.1:8080 failed'],
    ['a hostname port and "port N"', 'api.push.apple.com:443, localhost:8080, port 2197'],
    ['a Java line number', 'at com.x.Y.z(Y.java:123)'],
    ['a Kotlin file:line outside a frame', 'PushHelper.kt:88'],
    ['logcat PID and TID', '11-30 10:15:02.123  1234  5678 I TPush: connected'],
    ['sizes and durations', 'took 123ms, then 4500 ms; payload 4KB (4096 bytes), 12.5s'],
    ['a UUID', 'apns-id: 123e4567-e89b-12d3-a456-426614174000'],
    ['a hex device token', 'token 7d1a4f2b9c0e8d6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b'],
    ['a long digit id', 'requestId 157440955549500001002006'],
    ['ids and times under their keys', '{"msgId":12345,"push_id":"67890","sendTime":1701334502,"timestamp":1701334502000}'],
    ['a Unix time in prose', 'at 1701334502 the push failed'],
    ['hyphenated identifiers', 'a-b-123 and build-2024 and item-42-x'],
    ['small numbers in prose', 'we have 3 apps and 2 of them fail, step 1'],
    ['a year in prose', 'since 2023 and in 1999'],
    ['phone models', 'on a Xiaomi 13, a Pixel 8 and an iPhone 15 with HarmonyOS 4.0'],
    ['a percentage and a path', '95% of /api/v3/push/12345 calls'],
    ['a memory address in a crash frame', '0   MyApp   0x0000000104a8c000 -[AppDelegate application:didFail:] + 123'],
  ])('%s', (_, paste) => {
    expect(readPaste(paste, VENDORS).candidates.map((c) => c.value)).toEqual([]);
  });

  it('reads a word after a keyed code as prose, and a number before a unit as a count', () => {
    expect(readPaste('errCode=10004 more info below; got error 3 times; status: 503 times', VENDORS).candidates.map((c) => c.value)).toEqual(['10004', '503']);
  });

  it('keeps the sign of a code but not a hyphen', () => {
    expect(readPaste('errCode:-10002 and code=-2', VENDORS).candidates.map((c) => c.value)).toEqual(['-10002', '-2']);
    expect(readPaste('token abc-10002 def', VENDORS).candidates).toEqual([]);
  });

  it('reads a + sign as the number, with a note', () => {
    const [candidate] = readPaste('status: +503', VENDORS).candidates;
    expect(candidate).toMatchObject({ value: '503', strength: 'status' });
    expect(candidate!.note).toMatch(/\+503.*503/);
  });

  it('does not take log levels, HTTP words, JSON keys or class names as error names', () => {
    const paste = 'ERROR WARN INFO DEBUG POST HTTP JSON UTF JANUARY {"ActionStatus":"FAIL","ErrorInfo":"x"} NullPointerException MainActivity';
    expect(readPaste(paste, VENDORS).candidates).toEqual([]);
  });

  it('weighs a number in a message below a keyed code and drops small ones', () => {
    const { candidates } = readPaste('{"ret_code":1008007,"err_msg":"length is 64, token 1008006 not found"}', VENDORS);
    expect(candidates.map((c) => [c.value, c.strength])).toEqual([['1008007', 'keyed'], ['1008006', 'message']]);
  });

  it('labels each candidate with the text it came from', () => {
    const sources = readPaste('errCode: -10002\n{"ret_code":1008006}\nHTTP/2 410\nsaw 80300007 today', VENDORS).candidates.map((c) => c.source);
    expect(sources).toEqual(['errCode: -10002', '"ret_code":1008006', 'HTTP/2 410', 'saw 80300007']);
  });
});

describe('vendor words', () => {
  const named = (paste: string) => readPaste(paste, VENDORS).vendors;
  it('finds them as whole words in any case, also in hostnames and packages', () => {
    expect(named('com.huawei.hms.push')).toEqual(['huawei']);
    expect(named('https://api.push.apple.com/3/device/x')).toEqual(['apns']);
    expect(named('FCM said so, then mipush did')).toEqual(['fcm', 'xiaomi']);
    expect(named('HUAWEI phone')).toEqual(['huawei']);
  });
  it('does not find them inside other words, nor a capitalized short word as its acronym', () => {
    expect(named('hcmapi xgboost himself Tim and Im said')).toEqual([]);
    expect(named('TIM and IM')).toEqual(['timpush']);
  });
  it('comes from the caller: a new vendor brings its own words', () => {
    expect(readPaste('pushy failed', [{ vendor: 'pushy', words: ['pushy'] }]).vendors).toEqual(['pushy']);
  });
});

describe('answers and their kinds', () => {
  it('answers the exact code first, then the other sign, labelled', () => {
    const { answers, absent } = lookUp('-10002');
    expect(absent).toEqual([]);
    expect(answers.map((a) => [a.kind, shown(a)])).toEqual([
      ['exact', 'TPNS iOS SDK -10002'],
      ['other-sign', 'TPNS Android SDK 10002'],
      ['other-sign', 'Xiaomi server 10002'],
    ]);
    expect(answers[1]!.label).toBe('other sign: 10002, not -10002');
  });

  it('says a code is in no catalog when only its other sign is', () => {
    const { answers, absent } = lookUp('errCode=10005');
    expect(absent.map((c) => c.value)).toEqual(['10005']);
    expect(answers.map((a) => [a.kind, shown(a)])).toEqual([['other-sign', 'TPNS Android SDK -10005']]);
  });

  it('says a missing code is missing, then offers the nearest codes as nearest only', () => {
    const { answers, absent } = lookUp('80300099');
    expect(absent.map((c) => c.value)).toEqual(['80300099']);
    expect(answers.map((a) => a.kind)).toEqual(['nearest', 'nearest', 'nearest']);
    expect(answers.map(shown)).toEqual(['Honor server 80300008', 'Huawei server 80300007', 'Honor server 80300007']);
    expect(answers[0]!.label).toBe('nearest to 80300099 — not a match');
  });

  it('says nothing matches -424242 rather than a code that shares a prefix', () => {
    const { answers, absent } = lookUp('-424242');
    expect(absent.map((c) => c.value)).toEqual(['-424242']);
    expect(answers).toEqual([]);
  });

  it('offers a family ("starts with") only for a bare query', () => {
    const bare = lookUp('100800');
    expect(bare.reading.bare).toBe(true);
    expect(bare.answers.filter((a) => a.kind === 'prefix').map((a) => a.row.code)).toEqual(['1008001', '1008002', '1008006', '1008007', '10080021']);
    expect(bare.answers[0]!.label).toBe('starts with 100800');
    const pasted = lookUp('{"ret_code":100800}');
    expect(pasted.reading.bare).toBe(false);
    expect(pasted.answers.some((a) => a.kind === 'prefix')).toBe(false);
    expect(pasted.absent.map((c) => c.value)).toEqual(['100800']);
  });

  it('finds a row by its error name in any case, noting a different spelling', () => {
    const { answers } = lookUp('{"reason":"Unregistered"}');
    expect(answers.map((a) => [a.kind, shown(a)])).toEqual([['name', 'FCM server 404']]);
    expect(answers[0]!.notes).toEqual(['written "Unregistered"; the catalog writes "UNREGISTERED"']);
    expect(lookUp('QUOTA_EXCEEDED').answers.map((a) => [a.kind, a.label])).toEqual([['name', 'error name QUOTA_EXCEEDED']]);
  });

  it('says whether the paste names each answer’s vendor', () => {
    const { answers } = lookUp('APNs said {"reason":"Unregistered"}');
    expect(answers.map((a) => [shown(a), a.vendorNamed])).toEqual([['FCM server 404', false]]);
    expect(lookUp('errCode=10004').answers[0]!.vendorNamed).toBeNull();
  });

  it('ranks the catalogs the paste names first, whatever the row order', () => {
    const huawei = lookUp('HMS push failed: code 80300007');
    expect(huawei.answers.map(shown)).toEqual(['Huawei server 80300007', 'Honor server 80300007']);
    const honor = lookUp('Honor push failed: code 80300007');
    expect(honor.answers.map(shown)).toEqual(['Honor server 80300007', 'Huawei server 80300007']);
    expect(lookUp('Honor push failed: code 80300007', [...ROWS].reverse()).answers.map(shown)).toEqual(honor.answers.map(shown));
  });

  it('ranks a shared code by the words of the paste’s message', () => {
    const kinds = (paste: string) => lookUp(paste).answers.map((a) => [a.kind, shown(a)]);
    expect(kinds('{"code":-2,"message":"Server traffic control."}')).toEqual([
      ['exact', 'OPPO server -2'], ['exact', 'XGPush server -2'], ['other-sign', 'TPNS Android SDK 2'],
    ]);
    expect(kinds('{"ret_code":-2,"err_msg":"The request timestamp is not within the validity period"}')).toEqual([
      ['exact', 'XGPush server -2'], ['exact', 'OPPO server -2'], ['other-sign', 'TPNS Android SDK 2'],
    ]);
  });

  it('answers a code once, under the best candidate, with the reason the paste names', () => {
    const { answers } = lookUp('{"error":{"code":404,"status":"NOT_FOUND","details":[{"errorCode":"UNREGISTERED"}]}}');
    // FCM's 404 is answered by its UNREGISTERED row (the page's link lands there); Honor's 404 has no such reason.
    expect(answers.map((a) => [a.kind, shown(a), a.candidate.value, a.label])).toEqual([
      ['name', 'FCM server 404', 'UNREGISTERED', 'exact code, error name UNREGISTERED'],
      ['exact', 'Honor server 404', '404', 'exact code'],
    ]);
  });

  it('finds a hex code exactly and a decimal code of the same value as a kind of its own', () => {
    const rows: LookupRow[] = [
      { code: '0x1F', vendor: 'x', catalog: 'Hex catalog', meaning: 'written in hex' },
      { code: '31', vendor: 'y', catalog: 'Decimal catalog', meaning: 'written in decimal' },
    ];
    expect(lookUp('error 0x1f', rows).answers.map((a) => [a.kind, shown(a), a.label])).toEqual([
      ['exact', 'Hex catalog 0x1F', 'exact code'],
      ['same-value', 'Decimal catalog 31', 'same value: 0x1f = 31'],
    ]);
    expect(lookUp('errno=31', rows).answers.map((a) => [a.kind, shown(a)])).toEqual([
      ['exact', 'Decimal catalog 31'],
      ['same-value', 'Hex catalog 0x1F'],
    ]);
  });

  it('names the shards to fetch: each candidate and its value in the other base', () => {
    expect(lookupQueries(readPaste('error 0x1F', VENDORS)).map(shardKey)).toEqual(['0x', '31']);
    expect(lookupQueries(readPaste('-10002', VENDORS)).map(shardKey)).toEqual(['10', '0x']);
  });
});

describe('isRealTextMatch: Pagefind’s shorter-prefix fallback', () => {
  const vivo = '10068 vivo server skipType = 4, skipContent cannot be empty.';
  const ios = '-10002 TPNS iOS SDK The token has already been bound or unbound.';
  const android = '10002 TPNS Android SDK When a registration operation is being performed';

  it('refuses a page that only shares a shorter prefix', () => {
    expect(isRealTextMatch('-424242', vivo)).toBe(false);
    expect(isRealTextMatch('100689', vivo)).toBe(false);
    expect(isRealTextMatch('invalid tokne', 'Invalid token')).toBe(false);
  });
  it('accepts a page with a word starting with each term', () => {
    expect(isRealTextMatch('10068', vivo)).toBe(true);
    expect(isRealTextMatch('1006', vivo)).toBe(true);
    expect(isRealTextMatch('skipcontent EMPTY', vivo)).toBe(true);
    expect(isRealTextMatch('skip-type', vivo)).toBe(true);
    expect(isRealTextMatch('tokens', 'Invalid token')).toBe(true);
  });
  it('finds a word inside a compound word, as Pagefind indexes its parts', () => {
    expect(isRealTextMatch('token', 'Invalid AuthToken.')).toBe(true);
    expect(isRealTextMatch('token', 'registration_tokens count is not within specified range.')).toBe(true);
    expect(isRealTextMatch('token', 'deviceToken is not obtained before tag operation.')).toBe(true);
    expect(isRealTextMatch('oken', 'Invalid AuthToken.')).toBe(false);
  });
  it('keeps a minus sign: -10002 is not 10002', () => {
    expect(isRealTextMatch('-10002', ios)).toBe(true);
    expect(isRealTextMatch('-10002', android)).toBe(false);
    expect(isRealTextMatch('10002', ios)).toBe(true);
  });
  it('matches nothing for an empty or punctuation-only query', () => {
    expect(isRealTextMatch('', vivo)).toBe(false);
    expect(isRealTextMatch(' - . ', vivo)).toBe(false);
  });
});

describe('hostile input', () => {
  /** CPU milliseconds, not wall time: other processes on a busy machine do not count. */
  const time = (run: () => void) => {
    const start = process.cpuUsage();
    run();
    const { user, system } = process.cpuUsage(start);
    return (user + system) / 1000;
  };

  it('reads a 1 MB paste quickly, only its start', () => {
    const line = '11-30 10:15:02.123  1234  5678 E TPush: register failed, errCode=-10005 msg="x"\n';
    const paste = line.repeat(Math.ceil(1_000_000 / line.length));
    let reading = readPaste('', VENDORS);
    expect(time(() => (reading = readPaste(paste, VENDORS)))).toBeLessThan(250);
    expect(reading.truncated).toBe(true);
    expect(reading.candidates.map((c) => c.value)).toEqual(['-10005']);
  });

  it.each([
    ['letters', 'a'.repeat(1_000_000)],
    ['minus signs', '-'.repeat(500_000) + '1'],
    ['hyphenated digits', '1-'.repeat(500_000)],
    ['dotted digits', '1.'.repeat(500_000)],
    ['colons', ':1'.repeat(500_000)],
    ['open message values', '"msg":"'.repeat(150_000)],
    ['unquoted message values', 'msg=a '.repeat(150_000)],
    ['0x', '0x'.repeat(500_000)],
    ['keys without values', 'errCode= '.repeat(100_000)],
    ['quotes', '"'.repeat(1_000_000)],
    ['a stack of frames', '\tat a.b(C.java:1)\n'.repeat(50_000)],
  ])('finishes quickly on %s', (_, paste) => {
    expect(time(() => answerReading(readPaste(paste, VENDORS), ROWS))).toBeLessThan(250);
    expect(time(() => isRealTextMatch(paste.slice(0, 200), paste.slice(0, 100_000)))).toBeLessThan(250);
  });

  it('treats markup as text', () => {
    const { candidates, message } = readPaste('<script>alert(1)</script> errCode=10004 <img src=x onerror=alert(2)>', VENDORS);
    expect(candidates.map((c) => [c.value, c.source])).toEqual([['10004', 'errCode=10004']]);
    expect(message).toContain('script');
  });

  it('never throws, keeps few candidates, and reads each from the paste', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: fc.constantFrom(...'0123456789-+.:xX"={} \nabcABC_'.split('')), maxLength: 200 }), (text, noise) => {
      for (const paste of [text, noise, `${noise}errCode=${noise}`]) {
        const reading = readPaste(paste, VENDORS);
        expect(reading.candidates.length).toBeLessThanOrEqual(24);
        for (const c of reading.candidates) expect(paste.normalize('NFKC').toLowerCase()).toContain(c.value.replace(/^-/, '').toLowerCase());
        answerReading(reading, ROWS);
        isRealTextMatch(paste, noise);
      }
    }));
  });

  it('reads and answers a 4 KB paste in well under 5 ms', () => {
    const paste = PASTES.map((p) => p.paste).join('\n').slice(0, 4096);
    const runs = Array.from({ length: 30 }, () => time(() => answerReading(readPaste(paste, VENDORS), ROWS))).sort((a, b) => a - b);
    expect(runs[15]).toBeLessThan(5);
  });

  it('caps what it reads at MAX_PASTE_CHARS', () => {
    expect(readPaste(`${' '.repeat(MAX_PASTE_CHARS)}errCode=10004`, VENDORS).candidates).toEqual([]);
  });
});
