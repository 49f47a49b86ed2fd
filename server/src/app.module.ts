import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { AuthModule } from './auth/auth.module';
import { BoardsModule } from './boards/boards.module';
import { ClausesModule } from './clauses/clauses.module';
import { CollabModule } from './collab/collab.module';
import { AppConfig } from './core/config/config';
import { ConfigModule } from './core/config/config.module';
import { dataSourceOptions } from './core/database/data-source';
import { CoreModule } from './core/core.module';
import { graphqlOptions } from './core/graphql/graphql-options';
import { DraftsModule } from './drafts/drafts.module';
import { PacketsModule } from './packets/packets.module';
import { ArchiveModule } from './archive/archive.module';
import { LiveModule } from './live/live.module';
import { AuditModule } from './audit/audit.module';
import { AmendmentsModule } from './amendments/amendments.module';
import { VotesModule } from './votes/votes.module';
import { CommentsModule } from './comments/comments.module';
import { MeetingsModule } from './meetings/meetings.module';
import { BaselinesModule } from './baselines/baselines.module';
import { MinorityReportsModule } from './minority-reports/minority-reports.module';
import { CoverageModule } from './coverage/coverage.module';
import { NotificationsModule } from './notifications/notifications.module';
import { MailModule } from './mail/mail.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  sessionSecret: string;
  logger: Logger;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(options.config),
        CoreModule.forRoot(options.sessionSecret),
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl)),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(options.config, options.logger),
        }),
        AuthModule,
        BoardsModule,
        DraftsModule,
        CollabModule,
        ClausesModule,
        LiveModule,
        AuditModule,
        AmendmentsModule,
        VotesModule,
        CommentsModule,
        MeetingsModule,
        NotificationsModule,
        MailModule,
        PacketsModule,
        ArchiveModule,
        BaselinesModule,
        MinorityReportsModule,
        CoverageModule,
      ],
    };
  }
}
