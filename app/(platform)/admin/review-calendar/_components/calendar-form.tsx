'use client';
import { reviewCalendarDayInput } from '@/lib/schemas/review';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { DeleteButton } from '@/components/ui/delete-button';
import { Field, Input, Select } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { deleteReviewCalendarDayAction, saveReviewCalendarDayAction } from '../actions';

/** Adds an extra holiday or make-up working day (R-REV-3). */
export function CalendarDayForm() {
  const tx = useText();
  const router = useRouter();
  const { pending, errors, message, setMessage, submit } = useFormAction<void>();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    submit(
      reviewCalendarDayInput,
      {
        day: String(f.get('day') ?? ''),
        kind: String(f.get('kind') ?? ''),
        note: String(f.get('note') ?? ''),
      },
      saveReviewCalendarDayAction,
      () => (
        setMessage({ ok: true, text: tx('Saved. Expected decision times use it at once.') }),
        form.reset(),
        router.refresh()
      ),
    );
  }
  return (
    <form
      onSubmit={onSubmit}
      className="grid grid-cols-1 items-start gap-3 md:grid-cols-4"
      noValidate
      aria-label={tx('Add a day')}
    >
      <Field label={tx('Date')} htmlFor="cal-day" error={errors.day}>
        <Input id="cal-day" name="day" type="date" invalid={!!errors.day} />
      </Field>
      <Field label={tx('Kind')} htmlFor="cal-kind" error={errors.kind}>
        <Select id="cal-kind" name="kind" defaultValue="holiday">
          <option value="holiday">{tx('Holiday (no review)')}</option>
          <option value="workday">{tx('Make-up working day (weekday hours)')}</option>
        </Select>
      </Field>
      <Field label={tx('Note')} htmlFor="cal-note" error={errors.note}>
        <Input id="cal-note" name="note" placeholder={tx('e.g. Spring Festival')} invalid={!!errors.note} />
      </Field>
      <div className="pt-6">
        <Button type="submit" disabled={pending}>
          {tx('Add day')}
        </Button>
      </div>
      <div className="md:col-span-4">
        <FormMessage message={message} />
      </div>
    </form>
  );
}

export function DeleteDayButton({ day }: { day: string }) {
  const tx = useText();
  return (
    <DeleteButton
      title={tx('Delete {day}?', { day })}
      body={tx('Expected decision times will follow the library and the weekday again for this day.')}
      action={() => deleteReviewCalendarDayAction(day)}
    />
  );
}
