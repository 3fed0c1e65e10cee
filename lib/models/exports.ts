/**
 * "Export now": builds one of the four export files of a stored chat. The writers are pure
 * (lib/export); this loads the record and the install's signing key and names the file.
 */
import { buildBundle } from '../export/bundle';
import { exportFileName } from '../export/filename';
import { buildHtmlExport } from '../export/html';
import { buildJsonExport } from '../export/json';
import { buildMarkdownExport } from '../export/markdown';
import { createSigner } from '../export/sign';
import type { ExportInput } from '../export/types';
import { isoLocal } from '../model';
import { getOrCreateSigningKey } from '../store/keys';
import { getEvents, getMessages, getSession } from '../store/sessions';
import type { ExportKind } from './export-kinds';
import type { DownloadFile, UiPort } from './port';

export async function buildExportFile(
  port: UiPort,
  sessionId: string,
  kind: ExportKind,
): Promise<DownloadFile> {
  const db = await port.db();
  const session = await getSession(db, sessionId);
  if (!session) throw new Error('This chat is no longer stored.');
  const [messages, events, key] = await Promise.all([
    getMessages(db, sessionId),
    getEvents(db, sessionId),
    getOrCreateSigningKey(db),
  ]);
  const signer = await createSigner({ privateKey: key.privateKey, publicKey: key.publicKey });
  const exportedAt = isoLocal(port.now());
  const input: ExportInput = {
    session,
    messages,
    events,
    tool: { name: 'Chatproof', version: port.version },
    browser: port.browserName,
    timeZone: port.clock.timeZone,
    exportedAt,
  };
  switch (kind) {
    case 'json':
      return {
        name: exportFileName(session, exportedAt, 'json'),
        mime: 'application/json',
        data: await buildJsonExport(input, signer),
      };
    case 'html':
      return {
        name: exportFileName(session, exportedAt, 'html'),
        mime: 'text/html;charset=utf-8',
        data: buildHtmlExport(input, signer.publicJwk),
      };
    case 'md':
      return {
        name: exportFileName(session, exportedAt, 'md'),
        mime: 'text/markdown;charset=utf-8',
        data: buildMarkdownExport(input, signer.publicJwk),
      };
    case 'bundle':
      return {
        name: exportFileName(session, exportedAt, 'zip'),
        mime: 'application/zip',
        data: await buildBundle(input, signer),
      };
  }
}
