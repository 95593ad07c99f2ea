// Field words for every schema check that has no message of its own: a person reads
// "Enter a number above 0.", never library text such as "Too small: expected number to be >0".
import { z } from 'zod';
import { fillText } from '@/lib/domain/notices';

/** A problem zod found, as its error map receives it. */
type Issue = z.core.$ZodRawIssue;

export function fieldMessage(issue: Issue): string | undefined {
  const n = (v: number | bigint | undefined) => Number(v).toLocaleString('en-US');
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? 'Fill in this field.'
          : fillText('Enter at least {n} characters.', { n: n(issue.minimum) });
      if (issue.origin === 'array' || issue.origin === 'set')
        return Number(issue.minimum) <= 1
          ? 'Choose at least one.'
          : fillText('Choose at least {n}.', { n: n(issue.minimum) });
      return issue.inclusive
        ? fillText('Enter a number of at least {n}.', { n: n(issue.minimum) })
        : fillText('Enter a number above {n}.', { n: n(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return fillText('At most {n} characters.', { n: n(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return fillText('At most {n}.', { n: n(issue.maximum) });
      return issue.inclusive
        ? fillText('Enter a number of at most {n}.', { n: n(issue.maximum) })
        : fillText('Enter a number below {n}.', { n: n(issue.maximum) });
    case 'invalid_type':
      if (issue.expected === 'int') return 'Enter a whole number.';
      if (issue.expected === 'number') return 'Enter a number.';
      if (issue.input === undefined || issue.input === null) return 'Fill in this field.';
      return 'Enter a valid value.';
    case 'invalid_value':
      return 'Choose one of the options.';
    case 'invalid_format':
      return 'Check the format of this field.';
    case 'not_multiple_of':
      return 'Enter a whole number.';
    default:
      return 'Check this field.';
  }
}

let installed = false;

/** Installs the messages once per process (a message written in a schema still wins). */
export function installFieldMessages(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: (issue) => fieldMessage(issue) });
}
