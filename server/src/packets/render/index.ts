import JSZip from 'jszip';
import { Packet, PacketFormat, PACKET_CONTENT_TYPES, packetFileName } from '@roundtable/shared';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { renderPdf } from './pdf';

/** A frozen version as stored: the canonical JSON text, its parsed form and its SHA-256. */
export interface FrozenPacket {
  packet: Packet;
  json: string;
  sha256: string;
}

export interface RenderedPacket {
  body: Buffer;
  contentType: string;
  fileName: string;
}

async function renderBody(frozen: FrozenPacket, format: Exclude<PacketFormat, 'zip'>): Promise<Buffer> {
  switch (format) {
    case 'pdf':
      return renderPdf(frozen.packet, frozen.sha256);
    case 'docx':
      return renderDocx(frozen.packet, frozen.sha256);
    case 'html':
      return Buffer.from(renderHtml(frozen.packet, frozen.sha256), 'utf8');
    case 'md':
      return Buffer.from(renderMarkdown(frozen.packet, frozen.sha256), 'utf8');
    case 'json':
      // The stored text itself, byte for byte, so `sha256sum` of the download matches the published hash.
      return Buffer.from(frozen.json, 'utf8');
  }
}

/** Every format in one archive, files dated at publication so the archive is reproducible. */
async function renderZip(frozen: FrozenPacket): Promise<Buffer> {
  const zip = new JSZip();
  const date = new Date(frozen.packet.publishedAt);
  const { slug } = frozen.packet.board;
  for (const format of ['pdf', 'docx', 'html', 'md', 'json'] as const) {
    zip.file(packetFileName(slug, frozen.packet.version, format), await renderBody(frozen, format), { date });
  }
  zip.file('SHA256SUMS.txt', `${frozen.sha256}  ${packetFileName(slug, frozen.packet.version, 'json')}\n`, {
    date,
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Renders one export of a frozen packet. Reads nothing but the frozen document. */
export async function renderPacket(frozen: FrozenPacket, format: PacketFormat): Promise<RenderedPacket> {
  const body = format === 'zip' ? await renderZip(frozen) : await renderBody(frozen, format);
  return {
    body,
    contentType: PACKET_CONTENT_TYPES[format],
    fileName: packetFileName(frozen.packet.board.slug, frozen.packet.version, format),
  };
}

export { renderDocx, renderHtml, renderMarkdown, renderPdf };
