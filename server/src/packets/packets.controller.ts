import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { BoardRole } from '@roundtable/shared';
import { Access } from '../auth/access.decorator';
import { PacketsService, ShareLinkError } from './packets.service';
import type { RenderedPacket } from './render';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FILE = /^roundtable-[a-z0-9-]+-v\d+\.(pdf|docx|html|md|json|zip)$/;

function send(res: Response, file: RenderedPacket, cache: string): void {
  res.status(200);
  res.setHeader('Content-Type', file.contentType);
  // File names are ASCII by construction (slug + version), so the plain form is exact.
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
  res.setHeader('Content-Length', String(file.body.length));
  res.setHeader('Cache-Control', cache);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(file.body);
}

function plain(res: Response, status: number, message: string): void {
  res.status(status).setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(message);
}

/**
 * Downloads of published packet versions: members by session cookie, officials by share link.
 * GET /packets/:versionId/roundtable-<board>-v<N>.<pdf|docx|html|md|json|zip>
 * GET /packets/shared/:token/roundtable-<board>-v<N>.<…>
 */
@Controller('packets')
export class PacketsController {
  constructor(private readonly packets: PacketsService) {}

  @Get('shared/:token/:fileName')
  @Access.public()
  async shared(
    @Param('token') token: string,
    @Param('fileName') fileName: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const link = await this.packets.openLink(token);
      const file = FILE.test(fileName) ? await this.packets.render(link.packetVersionId, fileName) : null;
      if (!file) return plain(res, 404, 'Not found.');
      await this.packets.logAccess(
        link.id,
        `download:${fileName.split('.').pop()}`,
        req.headers['user-agent'],
      );
      send(res, file, 'private, no-store');
    } catch (error) {
      if (error instanceof ShareLinkError)
        return plain(
          res,
          error.reason === 'unknown' ? 404 : 410,
          error.reason === 'unknown' ? 'Not found.' : 'This link has expired or was withdrawn.',
        );
      throw error;
    }
  }

  @Get(':versionId/:fileName')
  @Access.board(BoardRole.OBSERVER, { packet: 'args.versionId' })
  async download(
    @Param('versionId') versionId: string,
    @Param('fileName') fileName: string,
    @Res() res: Response,
  ): Promise<void> {
    const file =
      UUID.test(versionId) && FILE.test(fileName) ? await this.packets.render(versionId, fileName) : null;
    if (!file) return plain(res, 404, 'Not found.');
    send(res, file, 'private, max-age=3600, immutable');
  }
}
