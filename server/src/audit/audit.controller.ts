import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { Response } from 'express';
import { BoardRole } from '@roundtable/shared';
import { Access } from '../auth/access.decorator';
import { AUDIT_CSV_HEADER, auditCsvRow } from './audit-csv';
import { AuditService } from './audit.service';

/** The audit log as a spreadsheet, for the board's facilitators. */
@Controller('api/boards')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get(':boardId/audit.csv')
  @Access.board(BoardRole.FACILITATOR, { board: 'args.boardId' })
  async csv(@Param('boardId', ParseUUIDPipe) boardId: string, @Res() res: Response): Promise<void> {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="audit-${boardId}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.write('\uFEFF' + AUDIT_CSV_HEADER.join(',') + '\r\n');
    for await (const page of this.audit.all(boardId)) {
      const chunk = page.map(auditCsvRow).join('\r\n') + '\r\n';
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end();
  }
}
