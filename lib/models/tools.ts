/** "Verify a file" and "Import": checks an export locally, or hands it to the background to store. */
import { createModel, signal } from '@preact/signals';
import { toBase64Url } from '../export/encoding';
import type { VerifyResult } from '../export/types';
import { verifyExport } from '../export/verify';
import { LIMITS } from '../messaging';
import type { UiPort } from './port';

export interface PickedFile {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

export type VerifyView =
  | { state: 'idle' }
  | { state: 'working'; fileName: string }
  | { state: 'done'; fileName: string; result: VerifyResult }
  | { state: 'error'; fileName: string; message: string };

export type ImportView =
  | { state: 'idle' }
  | { state: 'working'; fileName: string }
  | { state: 'done'; fileName: string; sessionId: string; added: number; existed: boolean }
  | { state: 'error'; fileName: string; message: string };

export const ToolsModel = createModel((port: UiPort) => {
  const verify = signal<VerifyView>({ state: 'idle' });
  const imported = signal<ImportView>({ state: 'idle' });

  return {
    verify,
    imported,
    async verifyFile(file: PickedFile) {
      verify.value = { state: 'working', fileName: file.name };
      try {
        const result = await verifyExport(await file.bytes(), file.name);
        verify.value = { state: 'done', fileName: file.name, result };
      } catch (e) {
        verify.value = {
          state: 'error',
          fileName: file.name,
          message: e instanceof Error ? e.message : String(e),
        };
      }
    },
    async importFile(file: PickedFile) {
      imported.value = { state: 'working', fileName: file.name };
      if (file.size > LIMITS.importBytes) {
        imported.value = {
          state: 'error',
          fileName: file.name,
          message: 'This file is too large to import.',
        };
        return;
      }
      try {
        const data = toBase64Url(await file.bytes());
        const res = (await port
          .send({ type: 'importChat', fileName: file.name.slice(0, 200), data })
          .catch((e: unknown) => ({
            ok: false,
            error: e instanceof Error ? e.message : String(e),
          }))) as {
          ok: boolean;
          error?: string;
          sessionId?: string;
          added?: number;
          existed?: boolean;
        } | null;
        imported.value = res?.ok
          ? {
              state: 'done',
              fileName: file.name,
              sessionId: res.sessionId ?? '',
              added: res.added ?? 0,
              existed: !!res.existed,
            }
          : { state: 'error', fileName: file.name, message: res?.error ?? 'The background did not answer.' };
      } catch (e) {
        imported.value = {
          state: 'error',
          fileName: file.name,
          message: e instanceof Error ? e.message : String(e),
        };
      }
    },
    reset() {
      verify.value = { state: 'idle' };
      imported.value = { state: 'idle' };
    },
  };
});
export type ToolsModel = InstanceType<typeof ToolsModel>;
