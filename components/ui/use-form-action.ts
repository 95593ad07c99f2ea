'use client';
import { useState, useTransition } from 'react';

type Result<T> = { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string> };

/** Runs a server action from a form and keeps its field errors and message for display. */
export function useFormAction<T>() {
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
  const reset = () => {
    setErrors({});
    setMessage(null);
  };
  return { pending, errors, message, setMessage, run, reset };
}
