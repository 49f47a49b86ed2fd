import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { BoardRole } from '@roundtable/shared';
import { Access } from '../auth/access.decorator';
import { ArchiveService } from './archive.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * GET /api/boards/:boardId/archive.zip: the board's whole record for a facilitator to keep or take
 * elsewhere (every packet version, questions, results, ballots, comments, minutes, audit log).
 */
// Under /api: /boards/... is the web app's own route.
@Controller('api/boards')
export class ArchiveController {
  constructor(private readonly archive: ArchiveService) {}

  @Get(':boardId/archive.zip')
  @Access.board(BoardRole.FACILITATOR, { board: 'args.boardId' })
  async download(@Param('boardId') boardId: string, @Res() res: Response): Promise<void> {
    const file = UUID.test(boardId) ? await this.archive.boardArchive(boardId) : null;
    if (!file) {
      res.status(404).setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found.');
      return;
    }
    res.status(200);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    res.setHeader('Content-Length', String(file.body.length));
    // A snapshot of a record that keeps changing, and not for shared caches.
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(file.body);
  }
}
