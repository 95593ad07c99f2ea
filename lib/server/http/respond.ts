import 'server-only';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvLine, xlsxCell } from '@/lib/domain/export/cells';
import { AppError, type ErrorCode } from '../errors';
import { getActorContext } from '../session';
import type { Ctx } from '../context';
import { audited } from '../audit/audited';
import { clientInfo } from './client-address';
import { inReaderLanguage } from '../reader-language';

/** The HTTP status of each typed error; a new error code fails type checking until it has one. */
const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  LIMIT_REACHED: 413,
  INSUFFICIENT_BALANCE: 400,
  INTERNAL: 500,
};

/**
 * Runs a route handler body for the signed-in user; typed errors become JSON with a status, never a stack trace.
 * @internal the wrapper of route handlers: it builds the context, the verb it runs checks
 */
export async function withRoute(fn: (ctx: Ctx) => Promise<Response> | Response): Promise<Response> {
  const ctx = await getActorContext();
  if (!ctx)
    return Response.json({ error: (await inReaderLanguage({ message: 'Sign in first.' })).message }, { status: 401 });
  const audit = audited(ctx);
  const ip = await clientInfo().then(
    (c) => c.ip,
    () => null,
  );
  try {
    const res = await fn(audit.ctx);
    audit.finish('ok', { via: 'console', ip });
    return res;
  } catch (err) {
    try {
      audit.finish(err, { via: 'console', ip });
    } catch (logError) {
      console.error('[sms-console] operation log write failed', logError);
    }
    if (err instanceof AppError) {
      const { message, fieldErrors } = await inReaderLanguage({ message: err.message, fieldErrors: err.fieldErrors });
      return Response.json({ error: message, code: err.code, fieldErrors }, { status: STATUS[err.code] });
    }
    console.error('[sms-console] route error', err);
    return Response.json(
      {
        error: (await inReaderLanguage({ message: 'Something went wrong on the server. Nothing was changed.' }))
          .message,
      },
      { status: 500 },
    );
  }
}

/** A CSV download (UTF-8 with BOM so Excel reads Chinese correctly). */
export function csvResponse(name: string, body: ReadableStream<Uint8Array> | string): Response {
  return new Response(typeof body === 'string' ? `\uFEFF${body}` : body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    },
  });
}

/** A CSV body streamed from an iterator in slices of 2,000 rows (never the whole export in memory). */
export function csvStream<T>(
  header: unknown[],
  rows: Iterator<T>,
  cells: (row: T) => unknown[],
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let out = started ? '' : `\uFEFF${csvLine(header)}\r\n`;
      started = true;
      for (let i = 0; i < 2000; i++) {
        const next = rows.next();
        if (next.done) {
          controller.enqueue(encoder.encode(out));
          controller.close();
          return;
        }
        out += `${csvLine(cells(next.value))}\r\n`;
      }
      controller.enqueue(encoder.encode(out));
    },
  });
}

/** An XLSX body written with exceljs's streaming writer while rows are read (formula-safe cells). */
export function xlsxStream<T>(
  sheet: string,
  header: unknown[],
  rows: Iterator<T>,
  cells: (row: T) => unknown[],
): ReadableStream<Uint8Array> {
  const pass = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: pass, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet(sheet);
  const clean = (values: unknown[]) => values.map(xlsxCell);
  ws.addRow(clean(header)).commit();
  const pump = async () => {
    try {
      for (;;) {
        for (let i = 0; i < 2000; i++) {
          const next = rows.next();
          if (next.done) {
            ws.commit();
            await wb.commit();
            return;
          }
          ws.addRow(clean(cells(next.value))).commit();
        }
        await new Promise((r) => setImmediate(r));
      }
    } catch (err) {
      pass.destroy(err as Error);
    }
  };
  void pump();
  return Readable.toWeb(pass) as ReadableStream<Uint8Array>;
}

export function xlsxResponse(name: string, body: ReadableStream<Uint8Array>): Response {
  return new Response(body, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    },
  });
}
