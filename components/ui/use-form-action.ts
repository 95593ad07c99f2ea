'use client';
import { useState, useTransition } from 'react';
import type { z } from 'zod';
import { useText } from '@/i18n/text';
import type { Tx } from '@/i18n/translate';
import { checkInput, textFields } from '@/lib/schemas/check';

/** What a form hands in: the schema's field names, each as typed (the schema checks the values). */
type AllKeys<T> = T extends unknown ? keyof T : never;
export type FormValues<S extends z.ZodType> =
  z.input<S> extends readonly unknown[]
    ? unknown[]
    : z.input<S> extends object
      ? Partial<Record<AllKeys<z.input<S>>, unknown>>
      : unknown;

type Result<T> = { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string> };

/** Runs a server action from a form and keeps its field errors and message for display. */
export function useFormAction<T>() {
  const tx = useText();
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  function run(call: () => Promise<Result<T>>, onOk: (data: T) => void) {
    start(async () => {
      const res = await call();
      if (res.ok) {
        setErrors({});
        setMessage(null);
        onOk(res.data);
      } else {
        setErrors(res.fieldErrors ?? {});
        setMessage({ ok: false, text: res.message });
      }
    });
  }
  /**
   * Checks the values with the action's own schema first: problems show next to the fields at
   * once, in the reader's language, and nothing is posted; valid values go to the action as they
   * were typed (it parses them again, as it must for anything from a browser — and a schema that
   * turns text into something else, e.g. a channel's template lines into a map, parses only text).
   */
  function submit<S extends z.ZodType>(
    schema: S,
    values: NoInfer<FormValues<S>>,
    action: (input: NoInfer<z.input<S>>) => Promise<Result<T>>,
    onOk: (data: T) => void,
  ) {
    const checked = checkForm(tx, schema, values);
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessage({ ok: false, text: checked.message });
      return;
    }
    // The schema accepted these values just now, so they are its input.
    const input = values as z.input<S>;
    run(() => action(input), onOk);
  }
  const reset = () => {
    setErrors({});
    setMessage(null);
  };
  return { pending, errors, message, setMessage, run, submit, reset };
}

/**
 * Checks a form's values with an action's schema in the browser, with the messages in the
 * reader's language (`tx` from useText); for forms that keep their own state.
 */
export function checkForm<S extends z.ZodType>(
  tx: Tx,
  schema: S,
  values: FormValues<S>,
): { ok: true; data: z.output<S> } | { ok: false; errors: Record<string, string>; message: string } {
  const checked = checkInput(schema, values);
  if (checked.ok) return checked;
  return {
    ok: false,
    errors: Object.fromEntries(Object.entries(checked.fieldErrors).map(([k, v]) => [k, tx.message(v)])),
    message: tx('Please correct the highlighted fields.'),
  };
}

/** The text fields of a form as typed (files are sent through the upload routes, not here). */
export function formValues(form: HTMLFormElement): Record<string, string> {
  return textFields(new FormData(form));
}
