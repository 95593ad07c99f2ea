'use client';
// A form in a dialog, the one way the console writes one: a trigger button opens it, the values
// are checked with the action's schema before anything is posted (docs/conventions.md #4), field
// errors show next to the fields, and the dialog closes when the action succeeds.
import { useState, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import { useText } from '@/i18n/text';
import { Button } from './button';
import { Dialog } from './dialog';
import { FormMessage } from './form-message';
import { textFields } from '@/lib/schemas/check';
import { useFormAction, type FormValues } from './use-form-action';

type Result<T> = { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string> };

export function FormDialog<S extends z.ZodType, T>({
  trigger,
  triggerVariant = 'primary',
  disabled,
  disabledReason,
  title,
  schema,
  values,
  action,
  submitLabel,
  onDone,
  onOpen,
  answer,
  children,
}: {
  /** The button that opens the dialog. */
  trigger: string;
  triggerVariant?: 'primary' | 'secondary' | 'link';
  disabled?: boolean;
  disabledReason?: string;
  title: string;
  schema: S;
  /**
   * The action's input from the form's text fields by name (add what the form does not hold, e.g.
   * an id); `form` has the rest, e.g. every ticked box of a group (`form.getAll('events')`).
   */
  values: (fields: Record<string, string>, form: FormData) => FormValues<S>;
  action: (input: z.input<S>) => Promise<Result<T>>;
  submitLabel: string;
  /** After a success, with the action's data (the dialog is closed already, unless it shows an `answer`). */
  onDone?: (data: T) => void;
  /** Instead of closing on success, stay open and show the action's answer (a test message's result). */
  answer?: (data: T) => string;
  /** Each time the dialog opens (to reset state the fields keep outside the form). */
  onOpen?: () => void;
  /** The fields, given the current field errors. */
  children: (errors: Record<string, string>) => ReactNode;
}) {
  const tx = useText();
  const [open, setOpen] = useState(false);
  const { pending, errors, message, setMessage, submit, reset } = useFormAction<T>();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    submit(schema, values(textFields(form), form), action, (data) => {
      if (answer) setMessage({ ok: true, text: answer(data) });
      else setOpen(false);
      onDone?.(data);
    });
  }
  return (
    <>
      <Button
        variant={triggerVariant}
        disabled={disabled}
        title={disabled ? disabledReason : undefined}
        onClick={() => (reset(), onOpen?.(), setOpen(true))}
      >
        {trigger}
      </Button>
      <Dialog open={open} title={title} onClose={() => setOpen(false)}>
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          {children(errors)}
          <FormMessage message={message} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {tx('Cancel')}
            </Button>
            <Button type="submit" disabled={pending}>
              {submitLabel}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
