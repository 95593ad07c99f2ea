import 'server-only';
import { cloudError, type Language } from '@/lib/api/errors';

type FieldType = 'String' | 'Integer' | 'String[]' | 'Integer[]';
export type ParamSpec = Record<string, { type: FieldType; required?: boolean }>;

type ValueOf<T extends FieldType> = T extends 'String'
  ? string
  : T extends 'Integer'
    ? number
    : T extends 'String[]'
      ? string[]
      : number[];
export type Params<S extends ParamSpec> = {
  [K in keyof S]: S[K]['required'] extends true ? ValueOf<S[K]['type']> : ValueOf<S[K]['type']> | undefined;
};

const isUint = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * Checks a request body against an action's fields (CLOUD-API.md §2.3 step 8): unknown field →
 * UnknownParameter, missing → MissingParameter, wrong type → InvalidParameter, in the contract's words.
 * `null` counts as absent (the SDK strips nulls anyway).
 */
export function readParams<S extends ParamSpec>(spec: S, body: unknown, lang: Language): Params<S> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw cloudError('InvalidParameter', 'The request body must be a JSON object.', '请求包体必须是 JSON 对象。', lang);
  }
  const input = body as Record<string, unknown>;
  for (const name of Object.keys(input)) {
    if (!(name in spec))
      throw cloudError(
        'UnknownParameter',
        `The parameter \`${name}\` is not recognized.`,
        `参数 \`${name}\` 未定义。`,
        lang,
      );
  }
  const typeError = (path: string) =>
    cloudError('InvalidParameter', `Parameter \`${path}\` type error.`, `参数 \`${path}\` 取值类型错误。`, lang);
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(spec)) {
    const v = input[name];
    if (v === undefined || v === null) {
      if (field.required)
        throw cloudError(
          'MissingParameter',
          `The request is missing a required parameter \`${name}\`.`,
          `缺少必需参数 \`${name}\`。`,
          lang,
        );
      continue;
    }
    if (field.type === 'String' && typeof v !== 'string') throw typeError(name);
    if (field.type === 'Integer' && !isUint(v)) throw typeError(name);
    if (field.type.endsWith('[]')) {
      if (!Array.isArray(v)) throw typeError(name);
      v.forEach((item, i) => {
        if (field.type === 'String[]' ? typeof item !== 'string' : !isUint(item)) throw typeError(`${name}.${i}`);
      });
    }
    out[name] = v;
  }
  return out as Params<S>;
}
