import { describe, expect, it } from 'vitest';
import { parseAuthorization, tc3Authorization, verifyTc3 } from './tc3';

// CLOUD-API.md §2.1: vectors generated with the SDK's own Sign.sign3.
const BODY =
  '{"PhoneNumberSet":["+8613800000000"],"SmsSdkAppId":"1400000000","TemplateId":"1234567","SignName":"腾讯云","TemplateParamSet":["123456","5"]}';
const bytes = new TextEncoder().encode(BODY);

describe('TC3-HMAC-SHA256 (CLOUD-API §2)', () => {
  it.each([
    ['sms.tencentcloudapi.com', 'sms', 'a5bf66c1082a54407bce7b0e124bf12725f762fe8f17de8e7a6672c252d9b55a'],
    ['localhost', 'localhost:3000', '1ff0b8af343cfdbe12dd20bf012ef52acffced6e960fa65b60364b33e4f460f7'],
  ])('signs the contract vector for host %s, service %s', (host, service, signature) => {
    const header = tc3Authorization('AKIDEXAMPLE', {
      secretKey: 'SECRETEXAMPLE',
      service,
      timestamp: 1700000000,
      path: '/',
      headers: { 'content-type': 'application/json', host },
      signedHeaders: ['content-type', 'host'],
      body: BODY,
    });
    expect(header).toBe(
      `TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2023-11-14/${service}/tc3_request, SignedHeaders=content-type;host, Signature=${signature}`,
    );
  });

  it('verifies the vector as the server receives it: Host header with its port', () => {
    const auth = parseAuthorization(
      'TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2023-11-14/localhost:3000/tc3_request, SignedHeaders=content-type;host, Signature=1ff0b8af343cfdbe12dd20bf012ef52acffced6e960fa65b60364b33e4f460f7',
    )!;
    expect(auth.service).toBe('localhost:3000');
    const input = {
      auth,
      secretKey: 'SECRETEXAMPLE',
      timestamp: 1700000000,
      paths: ['/'],
      query: '',
      headers: { host: 'localhost:3000', 'content-type': 'application/json' },
      body: bytes,
    };
    expect(verifyTc3(input)).toBe(true);
    expect(verifyTc3({ ...input, secretKey: 'WRONG' })).toBe(false);
    expect(verifyTc3({ ...input, body: new TextEncoder().encode(BODY.replace('5', '6')) })).toBe(false);
    expect(verifyTc3({ ...input, paths: ['/api/v3'] })).toBe(false);
    // The credential date must be the timestamp's UTC date.
    expect(verifyTc3({ ...input, timestamp: 1700000000 + 86_400 })).toBe(false);
  });

  it('parses a service containing slashes (path endpoint, §2.4) and refuses malformed headers', () => {
    expect(
      parseAuthorization(
        'TC3-HMAC-SHA256 Credential=a/2026-11-22/localhost:34129/api/tc3/tc3_request, SignedHeaders=content-type;host, Signature=' +
          'a'.repeat(64),
      ),
    ).toMatchObject({
      secretId: 'a',
      service: 'localhost:34129/api/tc3',
    });
    expect(parseAuthorization(null)).toBeNull();
    expect(parseAuthorization('SKIP')).toBeNull();
    expect(
      parseAuthorization(
        'TC3-HMAC-SHA256 Credential=a/2026-11-22/sms/tc3_request, SignedHeaders=content-type;host, Signature=xyz',
      ),
    ).toBeNull();
  });
});
