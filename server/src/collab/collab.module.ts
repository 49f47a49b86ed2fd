import { Module } from '@nestjs/common';
import { CollabServer } from './collab-server';
import { DocRegistry } from './doc-registry';
import { RedisFanout } from './redis-fanout';
import { UpdateLog } from './update-log';
import { UpgradeAuthenticator } from './upgrade-auth';

/**
 * Live co-editing: the y-websocket endpoint on `/collab/<draftId>` (and a meeting's minutes on
 * `/collab/minutes.<meetingId>`), the open documents, their
 * durable log in PostgreSQL and the fan-out to other replicas through Redis. Other features edit
 * documents through `DocRegistry` (server-side Yjs transactions).
 */
@Module({
  providers: [UpdateLog, RedisFanout, DocRegistry, UpgradeAuthenticator, CollabServer],
  exports: [DocRegistry, UpdateLog, CollabServer],
})
export class CollabModule {}
