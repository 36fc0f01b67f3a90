// Reading Twilio's request defensively: the form body and the query as plain records, whatever the host.

/** Name -> value, or every value when a name is repeated. */
export type FormParams = Readonly<Record<string, string | string[]>>;
export type QueryParams = FormParams;

/** Name/value pairs as a record; a repeated name keeps all its values (and then reads as absent, see param). */
export function paramsOf(search: URLSearchParams): FormParams {
  const out: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const [name, value] of search) {
    const seen = out[name];
    out[name] = seen === undefined ? value : [...[seen].flat(), value];
  }
  return out;
}

const FORM_TYPE = 'application/x-www-form-urlencoded';

export type FormBody =
  | { readonly kind: 'form'; readonly params: FormParams }
  /** A form in a charset other than UTF-8 (Twilio posts UTF-8): the host answers 415. */
  | { readonly kind: 'charset'; readonly charset: string };

/** Whether a Content-Type is a URL-encoded form (whatever its charset). */
export function isForm(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === FORM_TYPE;
}

/** The form parameters of a body, or {} when the body is absent or not form-encoded (it counts as no input). */
export function formBody(contentType: string | undefined, body: Buffer): FormBody {
  if (!isForm(contentType)) return { kind: 'form', params: {} };
  const [, ...options] = (contentType ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = options
    .find((o) => o.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/^"|"$/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return { kind: 'charset', charset };
  return { kind: 'form', params: paramsOf(new URLSearchParams(body.toString('utf8'))) };
}

/** One string parameter; repeated or missing parameters count as absent. */
export function param(params: FormParams, name: string): string | undefined {
  const value = params[name];
  return typeof value === 'string' ? value : undefined;
}
